package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.outbox.OutboxRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

/** The daily limit on the embedded database: counted per number and day, the first message over it answered. */
class DailyLimitIT {

    private static final String CITIZEN = "6281234567890";
    private static final String OTHER = "6281111111111";

    private final FlowFixture f = new FlowFixture(p -> {
        p.setProperty("flow.limit.daily", "2");
        return p;
    }, FlowFixture.defaultMessages());
    private final DailyLimit limit = new DailyLimit(f.responsibilities, f.messages, f.settings);

    @Test
    void oneByOneTheThirdMessageIsOverAndOnlyItIsAnswered() {
        Instant now = f.clock.instant();
        try (SqlSession session = f.db.sqlSessionFactory().openSession(false)) {
            assertThat(limit.over(session, message(1, CITIZEN), now, null)).isFalse();
            assertThat(limit.over(session, message(2, CITIZEN), now, null)).isFalse();
            assertThat(limit.over(session, message(3, CITIZEN), now, null)).isTrue();
            assertThat(limit.over(session, message(4, CITIZEN), now, null)).isTrue();
            assertThat(limit.over(session, message(5, OTHER), now, null)).isFalse();
            session.commit();
        }
        assertThat(f.outboxTo(CITIZEN)).extracting(OutboxRow::eventKey).containsExactly("msg:3:reply");
        assertThat(f.outboxTo(CITIZEN).get(0).text()).contains("batas 2 SMS");
    }

    @Test
    void aBatchIsCountedWithOneUpsertAndAdvancedMessageByMessage() {
        Instant now = f.clock.instant();
        Map<Long, Inbox.Stored> claimed = Map.of(1L, message(1, CITIZEN), 2L, message(2, CITIZEN),
                3L, message(3, CITIZEN), 4L, message(4, OTHER));
        try (SqlSession session = f.db.sqlSessionFactory().openSession(false)) {
            Map<String, Integer> counted = limit.countAll(session, List.of(1L, 2L, 3L, 4L), claimed, now);
            assertThat(counted).containsEntry(CITIZEN, 0).containsEntry(OTHER, 0);

            assertThat(List.of(1L, 2L, 3L, 4L)).map(id -> limit.over(session, claimed.get(id), now, counted))
                    .containsExactly(false, false, true, false);
            session.commit();
        }
        assertThat(f.outboxTo(CITIZEN)).extracting(OutboxRow::eventKey).containsExactly("msg:3:reply");
        assertThat(f.outboxTo(OTHER)).isEmpty();
    }

    private Inbox.Stored message(long id, String from) {
        return new Inbox.Stored(id, from, "1708", "halo", f.clock.instant());
    }
}
