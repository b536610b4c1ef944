package id.wadul.sql.label;

/** How many labels there are and the highest id: when either changes, the labels changed. */
public record LabelCount(int count, long lastId) {
}
