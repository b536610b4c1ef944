package id.wadul.gateway.concat;

import java.util.Optional;

/** Reads the user data header of a short_message sent with esm_class UDHI (0x40) set. */
public final class Udh {

    /** Concatenated short message, 8-bit reference. */
    public static final int IE_CONCAT_8 = 0x00;
    /** Concatenated short message, 16-bit reference. */
    public static final int IE_CONCAT_16 = 0x08;

    private Udh() {
    }

    /**
     * Octets the UDH takes, its length octet included (UDHL + 1): the text starts at that offset.
     *
     * @throws IllegalArgumentException if the message is empty or UDHL runs past its end
     */
    public static int headerLength(byte[] shortMessage) {
        if (shortMessage.length == 0) {
            throw new IllegalArgumentException("UDHI set but short_message is empty");
        }
        int udhl = shortMessage[0] & 0xFF;
        if (udhl + 1 > shortMessage.length) {
            throw new IllegalArgumentException("UDH length " + udhl + " runs past the short_message ("
                    + shortMessage.length + " octets)");
        }
        return udhl + 1;
    }

    /**
     * Finds the concatenation IE (0x00 or 0x08) in the UDH, skipping other IEs; if it occurs more than
     * once the last one counts (as 23.040 says). Empty when the UDH has no concatenation IE; the text
     * still starts at {@link #headerLength}.
     *
     * @throws IllegalArgumentException when the UDH is malformed: UDHL past the message, an IE past the
     *                                  UDH, a concatenation IE of the wrong length, total 0, seq 0 or
     *                                  seq above total
     */
    public static Optional<ConcatInfo> parse(byte[] shortMessage) {
        int headerLength = headerLength(shortMessage);
        ConcatInfo found = null;
        int i = 1;
        while (i < headerLength) {
            if (i + 2 > headerLength) {
                throw new IllegalArgumentException("truncated IE at octet " + i + " of a " + headerLength
                        + "-octet UDH");
            }
            int iei = shortMessage[i] & 0xFF;
            int iel = shortMessage[i + 1] & 0xFF;
            int data = i + 2;
            if (data + iel > headerLength) {
                throw new IllegalArgumentException(String.format(
                        "IE 0x%02X of length %d at octet %d runs past the %d-octet UDH", iei, iel, i, headerLength));
            }
            if (iei == IE_CONCAT_8) {
                expectLength(iei, iel, 3);
                found = concat(shortMessage[data] & 0xFF, shortMessage[data + 1] & 0xFF,
                        shortMessage[data + 2] & 0xFF, headerLength);
            } else if (iei == IE_CONCAT_16) {
                expectLength(iei, iel, 4);
                int reference = ((shortMessage[data] & 0xFF) << 8) | (shortMessage[data + 1] & 0xFF);
                found = concat(reference, shortMessage[data + 2] & 0xFF, shortMessage[data + 3] & 0xFF,
                        headerLength);
            }
            i = data + iel;
        }
        return Optional.ofNullable(found);
    }

    /**
     * Concatenation from the SAR TLVs (sar_msg_ref_num, sar_total_segments, sar_segment_seqnum).
     * Empty when none is present.
     *
     * @throws IllegalArgumentException when only some are present, or a value is out of range
     */
    public static Optional<ConcatInfo> fromSar(Integer reference, Integer total, Integer seq) {
        if (reference == null && total == null && seq == null) {
            return Optional.empty();
        }
        if (reference == null || total == null || seq == null) {
            throw new IllegalArgumentException("incomplete SAR TLVs: sar_msg_ref_num=" + reference
                    + ", sar_total_segments=" + total + ", sar_segment_seqnum=" + seq);
        }
        return Optional.of(concat(reference, total, seq, 0));
    }

    private static void expectLength(int iei, int iel, int expected) {
        if (iel != expected) {
            throw new IllegalArgumentException(String.format("concatenation IE 0x%02X must have length %d, has %d",
                    iei, expected, iel));
        }
    }

    private static ConcatInfo concat(int reference, int total, int seq, int headerLength) {
        if (total == 0) {
            throw new IllegalArgumentException("concatenation total is 0");
        }
        if (seq == 0 || seq > total) {
            throw new IllegalArgumentException("concatenation seq " + seq + " is not in 1.." + total);
        }
        return new ConcatInfo(reference, total, seq, headerLength);
    }
}
