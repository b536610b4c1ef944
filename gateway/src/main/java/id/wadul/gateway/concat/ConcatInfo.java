package id.wadul.gateway.concat;

/**
 * Where a PDU sits in a concatenated SMS.
 *
 * @param reference    the concatenation reference (8 or 16 bits, or sar_msg_ref_num)
 * @param total        number of parts announced, 1..255
 * @param seq          this part's number, 1..total
 * @param headerLength octets of UDH (UDHL + 1) before the text in short_message; 0 for SAR TLVs
 */
public record ConcatInfo(int reference, int total, int seq, int headerLength) {

    public ConcatInfo {
        if (reference < 0 || reference > 0xFFFF) {
            throw new IllegalArgumentException("concatenation reference must be 0..65535, got " + reference);
        }
        if (total < 1 || total > 255) {
            throw new IllegalArgumentException("concatenation total must be 1..255, got " + total);
        }
        if (seq < 1 || seq > total) {
            throw new IllegalArgumentException("concatenation seq must be 1.." + total + ", got " + seq);
        }
        if (headerLength < 0) {
            throw new IllegalArgumentException("negative header length " + headerLength);
        }
    }
}
