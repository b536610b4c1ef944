package id.wadul.routes.camel;

import id.wadul.routes.flow.FlowTransactions;
import java.util.List;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.builder.RouteBuilder;

/**
 * Stored inbound messages into the flow. The store's after-commit hook sends the ids of each commit to
 * {@code seda:inbound}; a timer sweeps RECEIVED messages too (after a restart, after a database outage, or
 * when the queue was full). Handling is idempotent: a message already HANDLED is skipped.
 */
public final class IntakeRoutes extends RouteBuilder {

    public static final String INBOUND = "seda:inbound";
    /**
     * Where the store's hook offers new ids (one, or a list) without blocking: when the queue is full the
     * sweep finds them.
     */
    public static final String INBOUND_OFFER = INBOUND + "?blockWhenFull=false";

    /** Where batches of ids go; its route id is {@value #BATCH_ROUTE_ID}. */
    public static final String BATCH = "direct:intake-batch";
    public static final String BATCH_ROUTE_ID = "intake-batch";

    /** The sweep's route id. */
    public static final String SWEEP_ROUTE_ID = "inbound-sweep";
    private static final String MORE = "sweepFoundFullBatch";
    /** The longest an id waits for others to join its batch, in milliseconds. */
    static final long BATCH_INTERVAL_MS = 5;

    private final FlowTransactions transactions;
    private final RouteSettings settings;

    public IntakeRoutes(FlowTransactions transactions, RouteSettings settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public void configure() {
        // Camel's aggregator gathers the ids of the exchanges that come (a commit's ids, or one id) into one
        // batch, handled in one transaction: complete with flow.intake.batch ids, or at the latest every
        // BATCH_INTERVAL_MS, so an id that comes alone waits that long at most, and under load a commit serves
        // many messages. What is gathered at shutdown is not needed: those messages are RECEIVED in the
        // database, and the sweep finds them after a restart.
        int batch = settings.intakeBatch();
        from(INBOUND)
                .routeId("intake")
                .shutdownRunningTask(ShutdownRunningTask.CompleteCurrentTaskOnly)
                .aggregate(constant(true), new IdBatches())
                    .completionPredicate(exchange -> IdBatches.size(exchange) >= batch)
                    .completionInterval(BATCH_INTERVAL_MS)
                    .to(BATCH)
                .end();

        // one transaction around the steps (ComplaintRoutes), then the outbox dispatcher sends what it queued
        from(BATCH)
                .routeId(BATCH_ROUTE_ID)
                .bean(transactions, "handleAll(${body})")
                .to(OutboxRoutes.WAKE);

        // the sweep hands the backlog (RECEIVED messages, oldest first) to the batch route itself, batch after
        // batch while it finds full ones: at the flow's own rate, not one batch per period. Its batches and the
        // intake's take turns (FlowTransactions), so a new message waits for one backlog batch at most.
        int sweepBatch = settings.sweepBatch();
        from(RouteSettings.timer("inbound-sweep", settings.sweepDelay(), settings.sweepPeriod()))
                .routeId(SWEEP_ROUTE_ID)
                .setProperty(MORE, constant(true))
                .loopDoWhile(exchange -> exchange.getProperty(MORE, Boolean.class)
                        && !exchange.getContext().isStopping())
                    .bean(transactions, "pending(" + sweepBatch + ")")
                    .process(exchange -> exchange.setProperty(MORE,
                            exchange.getIn().getBody(List.class).size() >= sweepBatch))
                    .filter(simple("${body.size} > 0"))
                        .to(BATCH)
                    .end()
                .end();
    }
}
