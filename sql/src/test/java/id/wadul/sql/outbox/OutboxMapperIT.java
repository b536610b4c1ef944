package id.wadul.sql.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxMapperIT {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static Database db;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(db);
    }

    @Test
    void theSameEventIsQueuedOncePerRecipient() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            OutboxMapper m = s.getMapper(OutboxMapper.class);

            assertThat(m.insertIgnore(OutboxRow.pending("ticket:1:receipt", 1L, "6281", "a", NOW))).isEqualTo(1);
            assertThat(m.insertIgnore(OutboxRow.pending("ticket:1:receipt", 1L, "6281", "b", NOW))).isZero();
            assertThat(m.insertIgnore(OutboxRow.pending("ticket:1:receipt", 1L, "6282", "a", NOW))).isEqualTo(1);

            assertThat(m.findByTicket(1)).extracting(OutboxRow::recipient).containsExactly("6281", "6282");
            assertThat(m.findByTicket(1).get(0).text()).isEqualTo("a");
        }
    }

    @Test
    void claimSendRetryFailAndRelease() {
        try (SqlSession s = db.sqlSessionFactory().openSession(false)) {
            OutboxMapper m = s.getMapper(OutboxMapper.class);
            // given two rows due now and one due later
            m.insertIgnore(OutboxRow.pending("e1", null, "6281", "a", NOW));
            m.insertIgnore(OutboxRow.pending("e2", null, "6281", "b", NOW));
            m.insertIgnore(OutboxRow.pending("e3", null, "6281", "c", NOW.plus(1, ChronoUnit.HOURS)));
            s.commit();

            // when claimed
            List<OutboxRow> due = m.lockDue(NOW, 10);
            m.markSending(due.stream().map(OutboxRow::id).toList(), NOW);
            s.commit();

            // then only the due ones are SENDING, with one attempt
            assertThat(due).extracting(OutboxRow::eventKey).containsExactly("e1", "e2");
            assertThat(m.countByState("SENDING")).isEqualTo(2);
            assertThat(m.lockDue(NOW, 10)).isEmpty();
            s.commit();

            long a = due.get(0).id();
            long b = due.get(1).id();
            m.markAllSent(List.of(new SentMark(a, "demo", "m1,m2")), NOW);
            m.markRetry(b, NOW.plusSeconds(30), "no bind");
            s.commit();
            assertThat(m.findById(a).state()).isEqualTo("SENT");
            assertThat(m.findById(a).linkMessageIds()).isEqualTo("m1,m2");
            assertThat(m.findById(b).state()).isEqualTo("PENDING");
            assertThat(m.findById(b).attempts()).isEqualTo(1);
            assertThat(m.lockDue(NOW, 10)).isEmpty();
            assertThat(m.lockDue(NOW.plusSeconds(30), 10)).extracting(OutboxRow::id).containsExactly(b);
            m.markSending(List.of(b), NOW.plusSeconds(30));
            s.commit();

            // a SENDING row left by a crash goes back to PENDING; a SENT one stays
            assertThat(m.releaseStale(NOW.plusSeconds(31))).isEqualTo(1);
            s.commit();
            assertThat(m.findById(b).state()).isEqualTo("PENDING");
            assertThat(m.findById(b).attempts()).isEqualTo(2);
            assertThat(m.findById(a).state()).isEqualTo("SENT");

            m.markSending(List.of(b), NOW.plusSeconds(40));
            m.markFailed(b, "gave up");
            s.commit();
            assertThat(m.findById(b).state()).isEqualTo("FAILED");
            assertThat(m.findById(b).lastError()).isEqualTo("gave up");
        }
    }

    @Test
    void aRowLockedByOneDispatcherIsSkippedByAnother() throws Exception {
        try (SqlSession first = db.sqlSessionFactory().openSession(false)) {
            first.getMapper(OutboxMapper.class).insertIgnore(OutboxRow.pending("e1", null, "6281", "a", NOW));
            first.getMapper(OutboxMapper.class).insertIgnore(OutboxRow.pending("e2", null, "6281", "b", NOW));
            first.commit();
            assertThat(first.getMapper(OutboxMapper.class).lockDue(NOW, 1)).hasSize(1);

            List<OutboxRow> other = CompletableFuture.supplyAsync(() -> {
                try (SqlSession second = db.sqlSessionFactory().openSession(false)) {
                    return second.getMapper(OutboxMapper.class).lockDue(NOW, 10);
                }
            }).get();

            assertThat(other).extracting(OutboxRow::eventKey).containsExactly("e2");
            first.rollback();
        }
    }

    @Test
    void manyRowsAreQueuedClaimedAndMarkedSentInOneStatementEach() {
        try (SqlSession s = db.sqlSessionFactory().openSession(false)) {
            OutboxMapper m = s.getMapper(OutboxMapper.class);
            // given one row queued before, and a batch that repeats it
            m.insertIgnore(OutboxRow.pending("ticket:1:forward:dpupr", 1L, "6281", "first", NOW));
            List<OutboxRow> batch = List.of(
                    OutboxRow.pending("ticket:1:forward:dpupr", 1L, "6281", "again", NOW),
                    OutboxRow.pending("ticket:1:forward:dpupr", 1L, "6282", "Jalan rusak 😡 \"parah\"\n'x'", NOW),
                    OutboxRow.pending("msg:9:reply", null, "6283", "bantuan", NOW.plusMillis(5)));

            // when
            int inserted = m.insertIgnoreAll(batch);
            s.commit();

            // then the repeated one is not queued again; the others read back exactly, in order
            assertThat(inserted).isEqualTo(2);
            List<OutboxRow> rows = m.findAfter(0, 10);
            assertThat(rows).extracting(OutboxRow::text)
                    .containsExactly("first", "Jalan rusak 😡 \"parah\"\n'x'", "bantuan");
            assertThat(rows.get(2).ticketId()).isNull();
            assertThat(rows.get(2).nextAttemptAt()).isEqualTo(NOW.plusMillis(5));
            assertThat(rows.get(1).state()).isEqualTo("PENDING");

            // when all are claimed, and two of them sent
            m.markSending(rows.stream().map(OutboxRow::id).toList(), NOW);
            int sent = m.markAllSent(List.of(new SentMark(rows.get(0).id(), "demo", "m1"),
                    new SentMark(rows.get(2).id(), "officers", "m2,m3")), NOW.plusSeconds(1));
            s.commit();

            // then
            assertThat(sent).isEqualTo(2);
            assertThat(m.findById(rows.get(0).id())).satisfies(r -> {
                assertThat(r.state()).isEqualTo("SENT");
                assertThat(r.account()).isEqualTo("demo");
                assertThat(r.attempts()).isEqualTo(1);
                assertThat(r.sentAt()).isEqualTo(NOW.plusSeconds(1));
            });
            assertThat(m.findById(rows.get(2).id()).linkMessageIds()).isEqualTo("m2,m3");
            assertThat(m.findById(rows.get(1).id()).state()).isEqualTo("SENDING");
            // a row that is not SENDING (any more) is not marked
            assertThat(m.markAllSent(List.of(new SentMark(rows.get(0).id(), "x", "y")), NOW)).isZero();
        }
    }

    @Test
    void rowsInsertedClaimedComeBackWithTheirIdsAndOnlyWhenNew() {
        try (SqlSession s = db.sqlSessionFactory().openSession(false)) {
            OutboxMapper m = s.getMapper(OutboxMapper.class);
            // given one row queued before, and a batch that repeats it
            m.insertIgnore(OutboxRow.pending("ticket:2:forward:polres", 2L, "6281", "first", NOW));
            List<OutboxRow> batch = List.of(
                    OutboxRow.pending("ticket:2:receipt", 2L, "62812", "Tiket ABC 😀", NOW),
                    OutboxRow.pending("ticket:2:forward:polres", 2L, "6281", "again", NOW),
                    OutboxRow.pending("ticket:2:forward:polres", 2L, "6282", "Laka \"parah\"", NOW));

            // when
            List<OutboxRow> claimed = m.insertClaimedAll(batch, NOW.plusMillis(7));
            s.commit();

            // then the new ones come back in order, SENDING, attempt 1, with the ids they have in the table
            assertThat(claimed).extracting(OutboxRow::recipient).containsExactly("62812", "6282");
            assertThat(claimed).allSatisfy(r -> {
                assertThat(r.state()).isEqualTo("SENDING");
                assertThat(r.attempts()).isEqualTo(1);
                assertThat(r.claimedAt()).isEqualTo(NOW.plusMillis(7));
                assertThat(m.findById(r.id())).isEqualTo(r);
            });
            assertThat(claimed.get(0).text()).isEqualTo("Tiket ABC 😀");
            // the repeated one stays as it was; nothing claimed is due for the dispatcher
            assertThat(m.findByTicket(2)).filteredOn(r -> r.recipient().equals("6281")).singleElement()
                    .satisfies(r -> assertThat(r.text()).isEqualTo("first"));
            assertThat(m.lockDue(NOW.plusSeconds(1), 10)).extracting(OutboxRow::eventKey)
                    .containsExactly("ticket:2:forward:polres");
            s.rollback();
        }
    }
}
