package id.wadul.routes.camel;

import id.wadul.routes.flow.OutboxDispatcher;
import org.apache.camel.builder.RouteBuilder;

/**
 * Sends the outbox. Not started with the context: the application starts it once the gateway is up
 * (see {@link #ROUTE_ID}), so no SMS is claimed before there is a sender.
 */
public final class OutboxRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "outbox-dispatch";

    private final OutboxDispatcher dispatcher;

    public OutboxRoutes(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void configure() {
        from("timer:outbox?period={{outbox.poll.period}}")
                .routeId(ROUTE_ID)
                .autoStartup(false)
                .bean(dispatcher, "dispatchDue");
    }
}
