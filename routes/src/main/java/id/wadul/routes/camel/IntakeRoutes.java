package id.wadul.routes.camel;

import id.wadul.routes.flow.InboxHandler;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;

/**
 * Stored inbound messages into the flow. The store's after-commit hook sends each new message id to
 * {@code seda:inbound}; a timer sweeps RECEIVED messages too (after a restart, or when the queue was full).
 * Handling is idempotent: a message already HANDLED is skipped.
 */
public final class IntakeRoutes extends RouteBuilder {

    public static final String INBOUND = "seda:inbound";
    /** Where the store's hook offers new ids without blocking: when the queue is full the sweep finds them. */
    public static final String INBOUND_OFFER = INBOUND + "?blockWhenFull=false";

    /** Where batches of ids go; its route id is {@value #BATCH_ROUTE_ID}. */
    public static final String BATCH = "direct:intake-batch";
    public static final String BATCH_ROUTE_ID = "intake-batch";

    private final InboxHandler handler;

    public IntakeRoutes(InboxHandler handler) {
        this.handler = handler;
    }

    @Override
    public void configure() {
        // ids are gathered into batches (up to flow.intake.batch, or what arrived within flow.intake.linger)
        // that one thread handles, each batch in one transaction: one commit for many messages
        from(INBOUND)
                .routeId("intake")
                .aggregate(constant(true), AggregationStrategies.groupedBody())
                    .completionSize("{{flow.intake.batch}}")
                    .completionTimeout("{{flow.intake.linger}}")
                    .executorService(getContext().getExecutorServiceManager()
                            .newSingleThreadExecutor(this, "intake-batch"))
                    .to(BATCH);

        from(BATCH)
                .routeId(BATCH_ROUTE_ID)
                .bean(handler, "handleAll(${body})");

        from("timer:inbound-sweep?delay={{flow.sweep.delay}}&period={{flow.sweep.period}}")
                .routeId("inbound-sweep")
                .bean(handler, "pending({{flow.sweep.batch}})")
                .split(body())
                    .to(INBOUND + "?blockWhenFull=true&offerTimeout=10000");
    }
}
