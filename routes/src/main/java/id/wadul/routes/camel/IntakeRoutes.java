package id.wadul.routes.camel;

import id.wadul.routes.flow.InboxHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.apache.camel.Exchange;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.seda.SedaEndpoint;

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

    private final InboxHandler handler;
    private final RouteSettings settings;

    public IntakeRoutes(InboxHandler handler, RouteSettings settings) {
        this.handler = handler;
        this.settings = settings;
    }

    @Override
    public void configure() {
        // one thread takes the ids of the oldest exchange and of every exchange waiting behind it (up to
        // flow.intake.batch ids) and hands them over as one batch, handled in one transaction: an id that finds
        // the thread idle goes at once, and under load batches grow to what arrived meanwhile, so a commit
        // serves many messages. What is queued at shutdown is not needed: those messages are RECEIVED in the
        // database, and the sweep finds them after a restart.
        int batch = settings.intakeBatch();
        from(INBOUND)
                .routeId("intake")
                .shutdownRunningTask(ShutdownRunningTask.CompleteCurrentTaskOnly)
                .process(exchange -> exchange.getIn().setBody(withWaiting(exchange, batch)))
                .to(BATCH);

        // then the outbox dispatcher sends what the batch queued
        from(BATCH)
                .routeId(BATCH_ROUTE_ID)
                .bean(handler, "handleAll(${body})")
                .to(OutboxRoutes.WAKE);

        // the sweep hands the backlog (RECEIVED messages, oldest first) to the batch route itself, batch after
        // batch while it finds full ones: at the flow's own rate, not one batch per period. Its batches and the
        // intake's take turns (InboxHandler.handleAll), so a new message waits for one backlog batch at most.
        int sweepBatch = settings.sweepBatch();
        from(RouteSettings.timer("inbound-sweep", settings.sweepDelay(), settings.sweepPeriod()))
                .routeId(SWEEP_ROUTE_ID)
                .setProperty(MORE, constant(true))
                .loopDoWhile(exchange -> exchange.getProperty(MORE, Boolean.class)
                        && !exchange.getContext().isStopping())
                    .bean(handler, "pending(" + sweepBatch + ")")
                    .process(exchange -> exchange.setProperty(MORE,
                            exchange.getIn().getBody(List.class).size() >= sweepBatch))
                    .filter(simple("${body.size} > 0"))
                        .to(BATCH)
                    .end()
                .end();
    }

    /**
     * The exchange's ids (one id, or a list of them) and those of the exchanges waiting behind it in the
     * queue, which are taken from it, until there are {@code batch} ids. The store and the sweep send their
     * ids in-only, so nobody waits for the exchanges taken here.
     */
    static List<Object> withWaiting(Exchange exchange, int batch) {
        List<Object> ids = new ArrayList<>();
        addIds(ids, exchange.getIn().getBody());
        BlockingQueue<Exchange> queue = ((SedaEndpoint) exchange.getFromEndpoint()).getQueue();
        while (ids.size() < batch) {
            Exchange waiting = queue.poll();
            if (waiting == null) {
                break;
            }
            addIds(ids, waiting.getIn().getBody());
        }
        return ids;
    }

    private static void addIds(List<Object> ids, Object body) {
        if (body instanceof Collection<?> many) {
            ids.addAll(many);
        } else if (body != null) {
            ids.add(body);
        }
    }
}
