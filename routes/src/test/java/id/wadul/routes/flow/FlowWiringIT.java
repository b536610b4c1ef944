package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.SendOutcome;
import id.wadul.routes.camel.ComplaintRoutes;
import id.wadul.routes.camel.DeliveryRoutes;
import id.wadul.routes.camel.ErrorHandling;
import id.wadul.routes.camel.EscalationRoutes;
import id.wadul.routes.camel.IntakeRoutes;
import id.wadul.routes.camel.OutboxRoutes;
import id.wadul.routes.camel.RouteSettings;
import id.wadul.routes.config.Settings;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The flow as {@code FlowWiring} builds it: its beans reach each other through endpoints only. */
class FlowWiringIT {

    private final OutboxDispatcherIT.Link link = new OutboxDispatcherIT.Link();

    @Test
    void aComplaintOpenedAtTheDeskWakesTheOutboxThroughItsEndpoint() {
        FlowFixture f = new FlowFixture();

        f.tickets.open(TicketServiceIT.sms("6281234567890", "jln rusak parah di kec padangan"));

        assertThat(f.camel.wakes()).isEqualTo(1);
    }

    @Test
    void theDispatcherSendsThroughTheLinkItWasBuiltWithAndTheLinksAnswerWakesIt() {
        FlowFixture f = new FlowFixture(p -> {
            p.setProperty("outbox.max.inflight", "1");
            return p;
        }, FlowFixture.defaultMessages(), link);
        link.hold = true;
        f.dispatcher.open();
        long id = f.receive("6281111111111", "jln rusak parah di kec padangan");

        f.inbox.handleAll(List.of(id));
        assertThat(link.sent).hasSize(1);
        assertThat(f.sentToEndpoints).isEmpty();
        link.held.get(0).complete(new SendOutcome("x", SendOutcome.Status.SENT, "demo", List.of("1"), null));

        // the answer came while the in-flight limit was reached: the dispatcher's wake-up endpoint is told
        assertThat(f.sentToEndpoints).extracting(Map.Entry::getKey).containsExactly(OutboxRoutes.WAKE);
    }

    @Test
    void theRoutesComeWithTheirErrorHandlingFirst() {
        FlowFixture f = new FlowFixture();

        assertThat(f.wiring.routes(RouteSettings.from(Settings.load(FlowFixture.CONF, new Properties())))).hasExactlyElementsOfTypes(ErrorHandling.class,
                IntakeRoutes.class, ComplaintRoutes.class, DeliveryRoutes.class,
                OutboxRoutes.class, EscalationRoutes.class);
    }
}
