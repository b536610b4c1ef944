package id.wadul.sql.unit;

/** A person's membership of a unit. */
public record MemberRow(String unitCode, long personId) {
}
