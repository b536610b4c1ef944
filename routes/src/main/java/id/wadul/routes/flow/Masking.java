package id.wadul.routes.flow;

import id.wadul.gateway.text.PhoneNumbers;

/** How a citizen's number is shown to those who may not see it. */
public final class Masking {

    private Masking() {
    }

    /** {@code 6281234567890} becomes {@code 0812****7890}; short numbers keep only their last 2 digits. */
    public static String mask(String normalised) {
        if (normalised == null || normalised.isBlank()) {
            return "-";
        }
        String n = PhoneNumbers.national(normalised);
        if (n.length() < 9) {
            return "*".repeat(Math.max(0, n.length() - 2)) + n.substring(Math.max(0, n.length() - 2));
        }
        return n.substring(0, 4) + "****" + n.substring(n.length() - 4);
    }

    /** The national form ({@code 081234567890}) for those who may see the number. */
    public static String show(String normalised) {
        return normalised == null ? "-" : PhoneNumbers.national(normalised);
    }
}
