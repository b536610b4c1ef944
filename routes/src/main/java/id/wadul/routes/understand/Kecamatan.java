package id.wadul.routes.understand;

/** A kecamatan (district) of the configured regency, e.g. {@code 35.22.19 Padangan}. */
public record Kecamatan(String code, String name) {
}
