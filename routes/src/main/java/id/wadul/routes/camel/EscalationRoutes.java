package id.wadul.routes.camel;

import id.wadul.routes.flow.Escalator;
import org.apache.camel.builder.RouteBuilder;

/** Reminds units of overdue tickets. */
public final class EscalationRoutes extends RouteBuilder {

    private final Escalator escalator;
    private final RouteSettings settings;

    public EscalationRoutes(Escalator escalator, RouteSettings settings) {
        this.escalator = escalator;
        this.settings = settings;
    }

    @Override
    public void configure() {
        from(RouteSettings.timer("escalation", settings.escalationPeriod(), settings.escalationPeriod()))
                .routeId("escalation")
                .bean(escalator, "escalateOverdue");
    }
}
