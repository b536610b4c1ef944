package id.wadul.routes.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedeliveriesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final Redeliveries rule = new Redeliveries(Duration.ofMinutes(10), Duration.ofSeconds(2), clock);
    private final Instant started = clock.instant();

    @Test
    void aCopyWithinTheLinksResponseTimeoutIsTheSameMessage() {
        clock.advance(Duration.ofMinutes(1));
        Instant first = clock.instant();
        assertThat(rule.isRedelivery("k", first, first.plusMillis(1500))).isTrue();
    }

    @Test
    void theSameTextAfterAnAnswerTheLinkHadIsAPersonSendingAgain() {
        clock.advance(Duration.ofMinutes(1));
        Instant first = clock.instant();
        rule.committed("k", first, first.plusMillis(40));
        clock.advance(Duration.ofSeconds(30));
        assertThat(rule.isRedelivery("k", first, clock.instant())).isFalse();
    }

    @Test
    void anAnswerThatMayBeLostMakesTheNextCopyARedelivery() {
        clock.advance(Duration.ofMinutes(1));
        Instant first = clock.instant();
        rule.committed("k", first, first.plusMillis(40));
        clock.advance(Duration.ofSeconds(1));
        rule.doubt(List.of("k"));
        clock.advance(Duration.ofSeconds(20));
        assertThat(rule.isRedelivery("k", first, clock.instant())).isTrue();
        // a doubt about an older message says nothing about a newer one
        Instant second = clock.instant().plusSeconds(60);
        clock.advance(Duration.ofSeconds(120));
        assertThat(rule.isRedelivery("k", second, clock.instant())).isFalse();
    }

    @Test
    void aSlowCommitMayHaveBeenAnsweredAfterTheLinkGaveUp() {
        clock.advance(Duration.ofMinutes(1));
        Instant first = clock.instant();
        rule.committed("k", first, first.plusSeconds(3));
        clock.advance(Duration.ofSeconds(30));
        assertThat(rule.isRedelivery("k", first, clock.instant())).isTrue();
    }

    @Test
    void aMessageOfAnEarlierRunIsARedelivery() {
        Instant beforeStart = started.minusSeconds(30);
        clock.advance(Duration.ofSeconds(20));
        assertThat(rule.isRedelivery("k", beforeStart, clock.instant())).isTrue();
    }

    @Test
    void tooManyDoubtsMakeEveryCopyARedeliveryForAWindow() {
        clock.advance(Duration.ofMinutes(1));
        Instant first = clock.instant();
        rule.doubt(java.util.stream.IntStream.range(0, Redeliveries.MAX_DOUBTS + 1).mapToObj(i -> "d" + i).toList());
        clock.advance(Duration.ofSeconds(30));
        assertThat(rule.isRedelivery("other", first, clock.instant())).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(rule.isRedelivery("other", clock.instant().minusSeconds(30), clock.instant())).isFalse();
    }
}
