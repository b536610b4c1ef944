package id.wadul.routes.understand;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Ticket numbers: six characters from {@value #ALPHABET}, an alphabet with no look-alikes
 * (no 0/O, 1/I/L, 2/Z, 5/S or 8/B). 25^6 = 244 million numbers.
 *
 * <p>{@link #parse} accepts what people type: any case, spaces, dashes, dots and underscores in
 * between ("k7m-4px", "K7M 4PX"). It maps no look-alikes: for every confusable pair both members are
 * left out of the alphabet, so a typed 0, O, 1, I, L, 2, Z, 5, S, 8 or B cannot be resolved without
 * guessing and the number is rejected (the citizen gets the "how to type it" reply instead of
 * someone else's ticket).
 */
public final class TicketNumbers {

    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    public static final int LENGTH = 6;

    private TicketNumbers() {
    }

    public static String generate(RandomGenerator random) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }

    /** The canonical ticket number for what someone typed, or empty when it is not one. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s._\\-]+", "");
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(compact);
    }
}
