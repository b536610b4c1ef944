package id.wadul.sql.routing;

/** What routing needs of a stored complaint: its category, whether it was confident, its kecamatan (or null). */
public record RecentComplaint(String category, boolean confident, String kecamatanCode) {
}
