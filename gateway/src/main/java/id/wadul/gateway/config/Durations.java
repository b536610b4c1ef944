package id.wadul.gateway.config;

import java.time.Duration;
import java.util.Locale;

/**
 * The one syntax of a duration setting, for every module that reads one (the gateway's settings and the
 * application's): a whole number with a unit, {@code 500ms}, {@code 30s}, {@code 10m}, {@code 4h}, {@code 2d},
 * or ISO-8601 ({@code PT10M}, {@code P2D}). Here because the gateway is the module every other one that
 * reads durations already depends on.
 */
public final class Durations {

    /** What to write, for messages: "a duration (write e.g. ...)". */
    public static final String EXAMPLES = "a duration (write e.g. 500ms, 30s, 10m, 4h, 2d or PT10M)";

    private Durations() {
    }

    /**
     * Parses one duration.
     *
     * @throws IllegalArgumentException naming the value and {@link #EXAMPLES} when it is not one
     */
    public static Duration parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(number(v, 2));
            }
            long n = number(v, 1);
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("unit");
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not " + EXAMPLES, e);
        }
    }

    private static long number(String v, int unitLength) {
        String digits = v.substring(0, v.length() - unitLength).strip();
        if (!digits.matches("\\d+")) {
            throw new IllegalArgumentException("not a whole number: " + digits);
        }
        return Long.parseLong(digits);
    }
}
