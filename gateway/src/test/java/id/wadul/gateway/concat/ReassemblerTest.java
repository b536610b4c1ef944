package id.wadul.gateway.concat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSms;
import id.wadul.gateway.text.DedupeKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReassemblerTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final MutableClock clock = new MutableClock(T0);
    private final Reassembler reassembler = new Reassembler(TIMEOUT, clock, 100);

    private static InboundPart part(String account, String source, int reference, int total, int seq, String text) {
        long id = reference * 1000L + seq;
        return new InboundPart(id, account, source, "1708", reference, total, seq, text, 0,
                DedupeKeys.forPart(source, "1708", reference, total, seq, text), T0.plusSeconds(seq));
    }

    private static InboundPart part(int reference, int total, int seq, String text) {
        return part("link-a", "6281234567890", reference, total, seq, text);
    }

    @Test
    void assemblesPartsInOrder() {
        assertThat(reassembler.add(part(7, 3, 1, "Jln rusak parah "))).isEmpty();
        assertThat(reassembler.add(part(7, 3, 2, "di ds. Sumberrejo, "))).isEmpty();
        assertThat(reassembler.pending()).isEqualTo(1);
        Assembled done = reassembler.add(part(7, 3, 3, "tlg diperbaiki")).orElseThrow();

        assertThat(done.incomplete()).isFalse();
        assertThat(done.total()).isEqualTo(3);
        assertThat(done.text()).isEqualTo("Jln rusak parah di ds. Sumberrejo, tlg diperbaiki");
        assertThat(done.partIds()).containsExactly(7001L, 7002L, 7003L);
        assertThat(done.first().seq()).isEqualTo(1);
        assertThat(reassembler.pending()).isZero();
        assertThat(reassembler.expire()).isEmpty();
    }

    @Test
    void assemblesPartsOutOfOrderAndBuildsTheSms() {
        assertThat(reassembler.add(part(9, 3, 3, "c"))).isEmpty();
        assertThat(reassembler.add(part(9, 3, 1, "a"))).isEmpty();
        Assembled done = reassembler.add(part(9, 3, 2, "b")).orElseThrow();
        assertThat(done.parts()).extracting(InboundPart::seq).containsExactly(1, 2, 3);

        InboundSms sms = done.toSms();
        assertThat(sms.text()).isEqualTo("abc");
        assertThat(sms.account()).isEqualTo("link-a");
        assertThat(sms.source()).isEqualTo("6281234567890");
        assertThat(sms.destination()).isEqualTo("1708");
        assertThat(sms.totalParts()).isEqualTo(3);
        assertThat(sms.incomplete()).isFalse();
        assertThat(sms.partIds()).containsExactly(9001L, 9002L, 9003L);
        assertThat(sms.receivedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(sms.dedupeKey()).isEqualTo(DedupeKeys.forAssembled("6281234567890", "1708", 9, 3, "abc"));
    }

    @Test
    void duplicateSeqIsIgnoredFirstWins() {
        assertThat(reassembler.add(part(5, 2, 1, "first"))).isEmpty();
        assertThat(reassembler.add(part(5, 2, 1, "second"))).isEmpty();
        assertThat(reassembler.pending()).isEqualTo(1);
        Assembled done = reassembler.add(part(5, 2, 2, " end")).orElseThrow();
        assertThat(done.text()).isEqualTo("first end");
        assertThat(done.parts()).hasSize(2);
    }

    @Test
    void partResubmittedAfterCompletionIsIgnoredWhileRemembered() {
        reassembler.add(part(6, 2, 1, "Lampu jalan "));
        assertThat(reassembler.add(part(6, 2, 2, "mati"))).isPresent();

        assertThat(reassembler.add(part(6, 2, 2, "mati"))).isEmpty();
        assertThat(reassembler.add(part("link-b", "6281234567890", 6, 2, 1, "Lampu jalan "))).isEmpty();
        assertThat(reassembler.pending()).as("resubmitted parts start no new message").isZero();

        assertThat(reassembler.add(part(6, 2, 1, "Pesan baru, "))).as("same reference, other text").isEmpty();
        assertThat(reassembler.pending()).isEqualTo(1);
        assertThat(reassembler.add(part(6, 2, 2, "mati"))).map(Assembled::text).contains("Pesan baru, mati");

        clock.advance(TIMEOUT.plusMillis(1));
        assertThat(reassembler.add(part(6, 2, 2, "mati"))).as("forgotten after the timeout").isEmpty();
        assertThat(reassembler.pending()).isEqualTo(1);
    }

    @Test
    void keyIsSourceDestinationReferenceAndTotalNotAccount() {
        reassembler.add(part("link-a", "6281234567890", 1, 2, 1, "a"));
        reassembler.add(part("link-a", "6281111111111", 1, 2, 2, "x"));
        reassembler.add(part("link-a", "6281234567890", 1, 3, 2, "y"));
        reassembler.add(part("link-a", "6281234567890", 2, 2, 2, "z"));
        assertThat(reassembler.pending()).isEqualTo(4);
        Optional<Assembled> done = reassembler.add(part("link-b", "6281234567890", 1, 2, 2, "b"));
        assertThat(done).map(Assembled::text).contains("ab");
        assertThat(reassembler.pending()).isEqualTo(3);
    }

    @Test
    void expiresIncompleteMessagesAfterTheTimeout() {
        reassembler.add(part(3, 3, 2, "tengah "));
        reassembler.add(part(3, 3, 3, "akhir"));
        clock.advance(Duration.ofSeconds(30));
        reassembler.add(part(4, 2, 1, "later"));

        clock.advance(TIMEOUT.minusSeconds(30));
        assertThat(reassembler.expire()).as("exactly the timeout is not more than it").isEmpty();

        clock.advance(Duration.ofMillis(1));
        List<Assembled> expired = reassembler.expire();
        assertThat(expired).hasSize(1);
        Assembled incomplete = expired.get(0);
        assertThat(incomplete.incomplete()).isTrue();
        assertThat(incomplete.text()).isEqualTo("tengah akhir");
        assertThat(incomplete.toSms().incomplete()).isTrue();
        assertThat(incomplete.toSms().totalParts()).isEqualTo(3);
        assertThat(incomplete.toSms().partIds()).containsExactly(3002L, 3003L);
        assertThat(reassembler.pending()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        assertThat(reassembler.expire()).extracting(Assembled::text).containsExactly("later");
        assertThat(reassembler.pending()).isZero();
        assertThat(reassembler.expire()).isEmpty();
    }

    @Test
    void evictsTheOldestGroupBeyondMaxPendingAndHandsItToExpire() {
        Reassembler small = new Reassembler(TIMEOUT, clock, 2);
        small.add(part(1, 2, 1, "one"));
        small.add(part(2, 2, 1, "two"));
        small.add(part(3, 2, 1, "three"));
        assertThat(small.pending()).isEqualTo(2);
        // the evicted group is gone: its second part starts a new group, which evicts "two"
        small.add(part(1, 2, 2, "late"));

        List<Assembled> evicted = small.expire();
        assertThat(evicted).extracting(Assembled::text).containsExactly("one", "two");
        assertThat(evicted).allSatisfy(a -> assertThat(a.incomplete()).isTrue());
        assertThat(small.pending()).isEqualTo(2);
        assertThat(small.expire()).isEmpty();
        assertThat(small.add(part(3, 2, 2, " done"))).map(Assembled::text).contains("three done");
    }

    @Test
    void rejectsPartsOutOfRange() {
        assertThatThrownBy(() -> reassembler.add(part(1, 2, 3, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reassembler.add(part(1, 2, 0, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reassembler.add(part(1, 0, 1, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reassembler(TIMEOUT, clock, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentAddsCompleteEveryMessageExactlyOnce() throws Exception {
        int messages = 2000;
        int total = 4;
        Reassembler shared = new Reassembler(TIMEOUT, clock, messages);
        // One thread per seq plus one resubmitting part 2 on another bind, all walking the messages in
        // the same order, so the parts of one message race each other.
        List<List<InboundPart>> lanes = new ArrayList<>();
        for (int lane = 0; lane <= total; lane++) {
            List<InboundPart> parts = new ArrayList<>();
            int seq = lane == total ? 2 : lane + 1;
            String account = lane == total ? "link-x" : "link-" + (lane % 2);
            for (int ref = 0; ref < messages; ref++) {
                parts.add(part(account, "62812" + (1000000 + ref), ref & 0xFF, total, seq, ref + "/" + seq + ";"));
            }
            lanes.add(parts);
        }

        ConcurrentLinkedQueue<Assembled> completed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(lanes.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<InboundPart> lane : lanes) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (InboundPart p : lane) {
                        shared.add(p).ifPresent(completed::add);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(shared.pending()).isZero();
        assertThat(shared.expire()).isEmpty();
        assertThat(completed).hasSize(messages);
        assertThat(completed).extracting(a -> a.first().source()).doesNotHaveDuplicates();
        assertThat(completed).allSatisfy(a -> {
            String ref = Integer.toString(Integer.parseInt(a.first().source().substring(5)) - 1000000);
            assertThat(a.incomplete()).isFalse();
            assertThat(a.parts()).extracting(InboundPart::seq).containsExactly(1, 2, 3, 4);
            assertThat(a.text()).isEqualTo(ref + "/1;" + ref + "/2;" + ref + "/3;" + ref + "/4;");
        });
    }
}
