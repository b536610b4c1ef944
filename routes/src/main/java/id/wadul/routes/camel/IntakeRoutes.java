package id.wadul.routes.camel;

import id.wadul.routes.flow.InboxHandler;
import org.apache.camel.ShutdownRunningTask;
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
        // ids are gathered into batches (up to flow.intake.batch, or what arrived within flow.intake.linger ms)
        // that one thread handles, each batch in one transaction: one commit for many messages. The interval
        // (not an inactivity timeout) bounds how long an id waits however steadily they come. What is queued
        // at shutdown is not needed: those messages are RECEIVED in the database, and the sweep finds them.
        from(INBOUND)
                .routeId("intake")
                .shutdownRunningTask(ShutdownRunningTask.CompleteCurrentTaskOnly)
                .aggregate(constant(true), AggregationStrategies.groupedBody())
                    .completionSize("{{flow.intake.batch}}")
                    .completionInterval("{{flow.intake.linger}}")
                    .executorService(getContext().getExecutorServiceManager()
                            .newSingleThreadExecutor(this, "intake-batch"))
                    .to(BATCH);

        // then the outbox dispatcher sends what the batch queued
        from(BATCH)
                .routeId(BATCH_ROUTE_ID)
                .bean(handler, "handleAll(${body})")
                .to(OutboxRoutes.WAKE);

        from("timer:inbound-sweep?delay={{flow.sweep.delay}}&period={{flow.sweep.period}}")
                .routeId("inbound-sweep")
                .bean(handler, "pending({{flow.sweep.batch}})")
                .split(body())
                    .to(INBOUND + "?blockWhenFull=true&offerTimeout=10000");
    }
}
