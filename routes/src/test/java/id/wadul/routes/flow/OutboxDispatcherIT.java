package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.sql.outbox.OutboxRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatcher against the embedded database, with a link that fails on demand (the gateway's seam). */
class OutboxDispatcherIT {

    private final FlowFixture f = new FlowFixture();
    private final Link link = new Link();

    /** An OutboundSender that answers at once: FAILED for the first {@code failures} SMS, then SENT. */
    static final class Link implements OutboundSender {
        final List<OutboundSms> sent = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        final List<CompletableFuture<SendOutcome>> held = new CopyOnWriteArrayList<>();
        volatile boolean hold;

        @Override
        public CompletableFuture<SendOutcome> send(OutboundSms sms) {
            sent.add(sms);
            if (hold) {
                CompletableFuture<SendOutcome> f = new CompletableFuture<>();
                held.add(f);
                return f;
            }
            if (failures.getAndDecrement() > 0) {
                return CompletableFuture.completedFuture(new SendOutcome(sms.id(), SendOutcome.Status.FAILED, null,
                        List.of(), "ESME_RTHROTTLED"));
            }
            return CompletableFuture.completedFuture(new SendOutcome(sms.id(), SendOutcome.Status.SENT, "demo",
                    List.of("L" + sms.id() + "a", "L" + sms.id() + "b"), null));
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void sendsWhatIsDueOnceAndRecordsTheLinkIds() {
        // given a ticket with a receipt and two forwards
        f.tickets.open(TicketServiceIT.sms("6281234567890", "jln rusak parah di kec padangan"));
        OutboxDispatcher d = f.dispatcher(link);

        // when
        assertThat(d.dispatchDue()).isEqualTo(3);

        // then they went to the link, which answered; the next run records the answers
        assertThat(link.sent).extracting(OutboundSms::source).containsOnly("1708");
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENDING");
        assertThat(d.inFlight()).isEqualTo(3);
        assertThat(d.dispatchDue()).isZero();
        assertThat(f.outbox()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("SENT");
            assertThat(r.linkMessageIds()).isEqualTo("L" + r.id() + "a,L" + r.id() + "b");
            assertThat(r.account()).isEqualTo("demo");
        });
        assertThat(link.sent).hasSize(3);
        assertThat(d.inFlight()).isZero();
    }

    @Test
    void aFailedSendIsRetriedAfterTheBackoffThenGivenUp() {
        f.tickets.open(new NewComplaint("radio", null, null, "jln rusak parah di kec padangan", false, false, false,
                false, null, null, null, List.of("dishub"), "sari", "Radio", null));
        OutboxDispatcher d = f.dispatcher(link);
        link.failures.set(1000);
        int max = f.settings.outboxMaxAttempts();

        // first attempt fails: the next run puts them back to PENDING, not due before the backoff
        assertThat(d.dispatchDue()).isEqualTo(2);
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENDING");
        assertThat(d.dispatchDue()).isZero();
        assertThat(f.outbox()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("PENDING");
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).isEqualTo("ESME_RTHROTTLED");
        });
        assertThat(d.dispatchDue()).isZero();

        // every later attempt waits longer, until the last one gives up
        for (int attempt = 2; attempt <= max; attempt++) {
            f.clock.advance(f.settings.backoffAfter(attempt - 1));
            assertThat(d.dispatchDue()).as("attempt %d", attempt).isEqualTo(2);
        }
        assertThat(d.dispatchDue()).isZero();
        assertThat(f.outbox()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("FAILED");
            assertThat(r.attempts()).isEqualTo(max);
        });
        f.clock.advance(Duration.ofDays(30));
        assertThat(d.dispatchDue()).isZero();
    }

    @Test
    void rowsLeftSendingByACrashAreSentAgainAfterARestart() {
        f.tickets.open(TicketServiceIT.sms("6281234567890", "jln rusak parah di kec padangan"));
        link.hold = true;
        OutboxDispatcher crashed = f.dispatcher(link);
        assertThat(crashed.dispatchDue()).isEqualTo(3);
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENDING");

        // a new process, a moment later, releases them at start and sends them
        f.clock.advance(Duration.ofSeconds(1));
        link.hold = false;
        OutboxDispatcher restarted = f.dispatcher(link);
        assertThat(restarted.releaseStale()).isEqualTo(3);
        assertThat(restarted.dispatchDue()).isEqualTo(3);
        assertThat(restarted.dispatchDue()).isZero();
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENT");
        // the at-least-once window: the held sends may still complete; they do not change a SENT row
        link.held.forEach(h -> h.complete(new SendOutcome("x", SendOutcome.Status.FAILED, null, List.of(), "late")));
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENT");
    }

    @Test
    void noMoreThanTheInFlightLimitIsClaimed() {
        FlowFixture limited = new FlowFixture(p -> {
            p.setProperty("outbox.max.inflight", "2");
            return p;
        }, f.messages);
        limited.tickets.open(TicketServiceIT.sms("6281234567890", "jln rusak parah di kec padangan"));
        link.hold = true;
        AtomicInteger wakes = new AtomicInteger();
        OutboxDispatcher d = new OutboxDispatcher(limited.db.sqlSessionFactory(), link, limited.settings,
                limited.clock, wakes::incrementAndGet);

        assertThat(d.dispatchDue()).isEqualTo(2);
        assertThat(d.dispatchDue()).isZero();
        // the link's answer only wakes the dispatcher; its next run records it, which makes room for one more
        link.held.get(0).complete(new SendOutcome("x", SendOutcome.Status.SENT, "demo", List.of("1"), null));
        assertThat(wakes).hasValue(1);
        assertThat(d.inFlight()).isEqualTo(2);
        assertThat(d.dispatchDue()).isEqualTo(1);
        assertThat(d.inFlight()).isEqualTo(2);
        assertThat(limited.outbox()).extracting(OutboxRow::state).containsExactlyInAnyOrder("SENT", "SENDING",
                "SENDING");
    }

    @Test
    void theFlowSendsWhatItQueuesItselfOnceTheDispatcherIsOpen() {
        FlowFixture f = new FlowFixture(p -> p, this.f.messages, link);
        OutboxDispatcher d = f.dispatcher;
        // given two complaints handled before the dispatcher is open (the gateway is not up yet)
        long a = f.receive("6281111111111", "jln rusak parah di kec padangan");
        long b = f.receive("6281222222222", "lampu jalan mati di kec kapas");
        f.inbox.handleAll(List.of(a, b));
        assertThat(link.sent).isEmpty();
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("PENDING");
        int before = f.outbox().size();

        // when it is open, two more
        d.open();
        long c = f.receive("6281333333333", "jln rusak parah di kec padangan");
        long e = f.receive("6281444444444", "lampu jalan mati di kec kapas");
        f.inbox.handleAll(List.of(c, e));

        // then theirs were inserted claimed and handed to the link after the commit, without a run
        List<OutboxRow> claimed = f.outbox().subList(before, f.outbox().size());
        assertThat(claimed).isNotEmpty().allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("SENDING");
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(link.sent).extracting(OutboundSms::id)
                .containsExactlyElementsOf(claimed.stream().map(r -> String.valueOf(r.id())).toList());
        assertThat(d.inFlight()).isEqualTo(claimed.size());

        // the next run claims the earlier PENDING ones and records the answers; each SMS went out once
        assertThat(d.dispatchDue()).isEqualTo(before);
        assertThat(d.dispatchDue()).isZero();
        assertThat(f.outbox()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("SENT");
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.linkMessageIds()).isEqualTo("L" + r.id() + "a,L" + r.id() + "b");
        });
        assertThat(link.sent).extracting(OutboundSms::id).doesNotHaveDuplicates().hasSize(f.outbox().size());
        assertThat(d.inFlight()).isZero();
    }

    @Test
    void whatDoesNotFitInFlightWaitsPendingAndARollbackGivesItsRoomBack() {
        FlowFixture limited = new FlowFixture(p -> {
            p.setProperty("outbox.max.inflight", "2");
            return p;
        }, f.messages, link);
        link.hold = true;
        OutboxDispatcher d = limited.dispatcher;
        d.open();

        // a transaction that queues three SMS but rolls back takes no room
        Writes rolledBack = sms(limited, "test:rollback", "6281", "6282", "6283");
        try (SqlSession session = limited.db.sqlSessionFactory().openSession(false)) {
            rolledBack.flush(session);
            assertThat(d.inFlight()).isEqualTo(2);
            session.rollback();
        } finally {
            rolledBack.abandoned();
        }
        assertThat(d.inFlight()).isZero();
        assertThat(limited.outbox()).isEmpty();

        // one that commits claims what fits, and queues the rest for a run
        Writes writes = sms(limited, "test:commit", "6281", "6282", "6283");
        try (SqlSession session = limited.db.sqlSessionFactory().openSession(false)) {
            writes.flush(session);
            session.commit();
        }
        writes.committed();
        assertThat(limited.outbox()).extracting(OutboxRow::state).containsExactly("SENDING", "SENDING", "PENDING");
        assertThat(link.sent).extracting(OutboundSms::destination).containsExactly("6281", "6282");
        assertThat(d.dispatchDue()).isZero();

        // once the link answered, a run makes room for the third
        link.held.forEach(h -> h.complete(new SendOutcome("x", SendOutcome.Status.SENT, "demo", List.of("1"), null)));
        assertThat(d.dispatchDue()).isEqualTo(1);
        assertThat(limited.outbox()).extracting(OutboxRow::state).containsExactly("SENT", "SENT", "SENDING");
        assertThat(d.inFlight()).isEqualTo(1);
    }

    @Test
    void smsClaimedByACommitThatCrashedBeforeSendingAreSentAfterARestart() {
        FlowFixture f = new FlowFixture(p -> p, this.f.messages, link);
        OutboxDispatcher crashed = f.dispatcher;
        crashed.open();
        Writes writes = sms(f, "test:crash", "6281", "6282");
        try (SqlSession session = f.db.sqlSessionFactory().openSession(false)) {
            writes.flush(session);
            session.commit();
        }
        // (the process dies here: committed() never runs)
        assertThat(link.sent).isEmpty();
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENDING");

        f.clock.advance(Duration.ofSeconds(5));
        OutboxDispatcher restarted = f.dispatcher(link);
        assertThat(restarted.releaseStale()).isEqualTo(2);
        assertThat(restarted.dispatchDue()).isEqualTo(2);
        assertThat(restarted.dispatchDue()).isZero();
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENT");
        assertThat(link.sent).extracting(OutboundSms::destination).containsExactly("6281", "6282");
    }

    /** A transaction's writes with one SMS per recipient under {@code eventKey}, not yet flushed. */
    private static Writes sms(FlowFixture fixture, String eventKey, String... recipients) {
        Instant now = fixture.clock.instant();
        Writes writes = new Writes(fixture.dispatcher, now);
        for (String to : recipients) {
            writes.sms(eventKey, null, to, "x " + to, now);
        }
        return writes;
    }
}
