package id.wadul.routes.understand;

/** An officer of a unit: who receives the unit's forwards and may answer with PROSES/SELESAI/TOLAK/ALIH. */
public record Officer(String name, String number) {
}
