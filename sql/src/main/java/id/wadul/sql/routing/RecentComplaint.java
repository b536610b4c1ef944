package id.wadul.sql.routing;

/**
 * What routing needs of a stored complaint: its category, whether the classifier was confident, its kecamatan (or
 * null) and its channel ({@code sms}, {@code radio}: a radio call's place and category are chosen at the desk).
 */
public record RecentComplaint(String category, boolean confident, String kecamatanCode, String channel) {

    /** Whether the routing table decided its units (an unsure SMS went to triage instead). */
    public boolean routed() {
        return confident || !"sms".equals(channel);
    }
}
