package id.wadul.gateway.text;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Decodes the text of a short_message (or message_payload) by its SMPP data_coding. */
public final class SmsText {

    /** Replaces what cannot be decoded: an odd trailing UCS2 byte, a lone surrogate, a non-ASCII IA5 byte. */
    public static final char REPLACEMENT = '\uFFFD';

    private enum Alphabet { GSM, IA5, LATIN1, UCS2 }

    private SmsText() {
    }

    /**
     * Decodes {@code length} bytes from {@code offset}: 0 GSM 03.38 unpacked, 1 IA5 (ASCII), 3 Latin-1,
     * 8 UCS2 (read as UTF-16BE, so surrogate pairs give emoji), 0xF0..0xF3 GSM, and the SMS general data
     * coding group 0x10..0x1F (uncompressed, with message class) by its alphabet bits: GSM or UCS2.
     * Never throws on the bytes themselves: what cannot be decoded becomes {@link #REPLACEMENT}.
     *
     * @throws UnsupportedDataCodingException for binary data (2, 4, 8-bit alphabets, 0xF4..0xF7) and
     *                                        every other data_coding
     */
    public static String decode(int dataCoding, byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        return switch (alphabet(dataCoding)) {
            case GSM -> Gsm7.decode(data, offset, length);
            case IA5 -> new String(data, offset, length, StandardCharsets.US_ASCII);
            case LATIN1 -> new String(data, offset, length, StandardCharsets.ISO_8859_1);
            case UCS2 -> decodeUtf16(data, offset, length);
        };
    }

    /** True when {@link #decode} accepts this data_coding. */
    public static boolean isSupported(int dataCoding) {
        try {
            alphabet(dataCoding);
            return true;
        } catch (UnsupportedDataCodingException e) {
            return false;
        }
    }

    private static Alphabet alphabet(int dataCoding) {
        switch (dataCoding) {
            case 0x00, 0xF0, 0xF1, 0xF2, 0xF3:
                return Alphabet.GSM;
            case 0x01:
                return Alphabet.IA5;
            case 0x03:
                return Alphabet.LATIN1;
            case 0x08:
                return Alphabet.UCS2;
            default:
                break;
        }
        // SMS general data coding group, uncompressed, message class given: 0001 xxyy, alphabet in xx.
        if ((dataCoding & 0xF0) == 0x10) {
            int alphabet = (dataCoding >> 2) & 0x03;
            if (alphabet == 0) {
                return Alphabet.GSM;
            }
            if (alphabet == 2) {
                return Alphabet.UCS2;
            }
        }
        throw new UnsupportedDataCodingException(dataCoding);
    }

    private static String decodeUtf16(byte[] data, int offset, int length) {
        int units = length / 2;
        char[] chars = new char[units + (length % 2)];
        for (int i = 0; i < units; i++) {
            int at = offset + 2 * i;
            chars[i] = (char) (((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF));
        }
        for (int i = 0; i < units; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < units && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    chars[i] = REPLACEMENT;
                }
            } else if (Character.isLowSurrogate(c)) {
                chars[i] = REPLACEMENT;
            }
        }
        if (length % 2 != 0) {
            chars[units] = REPLACEMENT;
        }
        return new String(chars);
    }
}
