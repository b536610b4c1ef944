package id.wadul.sql.unit;

/** An officer of a unit; {@code number} is normalised (e.g. 6281234567890). */
public record OfficerRow(long id, String unitCode, String name, String number, boolean active) {
}
