package id.wadul.routes.understand;

/**
 * A village of the configured regency, e.g. {@code 35.22.19.2001}.
 *
 * @param type {@code desa} or {@code kelurahan}, from the official code (the fourth part starts with 2 for
 *             a desa, 1 for a kelurahan)
 */
public record Village(String code, String kecamatanCode, String name, String type) {
}
