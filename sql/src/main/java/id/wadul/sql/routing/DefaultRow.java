package id.wadul.sql.routing;

/** One unit of a category's default (when no rule applies), in order of position. */
public record DefaultRow(String category, String unitCode, int position) {
}
