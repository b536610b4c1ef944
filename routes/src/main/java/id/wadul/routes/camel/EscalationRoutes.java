package id.wadul.routes.camel;

import id.wadul.routes.flow.Escalator;
import org.apache.camel.builder.RouteBuilder;

/** Reminds units of overdue tickets. */
public final class EscalationRoutes extends RouteBuilder {

    private final Escalator escalator;

    public EscalationRoutes(Escalator escalator) {
        this.escalator = escalator;
    }

    @Override
    public void configure() {
        from("timer:escalation?delay={{escalation.period}}&period={{escalation.period}}")
                .routeId("escalation")
                .bean(escalator, "escalateOverdue");
    }
}
