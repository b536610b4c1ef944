package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.console.BlockedNumberMapper;
import java.time.Duration;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A number blocked from the office console (spam, a prank) is ignored by the flow like conf's blocklist, until
 * the block ends; then its messages are complaints again.
 */
class ConsoleBlockIT {

    static final String PRANKSTER = "6281377770001";
    static final String ROAD = "jalan rusak parah di desa kuncen kec padangan tolong diperbaiki";
    FlowFixture f;

    @BeforeEach
    void start() {
        f = new FlowFixture(p -> p, FlowFixture.defaultMessages());
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aBlockedNumberIsIgnoredUntilItsBlockEnds() {
        try (SqlSession s = f.db.sqlSessionFactory().openSession(true)) {
            s.getMapper(BlockedNumberMapper.class).block(PRANKSTER, f.clock.instant().plus(Duration.ofDays(7)),
                    "iseng", null, "sari", f.clock.instant());
        }

        long during = f.handle(PRANKSTER, ROAD);
        assertThat(f.state(during)).isEqualTo("HANDLED");
        assertThat(f.ticketsOfMessage(during)).isEmpty();
        assertThat(f.outboxTo(PRANKSTER)).as("the flow's blocklistReply is off: no answer").isEmpty();

        f.clock.advance(Duration.ofDays(7).plusMinutes(1));
        long after = f.handle(PRANKSTER, ROAD);
        assertThat(f.ticketsOfMessage(after)).hasSize(1);
        assertThat(f.outboxTo(PRANKSTER)).hasSize(1);
    }
}
