package id.wadul.routes.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.routes.flow.FlowFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The intake's batches, made by Camel's aggregator: the ids that came, in order, up to flow.intake.batch. */
class IntakeBatchingIT extends CamelTestSupport {

    private static final int BATCH = 5;

    private final FlowFixtures.Handle flow = FlowFixtures.open();

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withUseAdviceWith(true);
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        // no sweep during the test
        RouteSettings settings = new RouteSettings(BATCH, Duration.ofHours(1), Duration.ofHours(1), 100,
                Duration.ofSeconds(1), Duration.ofMinutes(5));
        return new RoutesBuilder[] {new ErrorHandling(), new IntakeRoutes(flow.handler(), settings)};
    }

    @AfterEach
    void close() {
        flow.close();
    }

    @Test
    void idsWaitingInTheQueueAreHandedOverTogetherInOrderAndNoBatchOutgrowsTheLimit() throws Exception {
        // given the batches watched, and ids queued while the intake is stopped: a commit's list and single ids
        AdviceWith.adviceWith(context, IntakeRoutes.BATCH_ROUTE_ID, a -> a.weaveAddFirst().to("mock:batches"));
        context.start();
        context.getRouteController().stopRoute("intake");
        template.sendBody(IntakeRoutes.INBOUND_OFFER, List.of(1L, 2L));
        template.sendBody(IntakeRoutes.INBOUND_OFFER, List.of(3L, 4L));
        LongStream.rangeClosed(5, 100).forEach(id -> template.sendBody(IntakeRoutes.INBOUND_OFFER, id));
        MockEndpoint batches = getMockEndpoint("mock:batches");

        // when the intake starts
        context.getRouteController().startRoute("intake");

        // then every id arrives once, in order, in batches of at most the limit, and waiting ids share a batch
        await().atMost(30, TimeUnit.SECONDS).until(() -> ids(batches).size() == 100);
        assertThat(ids(batches)).containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
        assertThat(batches.getExchanges()).allSatisfy(e -> assertThat(e.getIn().getBody(List.class))
                .hasSizeBetween(1, BATCH));
        assertThat(batches.getExchanges()).hasSizeLessThan(100);
        // and each exchange taken from the queue completed in Camel (none is left in flight)
        await().atMost(30, TimeUnit.SECONDS).until(() -> context.getInflightRepository().size() == 0);
    }

    @Test
    void anIdThatComesAloneIsHandedOverWithoutWaitingForOthers() throws Exception {
        AdviceWith.adviceWith(context, IntakeRoutes.BATCH_ROUTE_ID, a -> a.weaveAddFirst().to("mock:batches"));
        context.start();
        MockEndpoint batches = getMockEndpoint("mock:batches");
        long id = flow.receive("6281111111111", "jln rusak parah di kec padangan");

        template.sendBody(IntakeRoutes.INBOUND_OFFER, List.of(id));

        await().atMost(30, TimeUnit.SECONDS).until(() -> flow.state(id).equals("HANDLED"));
        assertThat(ids(batches)).containsExactly(id);
    }

    @Test
    void idsThatComeWhileABatchIsHandledWaitInTheQueueAndJoinTheNextBatch() throws Exception {
        // given a first batch that is held until released
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        AdviceWith.adviceWith(context, IntakeRoutes.BATCH_ROUTE_ID, a -> a.weaveAddFirst().process(exchange -> {
            if (first.compareAndSet(true, false)) {
                release.await(30, TimeUnit.SECONDS);
            }
        }).to("mock:batches"));
        context.start();
        MockEndpoint batches = getMockEndpoint("mock:batches");
        SedaEndpoint queue = context.getEndpoint(IntakeRoutes.INBOUND, SedaEndpoint.class);
        template.sendBody(IntakeRoutes.INBOUND_OFFER, List.of(1L));
        await().atMost(30, TimeUnit.SECONDS).until(() -> !first.get());

        // when 20 ids come one by one while the first batch is handled
        LongStream.rangeClosed(2, 21).forEach(id -> template.sendBody(IntakeRoutes.INBOUND_OFFER, id));

        // then they wait in the queue (no batch is formed behind the running one) ...
        await().during(200, TimeUnit.MILLISECONDS).atMost(30, TimeUnit.SECONDS)
                .until(() -> queue.getCurrentQueueSize() == 20);
        // ... and once it is done they are handed over together, in full batches
        release.countDown();
        await().atMost(30, TimeUnit.SECONDS).until(() -> ids(batches).size() == 21);
        assertThat(batches.getExchanges()).extracting(e -> e.getIn().getBody(List.class)).containsExactly(
                List.of(1L), range(2, 6), range(7, 11), range(12, 16), range(17, 21));
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Object> ids(MockEndpoint batches) {
        List<Object> all = new ArrayList<>();
        for (Exchange e : batches.getExchanges()) {
            all.addAll(e.getIn().getBody(List.class));
        }
        return all;
    }
}
