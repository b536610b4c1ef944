package id.wadul.routes.flow;

import id.wadul.gateway.text.PhoneNumbers;

/** How a citizen's number is shown to those who may not see it. */
public final class Masking {

    private Masking() {
    }

    /** {@code 6281234567890} becomes {@code 0812****7890}; short numbers keep only their last 2 digits. */
    public static String mask(String normalised) {
        return PhoneNumbers.masked(normalised);
    }

    /** The national form ({@code 081234567890}) for those who may see the number. */
    public static String show(String normalised) {
        return normalised == null ? "-" : PhoneNumbers.national(normalised);
    }
}
