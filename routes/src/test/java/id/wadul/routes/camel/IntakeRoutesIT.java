package id.wadul.routes.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.routes.flow.FlowFixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The intake routes on a real Camel context and the embedded database: hook, sweep and error handling. */
class IntakeRoutesIT extends CamelTestSupport {

    private final FlowFixtures.Handle flow = FlowFixtures.open();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        RouteSettings settings = new RouteSettings(100, Duration.ofSeconds(5), Duration.ofMillis(200), 100,
                Duration.ofSeconds(1), Duration.ofMinutes(5));
        return new RoutesBuilder[] {new ErrorHandling(), new IntakeRoutes(flow.handler(), settings)};
    }

    @AfterEach
    void close() {
        flow.close();
    }

    @Test
    void idsFromTheStoreHookAreHandled() {
        // given three stored messages
        List<Long> ids = List.of(flow.receive("6281111111111", "jln rusak parah di kec padangan"),
                flow.receive("6282222222222", "lampu jalan mati di dander sdh seminggu"),
                flow.receive("6283333333333", "halo"));
        NotifyBuilder handled = new NotifyBuilder(context).wereSentTo(IntakeRoutes.BATCH).whenCompleted(1)
                .create();

        // when the hook offers them
        ids.forEach(id -> template.sendBody(IntakeRoutes.INBOUND_OFFER, id));

        // then
        assertThat(handled.matches(30, TimeUnit.SECONDS)).isTrue();
        // (the sweep may have handled one of them first; then the hook's exchange was a no-op)
        await().atMost(30, TimeUnit.SECONDS).until(() -> ids.stream().allMatch(id -> flow.state(id).equals("HANDLED")));
        assertThat(flow.ticketCount()).isEqualTo(2);
    }

    @Test
    void theSweepFindsWhatNoHookAnnounced() {
        // given messages stored while nobody listened (e.g. before a restart)
        long a = flow.receive("6281111111111", "jln rusak parah di kec padangan");
        long b = flow.receive("6282222222222", "halo");
        NotifyBuilder swept = new NotifyBuilder(context).wereSentTo(IntakeRoutes.BATCH).whenCompleted(1)
                .create();

        // then the timer's sweep hands them to the intake
        assertThat(swept.matches(30, TimeUnit.SECONDS)).isTrue();
        await().atMost(30, TimeUnit.SECONDS).until(() -> flow.state(a).equals("HANDLED") && flow.state(b).equals("HANDLED"));
    }

    @Test
    void aFailingMessageIsLoggedAndLeftForLaterWithoutStoppingTheOthers() {
        // given an id no message has, then a good one
        long good = flow.receive("6281111111111", "halo");
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(IntakeRoutes.BATCH_ROUTE_ID).whenCompleted(2)
                .create();

        // a body the handler cannot take at all: the route's error handling logs it and goes on
        template.sendBody(IntakeRoutes.BATCH, new Object());
        // a batch with junk and an unknown id beside a good message
        template.sendBody(IntakeRoutes.BATCH, List.of("not-a-message-id", good, 999_999L));

        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(flow.state(good)).isEqualTo("HANDLED");
    }
}
