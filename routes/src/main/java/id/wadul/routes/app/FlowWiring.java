package id.wadul.routes.app;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.SendOutcome;
import id.wadul.routes.camel.ComplaintRoutes;
import id.wadul.routes.camel.DeliveryRoutes;
import id.wadul.routes.camel.ErrorHandling;
import id.wadul.routes.camel.EscalationRoutes;
import id.wadul.routes.camel.IntakeRoutes;
import id.wadul.routes.camel.LearningRoutes;
import id.wadul.routes.camel.OutboxRoutes;
import id.wadul.routes.camel.RouteSettings;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.flow.Decisions;
import id.wadul.routes.flow.Delivery;
import id.wadul.routes.flow.Escalator;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.FlowTransactions;
import id.wadul.routes.flow.Inbox;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.OpenedTicket;
import id.wadul.routes.flow.OutboxDispatcher;
import id.wadul.routes.flow.Recording;
import id.wadul.routes.flow.SmsDelivery;
import id.wadul.routes.flow.Understanding;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the complaint flow once: its beans, each given what it needs at construction, and the Camel routes
 * over them. The application, the bench and the tests build the flow with it. The beans reach the rest of the
 * flow only through endpoints: the store's commit hook offers new message ids to the intake ({@link #storeHook}),
 * a batch's transaction runs the steps' route and a desk call enters the flow by request-reply
 * ({@link Requests}), the link's answers wake the outbox dispatcher ({@link Endpoints}).
 */
public final class FlowWiring {

    private static final Logger LOG = LoggerFactory.getLogger(FlowWiring.class);

    /** Sends a body to a Camel endpoint without waiting for it to be handled: the app's ProducerTemplate. */
    @FunctionalInterface
    public interface Endpoints {
        void send(String uri, Object body);
    }

    /** Sends a body to a Camel endpoint and waits for the answer; a failure is thrown as it was thrown. */
    @FunctionalInterface
    public interface Requests {
        Object request(String uri, Object body);
    }

    private final SmsDelivery smsDelivery;
    private final OutboxDispatcher dispatcher;
    private final Inbox inbox;
    private final Understanding understanding;
    private final Decisions decisions;
    private final Recording recording;
    private final FlowTransactions transactions;
    private final Escalator escalator;
    private final ComplaintIntake intake;
    /** The learned routing's retraining; none for the rules alone. */
    private final Optional<LearningRoutes> learning;

    /**
     * @param sender    the gateway's outbound sender (nothing is sent before {@link OutboxDispatcher#open()})
     * @param endpoints where the beans' wake-ups and the store's ids go
     * @param requests  into the steps' route and the desk's route (the routes of {@link #routes})
     */
    public FlowWiring(SqlSessionFactory sessions, ComplaintAnalyzer analyzer,
            Messages messages, FlowSettings settings, Clock clock, RandomGenerator random, OutboundSender sender,
            Endpoints endpoints, Requests requests) {
        Responsibilities responsibilities = analyzer.responsibilities();
        Runnable wakeOutbox = () -> endpoints.send(OutboxRoutes.WAKE, null);
        smsDelivery = new SmsDelivery(sender);
        dispatcher = new OutboxDispatcher(sessions, deliveryRoute(requests, DeliveryRoutes.SMS), settings, clock,
                wakeOutbox);
        inbox = new Inbox(sessions);
        understanding = new Understanding(analyzer, Region.load(settings.regencyCode()));
        decisions = new Decisions(responsibilities, messages, settings);
        recording = new Recording(responsibilities, messages, settings, random);
        transactions = new FlowTransactions(sessions, inbox, batch -> requests.request(ComplaintRoutes.STEPS, batch),
                dispatcher, clock);
        escalator = new Escalator(sessions, messages, responsibilities, settings, clock);
        intake = complaint -> (OpenedTicket) requests.request(ComplaintRoutes.DESK_CALL, complaint);
        learning = analyzer.decider().refreshPeriod().map(period -> new LearningRoutes(analyzer.decider()));
    }

    /** The flow's routes, with their error handling first. */
    public List<RoutesBuilder> routes(RouteSettings routeSettings) {
        List<RoutesBuilder> all = new ArrayList<>();
        all.add(new ErrorHandling());
        all.add(new IntakeRoutes(transactions, routeSettings));
        all.addAll(stepRoutes());
        all.add(new OutboxRoutes(dispatcher, routeSettings));
        all.add(new EscalationRoutes(escalator, routeSettings));
        learning.ifPresent(all::add);
        return List.copyOf(all);
    }

    /**
     * The steps over a batch, the desk's way in and the delivery routes, without timers or queues (what the tests
     * and the bench drive themselves).
     */
    public List<RoutesBuilder> stepRoutes() {
        return List.of(new ComplaintRoutes(transactions, inbox, understanding, decisions, recording),
                new DeliveryRoutes(smsDelivery));
    }

    /** The dispatcher's way to a delivery route: request-reply, the list of SMS in, their outcomes out. */
    @SuppressWarnings("unchecked")
    private static Delivery deliveryRoute(Requests requests, String uri) {
        return sms -> (List<CompletableFuture<SendOutcome>>) requests.request(uri, sms);
    }

    /** A ProducerTemplate's request-reply, with the route's own exception thrown instead of Camel's wrapper. */
    public static Requests requests(ProducerTemplate producer) {
        return (uri, body) -> {
            try {
                return producer.requestBody(uri, body);
            } catch (CamelExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
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

    /** The door into the flow for the call-in desk: a batch of one on the steps' route, request-reply. */
    public ComplaintIntake intake() {
        return intake;
    }

    /** One transaction per batch around the steps: what the intake's and the sweep's routes call. */
    public FlowTransactions transactions() {
        return transactions;
    }

    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    public Escalator escalator() {
        return escalator;
    }
}
