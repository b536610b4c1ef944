package id.wadul.routes.store;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSink;
import id.wadul.gateway.InboundSms;
import id.wadul.routes.health.DatabaseAvailability;
import id.wadul.sql.inbound.InboundPartMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's {@link InboundSink} on MariaDB, with group commit.
 *
 * <p>{@link #accept} and {@link #acceptPart} only put the item in a bounded queue and return its future: they
 * never block and never touch JDBC, so Netty event loops may call them. Each of {@code writers} writer threads
 * (own queue, own connection per batch) takes up to {@code maxBatch} of its queued items at a time and stores
 * them in one transaction (see {@link InboundBatchWriter}): dedupe lookup for the whole batch, one multi-row
 * INSERT per table, parts marked assembled, commit. Only after the commit are the futures completed, so an OK
 * to the link always means stored. While one writer waits for its commit (an fsync) the other builds and
 * inserts its next batch.
 *
 * <p>A message with the dedupe key of one stored within the dedupe window is the same message only when it is
 * a link's re-delivery, not a person sending the same text again: {@link Redeliveries} has the rule.
 *
 * <p>Items go to the writer chosen by the hash of their dedupe key, so every item with one key is written by one
 * thread, in order: its dedupe lookup always sees the earlier item's committed row (or the row earlier in the
 * same batch), also when two duplicates arrive at the same time on different links.
 *
 * <ul>
 *   <li>Queue full or sink closed: the future fails at once with {@link RejectedExecutionException}
 *       (the gateway answers ESME_RTHROTTLED).</li>
 *   <li>Database error: every future of that batch fails with the cause (the gateway answers ESME_RSYSERR and
 *       the link retries); the writer goes on with the next batch.</li>
 *   <li>Database unreachable (a connection error, see {@link DatabaseErrors}): that batch fails, and until a
 *       probe reaches the database again ({@link DatabaseAvailability}) every item fails at once with
 *       {@link DatabaseUnavailableException} (ESME_RSYSERR) instead of waiting for the pool's timeout; then
 *       the sink stores again by itself.</li>
 *   <li>Futures complete on the writer thread: callbacks chained on them should be short.</li>
 * </ul>
 *
 * <p>The flow learns about new messages through the {@code onCommitted} hook it is built with; messages stay
 * RECEIVED in {@code inbound_message} until the flow marks them HANDLED, so nothing is lost if it misses a call.
 */
