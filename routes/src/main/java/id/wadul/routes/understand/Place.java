package id.wadul.routes.understand;

/**
 * Where a complaint happened, as found in its text.
 *
 * @param desaCode null when only the kecamatan is known (then {@code desaName} is null too)
 * @param score    how sure the match is: 1 per exact name, less for typos, more after a "kec."/"ds." prefix
 */
public record Place(String kecamatanCode, String kecamatanName, String desaCode, String desaName, double score) {
}
