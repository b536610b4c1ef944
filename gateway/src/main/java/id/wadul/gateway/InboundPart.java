package id.wadul.gateway;

import java.time.Instant;

/**
 * One part of a concatenated SMS (by UDH IE 0x00/0x08 or by SAR TLVs), stored on its own so that it
 * can be acknowledged before the other parts arrive.
 *
 * @param id          the store's id; 0 before it is stored
 * @param reference   the concatenation reference number
 * @param total       the number of parts announced
 * @param seq         this part's sequence number, 1-based
 * @param text        this part's decoded text (UDH removed)
 */
public record InboundPart(
        long id,
        String account,
        String source,
        String destination,
        int reference,
        int total,
        int seq,
        String text,
        int dataCoding,
        String dedupeKey,
        Instant receivedAt) {

    public InboundPart withId(long newId) {
        return new InboundPart(newId, account, source, destination, reference, total, seq, text, dataCoding,
                dedupeKey, receivedAt);
    }
}
