package id.wadul.routes.desk;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** bcrypt hashing of desk passwords and generation of random ones. */
public final class Passwords {

    /** Passwords shorter than this (in characters) are refused. */
    public static final int MIN_LENGTH = 10;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;

    private static final int COST = 12;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the username is unknown, so that both cases cost one bcrypt verification. */
    private static final String DUMMY_HASH = hash("not-a-real-password-" + RANDOM.nextLong());

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean verify(String password, String hash) {
        if (password == null || hash == null || tooLong(password)) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }

    /** Spends the time of one verification; used when there is no account to check against. */
    public static void verifyDummy(String password) {
        verify(password == null ? "" : password, DUMMY_HASH);
    }

    /** A random password of 16 characters without look-alike letters. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * Null when acceptable as a new password, else why not (in Bahasa Indonesia, shown to the admin). Checked
     * before anything is hashed: bcrypt refuses more than {@link #MAX_BYTES} bytes.
     */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Kata sandi minimal " + MIN_LENGTH + " karakter.";
        }
        return tooLong(password) ? tooLongMessage() : null;
    }

    /** True when bcrypt cannot take {@code password}: more than {@link #MAX_BYTES} bytes in UTF-8. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    public static String tooLongMessage() {
        return "Kata sandi terlalu panjang: maksimal " + MAX_BYTES + " byte (huruf beraksen dan emoji dihitung "
                + "lebih dari satu byte).";
    }
}
