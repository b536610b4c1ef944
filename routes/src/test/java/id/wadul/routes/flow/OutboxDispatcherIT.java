package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.sql.outbox.OutboxRow;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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
        OutboxDispatcher d = limited.dispatcher(link);

        AtomicInteger wakes = new AtomicInteger();
        d.onAnswered(wakes::incrementAndGet);

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
}
