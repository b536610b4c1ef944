package id.wadul.gateway.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table.
 *
 * <p>SMPP carries GSM text unpacked, one septet per octet; {@link #encode} and {@link #decode} work on
 * that form. {@link #pack} and {@link #unpack} convert to and from the 7-bit packed form used on the air
 * interface and by some links. Extension characters (form feed, {@code ^ { } \ [ ~ ] | €}) take two
 * septets: the escape {@code 0x1B} followed by their code.
 */
public final class Gsm7 {

    /** The escape to the extension table. */
    public static final int ESCAPE = 0x1B;

    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** Extension table: code after the escape, and the character it stands for. */
    private static final int[][] EXTENSION = {
            {0x0A, '\f'}, {0x14, '^'}, {0x28, '{'}, {0x29, '}'}, {0x2F, '\\'},
            {0x3C, '['}, {0x3D, '~'}, {0x3E, ']'}, {0x40, '|'}, {0x65, '€'},
    };

    private static final char[] BASIC_DECODE = BASIC.toCharArray();
    private static final char[] EXT_DECODE = new char[128];
    /** char to code: basic septet, or EXT_FLAG | extension code, or NONE. */
    private static final short[] ENCODE = new short[0x10000];
    private static final short NONE = -1;
    private static final short EXT_FLAG = 0x100;

    static {
        if (BASIC_DECODE.length != 128) {
            throw new ExceptionInInitializerError("GSM basic table must have 128 entries, has " + BASIC_DECODE.length);
        }
        Arrays.fill(ENCODE, NONE);
        for (int septet = 0; septet < 128; septet++) {
            if (septet != ESCAPE) {
                ENCODE[BASIC_DECODE[septet]] = (short) septet;
            }
        }
        for (int[] entry : EXTENSION) {
            EXT_DECODE[entry[0]] = (char) entry[1];
            ENCODE[entry[1]] = (short) (EXT_FLAG | entry[0]);
        }
    }

    private Gsm7() {
    }

    /** True when every char of {@code s} is in the default alphabet or its extension table. */
    public static boolean canEncode(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (ENCODE[s.charAt(i)] == NONE) {
                return false;
            }
        }
        return true;
    }

    /** Number of septets {@code s} takes; extension characters count two. */
    public static int septets(CharSequence s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            short code = ENCODE[s.charAt(i)];
            if (code == NONE) {
                throw notEncodable(s, i);
            }
            count += (code & EXT_FLAG) != 0 ? 2 : 1;
        }
        return count;
    }

    /**
     * Encodes {@code s} unpacked, one septet per byte.
     *
     * @throws IllegalArgumentException if a char is not in the alphabet (check with {@link #canEncode})
     */
    public static byte[] encode(CharSequence s) {
        byte[] out = new byte[septets(s)];
        int pos = 0;
        for (int i = 0; i < s.length(); i++) {
            short code = ENCODE[s.charAt(i)];
            if ((code & EXT_FLAG) != 0) {
                out[pos++] = ESCAPE;
                out[pos++] = (byte) (code & 0x7F);
            } else {
                out[pos++] = (byte) code;
            }
        }
        return out;
    }

    /**
     * Decodes unpacked septets. Tolerant, never throws on any byte value: the high bit is ignored; an
     * escape followed by a code the extension table does not define gives the basic table's char for
     * that code (as 03.38 asks of receivers); escape-escape (reserved for another extension table)
     * gives a space; a trailing lone escape is ignored.
     */
    public static String decode(byte[] septets, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, septets.length);
        StringBuilder sb = new StringBuilder(length);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int septet = septets[i] & 0x7F;
            if (septet != ESCAPE) {
                sb.append(BASIC_DECODE[septet]);
            } else if (i + 1 < end) {
                int code = septets[++i] & 0x7F;
                if (code == ESCAPE) {
                    sb.append(' ');
                } else {
                    char ext = EXT_DECODE[code];
                    sb.append(ext != 0 ? ext : BASIC_DECODE[code]);
                }
            }
        }
        return sb.toString();
    }

    /** Decodes a whole array of unpacked septets; see {@link #decode(byte[], int, int)}. */
    public static String decode(byte[] septets) {
        return decode(septets, 0, septets.length);
    }

    /**
     * Packs septets (low 7 bits of each byte) into octets, least significant bit first, after
     * {@code fillBits} zero bits (0..6: the padding that aligns text after a user data header).
     */
    public static byte[] pack(byte[] septets, int fillBits) {
        checkFill(fillBits);
        int totalBits = fillBits + 7 * septets.length;
        byte[] out = new byte[(totalBits + 7) / 8];
        int bit = fillBits;
        for (byte b : septets) {
            int value = b & 0x7F;
            int index = bit >> 3;
            int shift = bit & 7;
            out[index] |= (byte) (value << shift);
            if (shift > 1) {
                out[index + 1] |= (byte) (value >> (8 - shift));
            }
            bit += 7;
        }
        return out;
    }

    /**
     * Unpacks {@code septetCount} septets that follow {@code fillBits} (0..6) padding bits.
     *
     * @throws IllegalArgumentException if {@code packed} is too short for that many septets
     */
    public static byte[] unpack(byte[] packed, int septetCount, int fillBits) {
        checkFill(fillBits);
        if (septetCount < 0) {
            throw new IllegalArgumentException("negative septet count " + septetCount);
        }
        long needed = (fillBits + 7L * septetCount + 7) / 8;
        if (needed > packed.length) {
            throw new IllegalArgumentException(septetCount + " septets after " + fillBits
                    + " fill bits need " + needed + " octets, got " + packed.length);
        }
        byte[] out = new byte[septetCount];
        int bit = fillBits;
        for (int i = 0; i < septetCount; i++) {
            int index = bit >> 3;
            int shift = bit & 7;
            int value = (packed[index] & 0xFF) >> shift;
            if (shift > 1) {
                value |= (packed[index + 1] & 0xFF) << (8 - shift);
            }
            out[i] = (byte) (value & 0x7F);
            bit += 7;
        }
        return out;
    }

    private static void checkFill(int fillBits) {
        if (fillBits < 0 || fillBits > 6) {
            throw new IllegalArgumentException("fill bits must be 0..6, got " + fillBits);
        }
    }

    private static IllegalArgumentException notEncodable(CharSequence s, int index) {
        return new IllegalArgumentException(String.format("char U+%04X at index %d is not in the GSM 03.38 alphabet",
                (int) s.charAt(index), index));
    }
}
