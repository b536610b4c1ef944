package id.wadul.gateway.text;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One PDU's worth of an outbound text.
 *
 * @param dataCoding   0 (GSM 03.38, unpacked septets) or 8 (UCS2, UTF-16BE)
 * @param shortMessage the short_message octets, the UDH first when {@code udhi}
 * @param udhi         whether the esm_class UDHI bit (0x40) must be set
 * @param seq          1-based part number
 * @param total        number of parts
 */
public record SmsSegment(int dataCoding, byte[] shortMessage, boolean udhi, int seq, int total) {

    public SmsSegment {
        shortMessage = shortMessage.clone();
    }

    @Override
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmsSegment other && dataCoding == other.dataCoding && udhi == other.udhi
                && seq == other.seq && total == other.total && Arrays.equals(shortMessage, other.shortMessage);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shortMessage) + Integer.hashCode(dataCoding) + 7 * seq + 11 * total
                + (udhi ? 1 : 0);
    }

    @Override
    public String toString() {
        return "SmsSegment[dataCoding=" + dataCoding + ", udhi=" + udhi + ", seq=" + seq + "/" + total
                + ", shortMessage=" + HexFormat.of().formatHex(shortMessage) + "]";
    }
}