public final class MariaDbInboundSink implements InboundSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbInboundSink.class);

    public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofMinutes(10);
    /** The shortest response timeout of a link: jSMPP's default transaction timer. */
    public static final Duration DEFAULT_LINK_TIMEOUT = Duration.ofSeconds(2);
    public static final int DEFAULT_QUEUE_CAPACITY = 20_000;
    public static final int DEFAULT_MAX_BATCH = 256;
    public static final int DEFAULT_WRITERS = 2;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final SqlSessionFactory sessions;
    private final List<BlockingQueue<Pending>> queues;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queueCapacity;
    private final Redeliveries redeliveries;
    private final List<Thread> threads;
    private final DatabaseAvailability availability;
    private volatile boolean closed;

    /** A sink with the default dedupe window (10 minutes), queue capacity, batch size and writer count. */
    public MariaDbInboundSink(SqlSessionFactory sessions) {
        this(sessions, DEFAULT_DEDUPE_WINDOW, DEFAULT_QUEUE_CAPACITY, DEFAULT_MAX_BATCH);
    }

    /** A sink with {@value #DEFAULT_WRITERS} writer threads. */
    public MariaDbInboundSink(SqlSessionFactory sessions, Duration dedupeWindow, int queueCapacity, int maxBatch) {
        this(sessions, dedupeWindow, queueCapacity, maxBatch, DEFAULT_WRITERS);
    }

    /**
     * Starts the writer threads.
     *
     * @param sessions      from {@code Database.sqlSessionFactory()}
     * @param dedupeWindow  a message (or part) with the dedupe key of one received less than this long before it
     *                      is the same message
     * @param queueCapacity items waiting to be written; past it accept() fails with RejectedExecutionException
     * @param maxBatch      items written per transaction at most
     * @param writers       writer threads, each holding one pool connection while it writes
     */
    public MariaDbInboundSink(SqlSessionFactory sessions, Duration dedupeWindow, int queueCapacity, int maxBatch,
            int writers) {
        this(sessions, dedupeWindow, DEFAULT_LINK_TIMEOUT, queueCapacity, maxBatch, writers);
    }

    /**
     * Starts the writer threads.
     *
     * @param linkTimeout a link's shortest response timeout: copies closer than this are one message, and an
     *                    answer slower than this may have come too late (see {@link Redeliveries})
     */
    public MariaDbInboundSink(SqlSessionFactory sessions, Duration dedupeWindow, Duration linkTimeout,
            int queueCapacity, int maxBatch, int writers) {
        this(sessions, dedupeWindow, linkTimeout, queueCapacity, maxBatch, writers, new DatabaseAvailability(
                sessions.getConfiguration().getEnvironment().getDataSource(), Duration.ofMillis(500)));
    }

    /** As above, with the application's view of whether the database can be reached (marked down here). */
    public MariaDbInboundSink(SqlSessionFactory sessions, Duration dedupeWindow, Duration linkTimeout,
            int queueCapacity, int maxBatch, int writers, DatabaseAvailability availability) {
        this(sessions, dedupeWindow, linkTimeout, queueCapacity, maxBatch, writers, availability, ids -> { });
    }

    /**
     * As above, telling the flow about new messages.
     *
     * @param onCommitted called on the writer thread after each commit with the ids of the messages that commit
     *                    stored (ascending; duplicates not included; never empty). Writers call it concurrently,
     *                    and ids of different calls may interleave. Keep it short, thread-safe and non-blocking
     *                    (the wiring offers the ids to the intake's endpoint). Exceptions it throws are logged and
     *                    ignored.
     */
    public MariaDbInboundSink(SqlSessionFactory sessions, Duration dedupeWindow, Duration linkTimeout,
            int queueCapacity, int maxBatch, int writers, DatabaseAvailability availability,
            Consumer<List<Long>> onCommitted) {
        Objects.requireNonNull(onCommitted);
        this.availability = Objects.requireNonNull(availability);
        if (queueCapacity < 1 || maxBatch < 1 || writers < 1 || dedupeWindow.isNegative() || linkTimeout.isNegative()) {
            throw new IllegalArgumentException(
                    "queueCapacity, maxBatch and writers must be positive, window and link timeout not negative");
        }
        this.sessions = Objects.requireNonNull(sessions);
        this.queueCapacity = queueCapacity;
        this.redeliveries = new Redeliveries(dedupeWindow, linkTimeout, Clock.systemUTC());
        InboundBatchWriter writer = new InboundBatchWriter(dedupeWindow, redeliveries);
        List<BlockingQueue<Pending>> writerQueues = new ArrayList<>(writers);
        List<Thread> writerThreads = new ArrayList<>(writers);
        for (int i = 0; i < writers; i++) {
            BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
            writerQueues.add(queue);
            GroupCommit commits = new GroupCommit(queue, maxBatch, sessions, writer, redeliveries, availability,
                    onCommitted, waiting, () -> closed);
            Thread thread = new Thread(commits::run, "inbound-writer-" + i);
            thread.setDaemon(true);
            writerThreads.add(thread);
        }
        this.queues = List.copyOf(writerQueues);
        this.threads = List.copyOf(writerThreads);
        threads.forEach(Thread::start);
    }

    /** Whether the database can be reached, as this sink found out. */
    public DatabaseAvailability availability() {
        return availability;
    }

    /** Items waiting for a writer (not counting the batches being written). */
    public int queued() {
        return waiting.get();
    }

    @Override
    public CompletableFuture<String> accept(InboundSms sms) {
        CompletableFuture<String> future = new CompletableFuture<>();
        enqueue(new Pending.Message(sms, future), future);
        return future;
    }

    @Override
    public CompletableFuture<InboundPart> acceptPart(InboundPart part) {
        CompletableFuture<InboundPart> future = new CompletableFuture<>();
        enqueue(new Pending.Part(part, future), future);
        return future;
    }

    private void enqueue(Pending pending, CompletableFuture<?> future) {
        if (pending.dedupeKey() == null) {
            future.completeExceptionally(new IllegalArgumentException("dedupeKey is required"));
        } else if (closed) {
            future.completeExceptionally(new RejectedExecutionException("inbound sink is closed"));
        } else if (availability.isDown()) {
            future.completeExceptionally(new DatabaseUnavailableException(availability.reason()));
        } else if (waiting.incrementAndGet() > queueCapacity) {
            waiting.decrementAndGet();
            future.completeExceptionally(new RejectedExecutionException("inbound queue full"));
        } else {
            queues.get(Math.floorMod(pending.dedupeKey().hashCode(), queues.size())).add(pending);
        }
    }

    /** The gateway's word that the link may not have our answers to these keys' messages: re-deliveries ahead. */
    @Override
    public void answersMayBeLost(Collection<String> dedupeKeys) {
        LOG.debug("answers may be lost for dedupe keys {}", dedupeKeys);
        redeliveries.doubt(dedupeKeys);
    }

    /** Reads the stored parts not yet assembled (blocking JDBC: call it at startup, not on an event loop). */
    @Override
    public List<InboundPart> pendingParts() {
        try (SqlSession session = sessions.openSession(true)) {
            return session.getMapper(InboundPartMapper.class).findPending().stream()
                    .map(InboundBatchWriter::toPart)
                    .toList();
        }
    }

    /** Refuses new items, writes what is queued, then stops the writer threads (waits up to 30 s). */
    @Override
    public void close() {
        close(CLOSE_TIMEOUT);
    }

    /**
     * Refuses new items, writes what is queued within {@code timeout}, then stops the writer threads. Items
     * not written by then fail (nothing of them was acknowledged).
     */
    public void close(Duration timeout) {
        closed = true;
        availability.close();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                LOG.warn("Inbound writer {} did not finish within {}; {} items left unwritten", thread.getName(),
                        timeout, queued());
                thread.interrupt();
            }
        }
    }
}
