package id.wadul.gateway;

import java.time.Instant;
import java.util.List;

/**
 * One SMS received from a link: a single PDU, or the parts of a concatenated SMS put back together.
 *
 * @param account     system_id of the bind that delivered it
 * @param source      the sender's number, normalised (see {@code PhoneNumbers}), e.g. {@code 6281234567890}
 * @param destination the short code it was sent to, e.g. {@code 1708}
 * @param text        the decoded text; emoji stay as surrogate pairs
 * @param dataCoding  data_coding of the (first) PDU
 * @param totalParts  1 for a single SMS, else the number of parts the sender announced
 * @param incomplete  true when parts were still missing when the reassembly time ran out
 * @param partIds     ids of the stored parts this message was assembled from; empty for a single SMS
 * @param dedupeKey   stable digest of what makes a resubmission the same message
 * @param receivedAt  when the (first) PDU arrived
 */
public record InboundSms(
        String account,
        String source,
        String destination,
        String text,
        int dataCoding,
        int totalParts,
        boolean incomplete,
        List<Long> partIds,
        String dedupeKey,
        Instant receivedAt) {

    public InboundSms {
        partIds = List.copyOf(partIds);
    }
}
