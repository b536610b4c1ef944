package id.wadul.sql.routing;

/** One unit of a routing rule: category x kecamatan ({@code *} = any) -> unit, in order of position. */
public record RuleRow(String category, String kecamatanCode, String unitCode, int position) {
}
