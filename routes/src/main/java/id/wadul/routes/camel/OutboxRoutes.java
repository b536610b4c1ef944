package id.wadul.routes.camel;

import id.wadul.routes.flow.OutboxDispatcher;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;

/**
 * Sends the outbox: whenever something wakes it ({@link #WAKE}: the flow committed new outbox rows, the link
 * answered), and on a timer for retries that fall due. Neither route starts with the context: the
 * application starts them once the gateway is up ({@link #ROUTE_IDS}), so no SMS is claimed before there is
 * a sender. A wake sent while they are stopped waits in the queue.
 */
public final class OutboxRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "outbox-dispatch";
    public static final String WAKE_ROUTE_ID = "outbox-wake";
    public static final List<String> ROUTE_IDS = List.of(WAKE_ROUTE_ID, ROUTE_ID);

    /**
     * Where to send anything (without blocking) to make the dispatcher run soon. One wake-up waits at most:
     * more while one is waiting would only repeat it.
     */
    public static final String WAKE = "seda:outbox-wake?size=1&discardWhenFull=true";

    private final OutboxDispatcher dispatcher;
    private final RouteSettings settings;

    public OutboxRoutes(OutboxDispatcher dispatcher, RouteSettings settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public void configure() {
        from(WAKE)
                .routeId(WAKE_ROUTE_ID)
                .autoStartup(false)
                .bean(dispatcher, "dispatchDue");

        from(RouteSettings.timer("outbox", settings.outboxPollPeriod(), settings.outboxPollPeriod()))
                .routeId(ROUTE_ID)
                .autoStartup(false)
                .bean(dispatcher, "dispatchDue");
    }
}
