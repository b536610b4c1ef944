package id.wadul.routes.camel;

import id.wadul.routes.flow.FlowTransactions;
import java.util.List;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.util.concurrent.SynchronousExecutorService;

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

    private final FlowTransactions transactions;
    private final RouteSettings settings;

    public IntakeRoutes(FlowTransactions transactions, RouteSettings settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public void configure() {
        // Camel's aggregator gathers the ids of the exchanges waiting in the queue (a commit's ids, or one id)
        // into one batch, handled in one transaction: it completes with flow.intake.batch ids, or when no more
        // exchanges wait. The batch runs on the queue's own consumer thread (a synchronous executor, not the
        // aggregator's default single thread, which would queue up a small batch per arrival behind a running
        // one), so while a batch runs, new ids wait in the queue and join the next one: an id that finds the
        // flow idle goes at once, and under load batches grow to what arrived meanwhile. What is queued at
        // shutdown is not needed: those messages are RECEIVED in the database, and the sweep finds them after
        // a restart.
        int batch = settings.intakeBatch();
        SedaEndpoint queue = getContext().getEndpoint(INBOUND, SedaEndpoint.class);
        from(queue)
                .routeId("intake")
                .shutdownRunningTask(ShutdownRunningTask.CompleteCurrentTaskOnly)
                .aggregate(constant(true), new IdBatches())
                    .completionPredicate(exchange -> IdBatches.size(exchange) >= batch
                            || queue.getCurrentQueueSize() == 0)
                    .executorService(new SynchronousExecutorService())
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
