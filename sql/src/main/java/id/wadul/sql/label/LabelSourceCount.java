package id.wadul.sql.label;

/** How many labels came from one source (import, triage, alih, selesai). */
public record LabelSourceCount(String source, int count) {
}
