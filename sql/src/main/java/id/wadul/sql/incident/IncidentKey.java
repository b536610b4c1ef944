package id.wadul.sql.incident;

/** A category and kecamatan of the batch's new tickets: where candidate incidents are looked for. */
public record IncidentKey(String category, String kecamatanCode) {
}
