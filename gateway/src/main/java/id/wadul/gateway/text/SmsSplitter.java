package id.wadul.gateway.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an outbound text into PDUs: GSM 7-bit (data_coding 0, unpacked septets) when every char is in
 * the GSM alphabet, else UCS2 (data_coding 8). A text that fits one SMS (160 septets, 70 UTF-16 units)
 * is one part without a header; a longer one becomes concatenated parts, each with the 6-byte UDH
 * {@code 05 00 03 ref total seq} and at most 153 septets or 67 UTF-16 units. An escape sequence or a
 * surrogate pair is never cut between two parts.
 */
public final class SmsSplitter {

    public static final int GSM = 0x00;
    public static final int UCS2 = 0x08;
    static final int GSM_SINGLE = 160;
    static final int GSM_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;
    static final int MAX_PARTS = 255;

    private SmsSplitter() {
    }

    /**
     * @param reference concatenation reference; only its low 8 bits are used
     * @throws IllegalArgumentException if the text needs more than 255 parts
     */
    public static List<SmsSegment> split(String text, int reference) {
        if (Gsm7.canEncode(text)) {
            return splitGsm(Gsm7.encode(text), reference & 0xFF);
        }
        return splitUcs2(text, reference & 0xFF);
    }

    private static List<SmsSegment> splitGsm(byte[] septets, int ref) {
        if (septets.length <= GSM_SINGLE) {
            return List.of(new SmsSegment(GSM, septets, false, 1, 1));
        }
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        while (start < septets.length) {
            int end = Math.min(start + GSM_PART, septets.length);
            // An escape never ends our own encoding's pair, so an escape last means its pair is cut.
            if (septets[end - 1] == Gsm7.ESCAPE) {
                end--;
            }
            bounds.add(new int[] {start, end});
            start = end;
        }
        return withHeaders(GSM, bounds, ref, (s, e) -> Arrays.copyOfRange(septets, s, e));
    }

    private static List<SmsSegment> splitUcs2(String text, int ref) {
        if (text.length() <= UCS2_SINGLE) {
            return List.of(new SmsSegment(UCS2, utf16be(text, 0, text.length()), false, 1, 1));
        }
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + UCS2_PART, text.length());
            if (Character.isHighSurrogate(text.charAt(end - 1)) && end < text.length()
                    && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            bounds.add(new int[] {start, end});
            start = end;
        }
        return withHeaders(UCS2, bounds, ref, (s, e) -> utf16be(text, s, e));
    }

    private interface Payload {
        byte[] between(int start, int end);
    }

    private static List<SmsSegment> withHeaders(int dataCoding, List<int[]> bounds, int ref, Payload payload) {
        int total = bounds.size();
        if (total > MAX_PARTS) {
            throw new IllegalArgumentException("text needs " + total + " parts, at most " + MAX_PARTS + " allowed");
        }
        List<SmsSegment> segments = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            byte[] body = payload.between(bounds.get(i)[0], bounds.get(i)[1]);
            byte[] message = new byte[6 + body.length];
            message[0] = 0x05;
            message[1] = 0x00;
            message[2] = 0x03;
            message[3] = (byte) ref;
            message[4] = (byte) total;
            message[5] = (byte) (i + 1);
            System.arraycopy(body, 0, message, 6, body.length);
            segments.add(new SmsSegment(dataCoding, message, true, i + 1, total));
        }
        return List.copyOf(segments);
    }

    private static byte[] utf16be(String text, int start, int end) {
        byte[] out = new byte[2 * (end - start)];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            out[2 * (i - start)] = (byte) (c >> 8);
            out[2 * (i - start) + 1] = (byte) c;
        }
        return out;
    }
}
