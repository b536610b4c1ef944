package id.wadul.routes.app;

import id.wadul.routes.camel.ErrorHandling;
import id.wadul.routes.camel.OutboxRoutes;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A Camel context with the flow's steps', desk and delivery routes only (no timers, no intake queue), for
 * tests that drive the flow's beans themselves: the {@link FlowWiring.Requests} its wiring is built with.
 */
public final class StepsContext implements FlowWiring.Requests, AutoCloseable {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private volatile FlowWiring.Requests requests;

    @Override
    public Object request(String uri, Object body) {
        if (requests == null) {
            throw new IllegalStateException("the steps' context is not started");
        }
        return requests.request(uri, body);
    }

    /** Adds the wiring's error handling and step routes and starts them. */
    public StepsContext start(FlowWiring wiring) {
        try {
            context.addRoutes(new ErrorHandling());
            for (var routes : wiring.stepRoutes()) {
                context.addRoutes(routes);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        context.start();
        requests = FlowWiring.requests(context.createProducerTemplate());
        return this;
    }

    /** Wake-ups the routes sent to the outbox dispatcher's endpoint (nothing consumes them here). */
    public int wakes() {
        return context.getEndpoint(OutboxRoutes.WAKE, SedaEndpoint.class).getCurrentQueueSize();
    }

    @Override
    public void close() {
        context.stop();
    }
}
