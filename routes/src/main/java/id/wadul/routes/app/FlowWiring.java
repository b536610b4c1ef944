package id.wadul.routes.app;

import id.wadul.gateway.OutboundSender;
import id.wadul.routes.camel.ErrorHandling;
import id.wadul.routes.camel.EscalationRoutes;
import id.wadul.routes.camel.IntakeRoutes;
import id.wadul.routes.camel.LearningRoutes;
import id.wadul.routes.camel.OutboxRoutes;
import id.wadul.routes.camel.RouteSettings;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.flow.Escalator;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Inbox;
import id.wadul.routes.flow.InboxHandler;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.OutboxDispatcher;
import id.wadul.routes.flow.TicketService;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.apache.camel.RoutesBuilder;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the complaint flow once: its beans, each given what it needs at construction, and the Camel routes
 * over them. The application, the bench and the tests build the flow with it. The beans reach the rest of the
 * flow only through endpoints ({@link Endpoints}): the store's commit hook offers new message ids to the
 * intake ({@link #storeHook}), the ticket service and the link's answers wake the outbox dispatcher.
 */
public final class FlowWiring {

    private static final Logger LOG = LoggerFactory.getLogger(FlowWiring.class);

    /** Sends a body to a Camel endpoint without waiting for it to be handled: the app's ProducerTemplate. */
    @FunctionalInterface
    public interface Endpoints {
        void send(String uri, Object body);
    }

    private final OutboxDispatcher dispatcher;
    private final TicketService tickets;
    private final InboxHandler handler;
    private final Escalator escalator;
    /** The learned routing's retraining; none for the rules alone. */
    private final Optional<LearningRoutes> learning;

    /**
     * @param sender    the gateway's outbound sender (nothing is sent before {@link OutboxDispatcher#open()})
     * @param endpoints where the beans' wake-ups and the store's ids go
     */
    public FlowWiring(SqlSessionFactory sessions, ComplaintAnalyzer analyzer, Messages messages, FlowSettings settings,
            Clock clock, RandomGenerator random, OutboundSender sender, Endpoints endpoints) {
        Responsibilities routing = analyzer.responsibilities();
        Runnable wakeOutbox = () -> endpoints.send(OutboxRoutes.WAKE, null);
        dispatcher = new OutboxDispatcher(sessions, sender, settings, clock, wakeOutbox);
        tickets = new TicketService(sessions, analyzer, Region.load(settings.regencyCode()), routing, messages,
                settings, clock, random, dispatcher, wakeOutbox);
        handler = new InboxHandler(sessions, new Inbox(sessions), routing, tickets, messages, settings, clock);
        escalator = new Escalator(sessions, tickets, routing, settings, clock);
        learning = analyzer.decider().refreshPeriod().map(period -> new LearningRoutes(analyzer.decider()));
    }

    /** The flow's routes, with their error handling first. */
    public List<RoutesBuilder> routes(RouteSettings routeSettings) {
        List<RoutesBuilder> routes = new ArrayList<>(List.of(new ErrorHandling(),
                new IntakeRoutes(handler, routeSettings), new OutboxRoutes(dispatcher, routeSettings),
                new EscalationRoutes(escalator, routeSettings)));
        learning.ifPresent(routes::add);
        return routes;
    }

    /**
     * The store's after-commit hook: offers a commit's new message ids to the intake without blocking the store;
     * when the intake's queue is full, the sweep finds them.
     */
    public static Consumer<List<Long>> storeHook(Endpoints endpoints) {
        return ids -> {
            try {
                endpoints.send(IntakeRoutes.INBOUND_OFFER, List.copyOf(ids));
            } catch (RuntimeException e) {
                LOG.debug("Inbound queue full; messages {} wait for the sweep", ids);
            }
        };
    }

    /** The door into the flow for the call-in desk. */
    public ComplaintIntake intake() {
        return tickets;
    }

    public TicketService tickets() {
        return tickets;
    }

    public InboxHandler handler() {
        return handler;
    }

    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    public Escalator escalator() {
        return escalator;
    }
}
