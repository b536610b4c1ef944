package id.wadul.routes.camel;

import org.apache.camel.ExchangePattern;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling of every route. A failed exchange is logged and dropped: each route works on committed
 * state, so a failure rolls back its transaction and the next timer run or sweep tries again. A caller that
 * waits for the answer (request-reply: the batch's transaction around the steps, a desk call) gets the
 * exception instead: it rolls back, and decides what is next.
 */
public final class ErrorHandling extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        routeConfiguration()
                .onException(Exception.class)
                    .onWhen(exchange -> exchange.getPattern() == ExchangePattern.InOut)
                    .handled(false)
                .end()
                .onException(Exception.class)
                    .handled(true)
                    .log(LoggingLevel.ERROR, "id.wadul.routes.camel.ErrorHandling",
                            "Route ${routeId} failed on ${body}: ${exception}");
    }
}
