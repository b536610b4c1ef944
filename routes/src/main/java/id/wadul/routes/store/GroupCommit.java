package id.wadul.routes.store;

import id.wadul.routes.health.DatabaseAvailability;
import id.wadul.routes.health.DatabaseErrors;
import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundPartMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer thread's loop of the inbound store ({@link MariaDbInboundSink}): takes up to {@code maxBatch} of its
 * queued items at a time, stores them in one transaction ({@link InboundBatchWriter}), completes their futures
 * only after the commit, and then tells the flow the new message ids. A batch that fails fails its futures (and
 * marks the database down when it could not be reached); the loop goes on with the next one. When the sink
 * closes, it writes what is queued and ends.
 */
final class GroupCommit {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbInboundSink.class);

    private final BlockingQueue<Pending> queue;
    private final int maxBatch;
    private final SqlSessionFactory sessions;
    private final InboundBatchWriter writer;
    private final Redeliveries redeliveries;
    private final DatabaseAvailability availability;
    private final Consumer<List<Long>> onCommitted;
    private final AtomicInteger waiting;
    private final BooleanSupplier closed;

    /**
     * @param waiting the sink's count of queued items, which this loop lowers as it takes them
     * @param closed  whether the sink is closed: then the loop ends once its queue is empty
     */
    GroupCommit(BlockingQueue<Pending> queue, int maxBatch, SqlSessionFactory sessions, InboundBatchWriter writer,
            Redeliveries redeliveries, DatabaseAvailability availability, Consumer<List<Long>> onCommitted,
            AtomicInteger waiting, BooleanSupplier closed) {
        this.queue = queue;
        this.maxBatch = maxBatch;
        this.sessions = sessions;
        this.writer = writer;
        this.redeliveries = redeliveries;
        this.availability = availability;
        this.onCommitted = onCommitted;
        this.waiting = waiting;
        this.closed = closed;
    }

    void run() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (!closed.getAsBoolean() || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                waiting.addAndGet(-batch.size());
                if (availability.isDown()) {
                    // queued before the outage was known: answered now, not after a wait for the pool
                    DatabaseUnavailableException down = new DatabaseUnavailableException(availability.reason());
                    batch.forEach(pending -> pending.fail(down));
                } else {
                    writeAndComplete(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // a writer that died would leave its queue unanswered for good: it fails the batch and goes on
                LOG.error("Inbound writer failed on a batch of {}; nothing of it acknowledged", batch.size(), e);
                batch.forEach(pending -> pending.fail(e));
            } finally {
                batch.clear();
            }
        }
        // closed while interrupted: nothing must stay pending for ever
        Pending left;
        while ((left = queue.poll()) != null) {
            waiting.decrementAndGet();
            left.fail(new RejectedExecutionException("inbound sink is closed"));
        }
    }

    private void writeAndComplete(List<Pending> batch) {
        InboundBatchWriter.Result result;
        long start = System.nanoTime();
        try (SqlSession session = sessions.openSession(ExecutorType.SIMPLE, false)) {
            result = writer.write(batch, session.getMapper(InboundMessageMapper.class),
                    session.getMapper(InboundPartMapper.class));
            session.commit(true);
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUnavailable(e)) {
                availability.markDown(e);
            }
            LOG.error("Inbound batch of {} failed, nothing stored; dedupe keys {}: {}", batch.size(),
                    InboundBatchWriter.keys(batch), e.toString());
            for (Pending pending : batch) {
                pending.fail(e);
            }
            return;
        }
        long stored = System.nanoTime();
        Instant committedAt = Instant.now();
        for (Pending pending : batch) {
            redeliveries.committed(pending.dedupeKey(), pending.receivedAt(), committedAt);
        }
        result.complete();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Inbound batch of {} committed in {} us, completed in {} us", batch.size(),
                    (stored - start) / 1000, (System.nanoTime() - stored) / 1000);
        }
        if (!result.newMessageIds().isEmpty()) {
            try {
                onCommitted.accept(result.newMessageIds());
            } catch (RuntimeException e) {
                LOG.warn("onCommitted listener failed for messages {}", result.newMessageIds(), e);
            }
        }
    }
}
