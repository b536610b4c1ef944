package id.wadul.gateway.text;

import java.util.regex.Pattern;

/**
 * One canonical form for phone numbers, so that 0812..., +62812..., 62812... and 812... are one citizen:
 * digits with the country code, no plus, e.g. {@code 6281234567890}.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-.()/]");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d+");
    private static final Pattern INDONESIAN_MOBILE = Pattern.compile("628\\d{8,11}");
    private static final Pattern INDONESIAN = Pattern.compile("62\\d{7,}");
    private static final String INDONESIA = "62";

    private PhoneNumbers() {
    }

    /**
     * Normalises a number as a link or a person writes it.
     * <ul>
     *   <li>Indonesian: {@code 0812-3456-7890}, {@code +62 812 3456 7890}, {@code 62812...},
     *       {@code 0062812...}, {@code (0812) 3456.7890}, {@code +62 (0)812...} and the bare national
     *       significant number {@code 812...} all give {@code 6281234567890}.</li>
     *   <li>Other international numbers with {@code +} or {@code 00}: their digits without the prefix.</li>
     *   <li>Short codes ({@code 1708}) and alphanumeric senders ({@code TELKOMSEL}): trimmed, unchanged.</li>
     * </ul>
     * Spaces, dashes, dots, slashes and parentheses are separators.
     *
     * @throws IllegalArgumentException if {@code raw} is null or blank
     */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("phone number is null or blank");
        }
        String trimmed = raw.strip();
        String compact = SEPARATORS.matcher(trimmed).replaceAll("");
        if (!NUMBER.matcher(compact).matches()) {
            return trimmed;
        }
        if (compact.startsWith("+")) {
            return international(compact.substring(1));
        }
        if (compact.startsWith("00") && compact.length() > 4) {
            return international(compact.substring(2));
        }
        if (compact.startsWith(INDONESIA) && compact.length() >= 9) {
            return international(compact);
        }
        if (compact.startsWith("0") && compact.length() >= 9) {
            return INDONESIA + compact.substring(1);
        }
        if (compact.startsWith("8") && compact.length() >= 9 && compact.length() <= 12) {
            return INDONESIA + compact;
        }
        return trimmed;
    }

    /** True for a normalised Indonesian mobile number: 62, then 8 and 8 to 11 more digits. */
    public static boolean isIndonesianMobile(String normalised) {
        return normalised != null && INDONESIAN_MOBILE.matcher(normalised).matches();
    }

    /** The national form with a trunk 0 ({@code 081234567890}) for an Indonesian number, else unchanged. */
    public static String national(String normalised) {
        if (normalised != null && INDONESIAN.matcher(normalised).matches()) {
            return "0" + normalised.substring(INDONESIA.length());
        }
        return normalised;
    }

    /**
     * The number as logs and those who may not see it show it: {@code 6281234567890} becomes
     * {@code 0812****7890}; short numbers keep only their last 2 digits.
     */
    public static String masked(String normalised) {
        if (normalised == null || normalised.isBlank()) {
            return "-";
        }
        String n = national(normalised);
        if (n.length() < 9) {
            return "*".repeat(Math.max(0, n.length() - 2)) + n.substring(Math.max(0, n.length() - 2));
        }
        return n.substring(0, 4) + "****" + n.substring(n.length() - 4);
    }

    /** Digits after the international prefix; drops the trunk 0 some write after 62 ({@code +62 (0)812}). */
    private static String international(String digits) {
        if (digits.startsWith(INDONESIA + "0")) {
            return INDONESIA + digits.substring(3);
        }
        return digits;
    }
}
