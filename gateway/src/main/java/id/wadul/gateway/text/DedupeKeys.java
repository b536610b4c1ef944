package id.wadul.gateway.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Stable digests of what makes a resubmitted message the same message: 32 hex chars (the first 128
 * bits of a SHA-256). Every field is length-prefixed and the kind is part of the input, so distinct
 * inputs cannot collide by concatenation (e.g. source "12", destination "3" versus "1", "23").
 */
public final class DedupeKeys {

    private static final int HEX_CHARS = 32;

    private DedupeKeys() {
    }

    /** Key of a single (not concatenated) SMS. */
    public static String forSms(String source, String destination, String text) {
        return digest("sms", source, destination, text);
    }

    /** Key of one part of a concatenated SMS. */
    public static String forPart(String source, String destination, int reference, int total, int seq, String text) {
        return digest("part", source, destination, Integer.toString(reference), Integer.toString(total),
                Integer.toString(seq), text);
    }

    /** Key of a concatenated SMS put back together from its parts. */
    public static String forAssembled(String source, String destination, int reference, int total, String text) {
        return digest("assembled", source, destination, Integer.toString(reference), Integer.toString(total), text);
    }

    private static String digest(String... fields) {
        MessageDigest sha = sha256();
        for (String field : fields) {
            byte[] bytes = Objects.requireNonNull(field, "dedupe key field").getBytes(StandardCharsets.UTF_8);
            int n = bytes.length;
            sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_CHARS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
