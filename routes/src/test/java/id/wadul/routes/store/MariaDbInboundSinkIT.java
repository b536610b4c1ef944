package id.wadul.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSms;
import id.wadul.sql.Database;
import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import id.wadul.sql.inbound.InboundPartMapper;
import id.wadul.sql.inbound.InboundPartRow;
import id.wadul.sql.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import id.wadul.routes.health.DatabaseAvailability;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class MariaDbInboundSinkIT {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbInboundSinkIT.class);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Database database;
    private final List<MariaDbInboundSink> sinks = new ArrayList<>();

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.truncateAll(database);
    }

    @AfterEach
    void closeSinks() {
        sinks.forEach(MariaDbInboundSink::close);
    }

    private MariaDbInboundSink sink(Duration window, int capacity) {
        return sink(window, capacity, MariaDbInboundSink.DEFAULT_WRITERS);
    }

    private MariaDbInboundSink sink(Duration window, int capacity, int writers) {
        MariaDbInboundSink sink = new MariaDbInboundSink(database.sqlSessionFactory(), window, capacity,
                MariaDbInboundSink.DEFAULT_MAX_BATCH, writers);
        sinks.add(sink);
        return sink;
    }

    /** A sink that tells {@code onCommitted} the ids of each commit. */
    private MariaDbInboundSink sink(Duration window, int capacity, Consumer<List<Long>> onCommitted) {
        MariaDbInboundSink sink = new MariaDbInboundSink(database.sqlSessionFactory(), window,
                MariaDbInboundSink.DEFAULT_LINK_TIMEOUT, capacity, MariaDbInboundSink.DEFAULT_MAX_BATCH,
                MariaDbInboundSink.DEFAULT_WRITERS, new DatabaseAvailability(database.dataSource(),
                        Duration.ofMillis(500)), onCommitted);
        sinks.add(sink);
        return sink;
    }

    @Test
    void concurrentAcceptsCompleteWithDistinctIdsAfterTheRowsAreStored() throws Exception {
        // given
        List<Long> committed = new CopyOnWriteArrayList<>();
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 10_000, committed::addAll);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<String>> futures = new CopyOnWriteArrayList<>();
        // when
        try {
            for (int t = 0; t < 4; t++) {
                int thread = t;
                callers.execute(() -> {
                    for (int i = 0; i < 250; i++) {
                        futures.add(sink.accept(sms("c-" + thread + "-" + i, "aduan " + i, Instant.now())));
                    }
                });
            }
        } finally {
            callers.shutdown();
            assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // then
        List<String> ids = futures.stream().map(CompletableFuture::join).toList();
        assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
        assertThat(count("SELECT COUNT(*) FROM inbound_message WHERE dedupe_key LIKE 'c-%'")).isEqualTo(1000);
        assertThat(committed).containsExactlyInAnyOrderElementsOf(ids.stream().map(Long::valueOf).toList());
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            InboundMessageRow row = session.getMapper(InboundMessageMapper.class).findById(Long.parseLong(ids.get(7)));
            assertThat(row.getDedupeKey()).startsWith("c-");
        }
    }

    @Test
    void aRedeliveryWhoseAnswerMayBeLostGetsTheEarlierIdAndStoresOneRow() throws Exception {
        // given
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 100);
        Instant first = Instant.now();
        String id = sink.accept(sms("dup", "jalan rusak", first)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // when: the bind broke right after our answer, and the link re-delivers on its next bind; and a link
        // sends one PDU twice within its response timeout, in one batch
        sink.answersMayBeLost(List.of("dup"));
        CompletableFuture<String> again = sink.accept(sms("dup", "jalan rusak", first.plusSeconds(30)));
        CompletableFuture<String> batchA = sink.accept(sms("dup2", "lampu mati", first));
        CompletableFuture<String> batchB = sink.accept(sms("dup2", "lampu mati", first.plusSeconds(1)));
        // then
        assertThat(again.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(id);
        assertThat(batchB.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(batchA.join()).isNotEqualTo(id);
        assertThat(count("SELECT COUNT(*) FROM inbound_message WHERE dedupe_key = 'dup'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM inbound_message WHERE dedupe_key = 'dup2'")).isEqualTo(1);
    }

    @Test
    void theSameTextAgainAfterTheLinkHadTheAnswerIsANewMessage() throws Exception {
        // given: stored and answered in time on a bind that stayed up
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 100);
        Instant first = Instant.now();
        String id = sink.accept(sms("status", "STATUS K7M4PX", first)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // when: the citizen sends the same command again a minute later
        String again = sink.accept(sms("status", "STATUS K7M4PX", first.plusSeconds(60)))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // then
        assertThat(again).isNotEqualTo(id);
        assertThat(count("SELECT COUNT(*) FROM inbound_message WHERE dedupe_key = 'status'")).isEqualTo(2);
    }

    @Test
    void aMessageStoredByAnEarlierRunCountsAsUnansweredWhenItComesAgain() throws Exception {
        // given: stored by a sink (a run of wadul) that is gone
        MariaDbInboundSink before = sink(Duration.ofMinutes(10), 100);
        Instant first = Instant.now();
        String id = before.accept(sms("crash", "banjir", first)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        before.close();
        // when: the link re-delivers it to the next run, whose start is later than the first message
        await().atMost(WAIT).until(() -> Instant.now().isAfter(first.plusMillis(5)));
        MariaDbInboundSink after = sink(Duration.ofMinutes(10), 100);
        String again = after.accept(sms("crash", "banjir", Instant.now().plusSeconds(20)))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // then
        assertThat(again).isEqualTo(id);
        assertThat(count("SELECT COUNT(*) FROM inbound_message WHERE dedupe_key = 'crash'")).isEqualTo(1);
    }

    @Test
    void duplicatesRacingFromManyThreadsAcrossWritersStoreOneRowPerKey() throws Exception {
        // given: 4 writers, 4 threads each sending the same 300 keys at once
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 10_000, 4);
        int keys = 300;
        int senders = 4;
        Instant now = Instant.now();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<List<CompletableFuture<String>>>> sent = new ArrayList<>();
        try {
            for (int t = 0; t < senders; t++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    List<CompletableFuture<String>> futures = new ArrayList<>(keys);
                    for (int k = 0; k < keys; k++) {
                        futures.add(sink.accept(sms("race-" + k, "sama " + k, now)));
                    }
                    return futures;
                }));
            }
            // when
            start.countDown();
            List<List<String>> ids = new ArrayList<>();
            for (Future<List<CompletableFuture<String>>> futures : sent) {
                List<String> perSender = new ArrayList<>(keys);
                for (CompletableFuture<String> future : futures.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    perSender.add(future.get(WAIT.toSeconds(), TimeUnit.SECONDS));
                }
                ids.add(perSender);
            }
            // then: every sender got the same id per key, distinct across keys, one row per key
            for (List<String> perSender : ids) {
                assertThat(perSender).isEqualTo(ids.get(0));
            }
            assertThat(ids.get(0)).doesNotHaveDuplicates();
            assertThat(count("SELECT COUNT(*) FROM inbound_message")).isEqualTo(keys);
            assertThat(count("SELECT COUNT(DISTINCT dedupe_key) FROM inbound_message")).isEqualTo(keys);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameKeyOutsideTheWindowIsANewMessage() throws Exception {
        // given
        MariaDbInboundSink sink = sink(Duration.ofSeconds(2), 100);
        Instant now = Instant.now();
        String old = sink.accept(sms("late", "banjir", now.minusSeconds(5))).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // when
        String fresh = sink.accept(sms("late", "banjir", now)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // then
        assertThat(fresh).isNotEqualTo(old);
        assertThat(count("SELECT COUNT(*) FROM inbound_message WHERE dedupe_key = 'late'")).isEqualTo(2);
    }

    @Test
    void partsAreStoredThenAssembledWithTheMessage() throws Exception {
        // given
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 100);
        Instant now = Instant.now();
        List<InboundPart> stored = new ArrayList<>();
        for (int seq = 1; seq <= 3; seq++) {
            stored.add(sink.acceptPart(part("part-" + seq, seq, "bagian " + seq + " 🙏", now))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        sink.answersMayBeLost(List.of("part-2"));
        InboundPart resent = sink.acceptPart(part("part-2", 2, "bagian 2 🙏", now.plusSeconds(3)))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(stored).extracting(InboundPart::id).doesNotContain(0L).doesNotHaveDuplicates();
        assertThat(resent).isEqualTo(stored.get(1));
        assertThat(sink.pendingParts()).extracting(InboundPart::id)
                .containsExactlyElementsOf(stored.stream().map(InboundPart::id).toList());
        // when
        List<Long> partIds = stored.stream().map(InboundPart::id).toList();
        String messageId = sink.accept(new InboundSms("kannel", "6281234567890", "1708",
                "bagian 1 🙏bagian 2 🙏bagian 3 🙏", 8, 3, false, partIds, "whole", now))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // then
        assertThat(sink.pendingParts()).isEmpty();
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            assertThat(session.getMapper(InboundPartMapper.class).findByMessageId(Long.parseLong(messageId)))
                    .extracting(InboundPartRow::getText).containsExactly("bagian 1 🙏", "bagian 2 🙏", "bagian 3 🙏");
            InboundMessageRow message = session.getMapper(InboundMessageMapper.class)
                    .findById(Long.parseLong(messageId));
            assertThat(message.getTotalParts()).isEqualTo(3);
        }
    }

    @Test
    void emojiAndJavaneseTextSurviveTheRoundTrip() throws Exception {
        // given
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 100);
        String text = "Lampu PJU ning ds. Kalitidu mati 3 dino 😡🔦 tlg dibenakke 🙏🏽 — matur nuwun";
        // when
        String id = sink.accept(sms("emoji", text, Instant.now())).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        // then
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            assertThat(session.getMapper(InboundMessageMapper.class).findById(Long.parseLong(id)).getText())
                    .isEqualTo(text);
        }
    }

    @Test
    void fullQueueRejectsAtOnce() throws Exception {
        // given: the only writer stuck on a locked table, with one item queued behind it
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 1, 1);
        try (Connection lock = database.dataSource().getConnection();
                Statement statement = lock.createStatement()) {
            statement.execute("LOCK TABLES inbound_message WRITE");
            CompletableFuture<String> inFlight = sink.accept(sms("q1", "satu", Instant.now()));
            await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM information_schema.processlist"
                    + " WHERE state LIKE 'Waiting for table%'") > 0);
            CompletableFuture<String> queued = sink.accept(sms("q2", "dua", Instant.now()));
            // when
            CompletableFuture<String> rejected = sink.accept(sms("q3", "tiga", Instant.now()));
            // then
            assertThat(rejected).isCompletedExceptionally();
            assertThatThrownBy(rejected::join).hasCauseInstanceOf(RejectedExecutionException.class);
            assertThat(inFlight).isNotDone();
            statement.execute("UNLOCK TABLES");
            assertThat(inFlight.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isNotEqualTo(
                    queued.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @Test
    void databaseFailureFailsTheBatchAndLaterWritesWork() throws Exception {
        // given
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 100);
        execute("RENAME TABLE inbound_message TO inbound_message_away");
        CompletableFuture<String> failed;
        try {
            // when
            failed = sink.accept(sms("f1", "gagal", Instant.now()));
            assertThatThrownBy(() -> failed.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        } finally {
            execute("RENAME TABLE inbound_message_away TO inbound_message");
        }
        // then
        String id = sink.accept(sms("f2", "berhasil", Instant.now())).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(id).isNotBlank();
        assertThat(count("SELECT COUNT(*) FROM inbound_message")).isEqualTo(1);
    }

    @Test
    void closeWritesWhatIsQueuedThenRejects() throws Exception {
        // given
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 10_000);
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            futures.add(sink.accept(sms("close-" + i, "teks " + i, Instant.now())));
        }
        // when
        sink.close();
        // then
        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(count("SELECT COUNT(*) FROM inbound_message")).isEqualTo(2000);
        assertThatThrownBy(() -> sink.accept(sms("after", "x", Instant.now())).join())
                .hasCauseInstanceOf(RejectedExecutionException.class);
    }

    /** Not a benchmark: logs the rate this machine commits accepts at (see the report / BENCHMARKS.md). */
    @Test
    void loadCheck() throws Exception {
        MariaDbInboundSink sink = sink(Duration.ofMinutes(10), 50_000);
        int total = 20_000;
        List<CompletableFuture<String>> futures = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            futures.add(sink.accept(sms("load-" + i, "jalan rusak di desa " + i, Instant.now())));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Load check: {} accepts committed in {} s = {} accepts/s", total, String.format("%.2f", seconds),
                Math.round(total / seconds));
        assertThat(count("SELECT COUNT(*) FROM inbound_message")).isEqualTo(total);
    }

    private static InboundSms sms(String key, String text, Instant receivedAt) {
        return new InboundSms("kannel", "6281234567890", "1708", text, 8, 1, false, List.of(), key, receivedAt);
    }

    private static InboundPart part(String key, int seq, String text, Instant receivedAt) {
        return new InboundPart(0, "kannel", "6281234567890", "1708", 77, 3, seq, text, 8, key, receivedAt);
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
