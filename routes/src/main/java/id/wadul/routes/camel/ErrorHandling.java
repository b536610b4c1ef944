package id.wadul.routes.camel;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error handling of every route. A failed exchange is logged and dropped: each route works on committed
 * state, so a failure rolls back its transaction and the next timer run or sweep tries again.
 */
public final class ErrorHandling extends RouteConfigurationBuilder {

    @Override
    public void configuration() {
        routeConfiguration()
                .onException(Exception.class)
                    .handled(true)
                    .log(LoggingLevel.ERROR, "id.wadul.routes.camel.ErrorHandling",
                            "Route ${routeId} failed on ${body}: ${exception}");
    }
}
