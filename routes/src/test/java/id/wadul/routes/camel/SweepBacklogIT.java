package id.wadul.routes.camel;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.flow.FlowFixtures;
import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import id.wadul.sql.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A backlog of stored, unhandled messages (what a crash under load leaves) is handed over by one run of the
 * sweep, batch after batch, not one batch per period.
 */
class SweepBacklogIT extends CamelTestSupport {

    private static final int BACKLOG = 1_000;
    private static final int SWEEP_BATCH = 100;

    private final FlowFixtures.Handle flow = FlowFixtures.open();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        // one sweep in this test: the next period is an hour away
        RouteSettings settings = new RouteSettings(100, Duration.ofSeconds(2), Duration.ofHours(1), SWEEP_BATCH,
                Duration.ofSeconds(1), Duration.ofMinutes(5));
        return new RoutesBuilder[] {new ErrorHandling(), new IntakeRoutes(flow.handler(), settings)};
    }

    @AfterEach
    void close() {
        flow.close();
    }

    @Test
    void oneSweepRunDrainsTheWholeBacklog() {
        // given a backlog ten sweep batches long, stored before the sweep's first run
        NotifyBuilder firstRun = new NotifyBuilder(context).fromRoute(IntakeRoutes.SWEEP_ROUTE_ID).whenCompleted(1)
                .create();
        storeBacklog(BACKLOG);

        // when the sweep has run once
        assertThat(firstRun.matches(120, TimeUnit.SECONDS)).isTrue();

        // then nothing of the backlog is left for the next period
        try (SqlSession s = TestDatabase.shared().sqlSessionFactory().openSession(true)) {
            assertThat(s.getMapper(InboundMessageMapper.class).countReceived()).isZero();
        }
    }

    /** Stores {@code n} messages RECEIVED in one statement (citizens' status questions: cheap to handle). */
    static void storeBacklog(int n) {
        List<InboundMessageRow> rows = new ArrayList<>(n);
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            InboundMessageRow row = new InboundMessageRow();
            row.setAccount("demo");
            row.setSource("62812" + String.format("%08d", i));
            row.setDestination("1708");
            row.setText("jalan rusak parah di desa ngeper kecamatan padangan nomor " + i);
            row.setTotalParts(1);
            row.setDedupeKey("backlog:" + i + ":" + System.nanoTime());
            row.setReceivedAt(now);
            rows.add(row);
        }
        try (SqlSession s = TestDatabase.shared().sqlSessionFactory().openSession(true)) {
            s.getMapper(InboundMessageMapper.class).insertAll(rows);
        }
    }
}
