package id.wadul.sql.unit;

/** A person who may belong to units (an officer); {@code number} is normalised (e.g. 6281234567890). */
public record PersonRow(long id, String name, String number, boolean active) {
}
