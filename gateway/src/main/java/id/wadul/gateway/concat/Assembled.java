package id.wadul.gateway.concat;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSms;
import id.wadul.gateway.text.DedupeKeys;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of one concatenated SMS, as far as they arrived.
 *
 * @param parts      the parts, sorted by seq, at most one per seq
 * @param total      the number of parts the sender announced
 * @param incomplete true when some of the {@code total} parts never arrived (timed out or evicted)
 */
public record Assembled(List<InboundPart> parts, int total, boolean incomplete) {

    public Assembled {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an assembled message needs at least one part");
        }
        parts = parts.stream().sorted(Comparator.comparingInt(InboundPart::seq)).toList();
    }

    /**
     * The parts' texts joined in seq order. For an incomplete message the missing parts are simply
     * absent: no marker is inserted where they would have been (the {@code incomplete} flag says so).
     */
    public String text() {
        return parts.stream().map(InboundPart::text).collect(Collectors.joining());
    }

    /** Store ids of the parts, in seq order. */
    public List<Long> partIds() {
        return parts.stream().map(InboundPart::id).toList();
    }

    /** The part with the lowest seq. */
    public InboundPart first() {
        return parts.get(0);
    }

    /**
     * The message handed on: account, source, destination, data_coding and receivedAt from {@link #first},
     * totalParts = {@link #total}, and a dedupe key over the assembled text.
     */
    public InboundSms toSms() {
        InboundPart first = first();
        String text = text();
        return new InboundSms(first.account(), first.source(), first.destination(), text, first.dataCoding(),
                total, incomplete, partIds(),
                DedupeKeys.forAssembled(first.source(), first.destination(), first.reference(), total, text),
                first.receivedAt());
    }
}
