package id.wadul.routes.camel;

import id.wadul.routes.understand.Decider;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;

/**
 * Keeps the learned routing up to date: soon after the start and then every {@code learn.retrain.period}, the
 * decider retrains when the labels changed (a decider that never needs it, the rules alone, gets no route).
 */
public final class LearningRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "learning";

    private final Decider decider;

    public LearningRoutes(Decider decider) {
        this.decider = decider;
    }

    @Override
    public void configure() {
        decider.refreshPeriod().ifPresent(period ->
                from(RouteSettings.timer("learning", Duration.ofSeconds(1), period))
                        .routeId(ROUTE_ID)
                        .process(exchange -> decider.refresh()));
    }
}
