package id.wadul.routes.store;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSms;
import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import id.wadul.sql.inbound.InboundPartMapper;
import id.wadul.sql.inbound.InboundPartRow;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Writes one batch of queued items inside the caller's transaction: looks up the batch's dedupe keys once per
 * table, dedupes within the batch too, inserts the new rows with one multi-row INSERT per table and marks the
 * parts of assembled messages. Completing the futures is left to the caller, after its commit.
 */
final class InboundBatchWriter {

    private final Duration window;
    private final Redeliveries redeliveries;

    /** @param redeliveries tells a link's re-delivery from the same text sent again (see {@link Redeliveries}) */
    InboundBatchWriter(Duration window, Redeliveries redeliveries) {
        this.window = window;
        this.redeliveries = redeliveries;
    }

    /** What a committed batch completes: each item's stored row, and the ids of the new messages. */
    record Result(List<Runnable> completions, List<Long> newMessageIds) {
        void complete() {
            completions.forEach(Runnable::run);
        }
    }

    Result write(List<Pending> batch, InboundMessageMapper messages, InboundPartMapper parts) {
        List<Pending.Part> partItems = new ArrayList<>();
        List<Pending.Message> messageItems = new ArrayList<>();
        for (Pending pending : batch) {
            if (pending instanceof Pending.Part part) {
                partItems.add(part);
            } else if (pending instanceof Pending.Message message) {
                messageItems.add(message);
            }
        }
        List<Runnable> completions = new ArrayList<>(batch.size());

        // parts first: a message in the same batch may name them (partIds)
        if (!partItems.isEmpty()) {
            Deduper<InboundPartRow> deduper = new Deduper<>(InboundPartRow::getDedupeKey, InboundPartRow::getReceivedAt,
                    parts.findRecentByDedupeKeys(keys(partItems), since(partItems, p -> p.part().receivedAt())));
            List<InboundPartRow> rows = new ArrayList<>(partItems.size());
            for (Pending.Part item : partItems) {
                rows.add(deduper.rowFor(item.dedupeKey(), item.part().receivedAt(), false, () -> toRow(item.part())));
            }
            if (!deduper.fresh().isEmpty()) {
                parts.insertAll(deduper.fresh());
            }
            for (int i = 0; i < partItems.size(); i++) {
                Pending.Part item = partItems.get(i);
                InboundPartRow row = rows.get(i);
                completions.add(() -> item.future().complete(toPart(row)));
            }
        }

        List<Long> newMessageIds = new ArrayList<>();
        if (!messageItems.isEmpty()) {
            Deduper<InboundMessageRow> deduper = new Deduper<>(InboundMessageRow::getDedupeKey,
                    InboundMessageRow::getReceivedAt, messages.findRecentByDedupeKeys(keys(messageItems),
                            since(messageItems, m -> m.sms().receivedAt())));
            List<InboundMessageRow> rows = new ArrayList<>(messageItems.size());
            for (Pending.Message item : messageItems) {
                // an assembled message is new exactly when its parts were: the window alone decides
                rows.add(deduper.rowFor(item.dedupeKey(), item.sms().receivedAt(), !item.sms().partIds().isEmpty(),
                        () -> toRow(item.sms())));
            }
            if (!deduper.fresh().isEmpty()) {
                messages.insertAll(deduper.fresh());
                deduper.fresh().forEach(row -> newMessageIds.add(row.getId()));
            }
            for (int i = 0; i < messageItems.size(); i++) {
                Pending.Message item = messageItems.get(i);
                InboundMessageRow row = rows.get(i);
                if (!item.sms().partIds().isEmpty()) {
                    // also for a duplicate: its parts may have been stored but never marked
                    parts.markAssembled(row.getId(), item.sms().partIds());
                }
                completions.add(() -> item.future().complete(Long.toString(row.getId())));
            }
        }
        return new Result(completions, newMessageIds);
    }

    private <T extends Pending> Instant since(List<T> items, Function<T, Instant> receivedAt) {
        Instant earliest = items.stream().map(receivedAt).min(Instant::compareTo).orElseThrow();
        return earliest.minus(window);
    }

    /**
     * Picks, per item, the earlier row with its dedupe key within the window when the item is a re-delivery of
     * it (a row of this batch, not yet answered, always is), or a new row.
     */
    private final class Deduper<R> {
        private final Function<R, Instant> receivedAt;
        private final Map<String, R> newestByKey = new HashMap<>();
        private final List<R> fresh = new ArrayList<>();
        private final Set<R> freshSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Deduper(Function<R, String> key, Function<R, Instant> receivedAt, List<R> existingNewestFirst) {
            this.receivedAt = receivedAt;
            for (R row : existingNewestFirst) {
                newestByKey.putIfAbsent(key.apply(row), row);
            }
        }

        R rowFor(String dedupeKey, Instant at, boolean windowOnly, Supplier<R> newRow) {
            R earlier = newestByKey.get(dedupeKey);
            if (earlier != null && !receivedAt.apply(earlier).isBefore(at.minus(window))
                    && !receivedAt.apply(earlier).isAfter(at.plus(window))
                    && (windowOnly || freshSet.contains(earlier)
                            || redeliveries.isRedelivery(dedupeKey, receivedAt.apply(earlier), at))) {
                return earlier;
            }
            R row = newRow.get();
            fresh.add(row);
            freshSet.add(row);
            newestByKey.put(dedupeKey, row);
            return row;
        }

        List<R> fresh() {
            return fresh;
        }
    }

    static Set<String> keys(List<? extends Pending> items) {
        Set<String> keys = new LinkedHashSet<>();
        for (Pending item : items) {
            keys.add(item.dedupeKey());
        }
        return keys;
    }

    static InboundMessageRow toRow(InboundSms sms) {
        InboundMessageRow row = new InboundMessageRow();
        row.setAccount(sms.account());
        row.setSource(sms.source());
        row.setDestination(sms.destination());
        row.setText(sms.text());
        row.setDataCoding(sms.dataCoding());
        row.setTotalParts(sms.totalParts());
        row.setIncomplete(sms.incomplete());
        row.setDedupeKey(sms.dedupeKey());
        row.setReceivedAt(sms.receivedAt().truncatedTo(ChronoUnit.MILLIS));
        return row;
    }

    static InboundPartRow toRow(InboundPart part) {
        InboundPartRow row = new InboundPartRow();
        row.setAccount(part.account());
        row.setSource(part.source());
        row.setDestination(part.destination());
        row.setReference(part.reference());
        row.setTotal(part.total());
        row.setSeq(part.seq());
        row.setText(part.text());
        row.setDataCoding(part.dataCoding());
        row.setDedupeKey(part.dedupeKey());
        row.setReceivedAt(part.receivedAt().truncatedTo(ChronoUnit.MILLIS));
        return row;
    }

    /** The part as stored: id set, receivedAt at the column's millisecond precision. */
    static InboundPart toPart(InboundPartRow row) {
        return new InboundPart(row.getId(), row.getAccount(), row.getSource(), row.getDestination(),
                row.getReference(), row.getTotal(), row.getSeq(), row.getText(), row.getDataCoding(),
                row.getDedupeKey(), row.getReceivedAt());
    }
}
