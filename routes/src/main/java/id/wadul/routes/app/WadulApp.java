package id.wadul.routes.app;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.config.GatewayConfig;
import id.wadul.gateway.smpp.SmppServer;
import id.wadul.routes.camel.OutboxRoutes;
import id.wadul.routes.camel.RouteSettings;
import id.wadul.routes.config.Settings;
import id.wadul.routes.desk.DeskServer;
import id.wadul.routes.desk.DeskSettings;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.OutboxDispatcher;
import id.wadul.routes.flow.UnitSync;
import id.wadul.routes.health.DatabaseAvailability;
import id.wadul.routes.health.HealthCheck;
import id.wadul.routes.health.HealthEndpoint;
import id.wadul.routes.store.InboundSettings;
import id.wadul.routes.store.MariaDbInboundSink;
import id.wadul.routes.learn.LearnSettings;
import id.wadul.routes.learn.Learning;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.sql.Database;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.inbound.InboundMessageMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.main.SimpleMainShutdownStrategy;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running application. Starts the database (embedded under data.dir unless db.url is set), then the
 * Camel flow, then the SMPP gateway, so nothing is acknowledged before it can be stored; then the outbox
 * dispatcher, which needs the gateway to send; then the call-in desk (HTTP) with {@code GET /health}.
 * {@link #close()} stops them in reverse order within {@code wadul.shutdown.timeout} (8 s) in any state: also
 * while {@link #start()} is still under way (which then fails with {@link StoppedDuringStart}) and while the
 * database is down. What was acknowledged is committed already; work in memory that a stop drops (queued ids,
 * a batch under way) is found again by the sweep after the next start.
 */
public final class WadulApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WadulApp.class);

    /** {@link #start()} found the application closed (a SIGTERM during the start): what it started is stopped. */
    public static final class StoppedDuringStart extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        StoppedDuringStart() {
            super("wadul was stopped while it was starting");
        }
    }

    private final Settings settings;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Duration shutdownTimeout;
    private volatile Database database;
    private volatile Main camel;
    private volatile MariaDbInboundSink sink;
    private volatile SmppServer gateway;
    private volatile DeskServer desk;
    private volatile HealthEndpoint health;
    private volatile OutboxDispatcher dispatcher;
    private volatile ComplaintIntake intake;
    private boolean closed;

    private WadulApp(Settings settings) {
        this.settings = settings;
        this.shutdownTimeout = settings.getDuration("wadul.shutdown.timeout");
    }

    /** An application not started yet: install {@link #close()} as the shutdown hook, then {@link #start()}. */
    public static WadulApp create(Settings settings) {
        return new WadulApp(settings);
    }

    /** Starts everything; on failure stops what was started and rethrows. */
    public static WadulApp start(Settings settings) throws Exception {
        return create(settings).start();
    }

    /**
     * Starts everything; on failure stops what was started and rethrows. When {@link #close()} comes first
     * (or meanwhile), fails with {@link StoppedDuringStart}.
     */
    public WadulApp start() throws Exception {
        try {
            startAll();
            return this;
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Keeps what a start step started, unless the application was closed meanwhile: then stops it and ends
     * the start. Synchronized with {@link #close()}, so nothing started is left unclosed.
     */
    private synchronized <T> T keep(T started, AutoCloseable stop) throws Exception {
        if (closed) {
            stopQuietly(stop::close);
            throw new StoppedDuringStart();
        }
        return started;
    }

    /** Ends the start when the application was closed meanwhile. */
    private synchronized void abortIfClosed() {
        if (closed) {
            throw new StoppedDuringStart();
        }
    }

    private void startAll() throws Exception {
        long t0 = System.nanoTime();
        FlowSettings flow = FlowSettings.from(settings);
        Clock clock = Clock.systemUTC();
        abortIfClosed();
        Database started = Database.start(DatabaseConfig.from(settings.properties()));
        database = keep(started, started);
        // WadulMain's shutdown hook closes the database last; the embedded server waits for that
        database.awaitCloseAtExit(shutdownTimeout.plusSeconds(5));
        SqlSessionFactory sessions = database.sqlSessionFactory();
        DatabaseAvailability availability = new DatabaseAvailability(database.dataSource(), Duration.ofMillis(500));

        ComplaintAnalyzer analyzer = Learning.start(LearnSettings.from(settings), sessions,
                ComplaintAnalyzer.load(settings.confDir(), flow.regencyCode()));
        UnitSync.sync(sessions, analyzer.responsibilities(), clock.instant());
        Messages messages = Messages.load(settings.confDir().resolve("messages.properties"));

        camel = new Main();
        // no hangup hook of Camel's own: WadulMain's shutdown hook stops gateway, Camel and database in order
        camel.setShutdownStrategy(new SimpleMainShutdownStrategy());
        camel.setInitialProperties(settings.properties());
        camel.configure().setName("wadul");
        // a quarter of the stop's time: the intake's current batch and timer runs; the rest the sweep redoes
        camel.configure().setShutdownTimeout((int) Math.max(1, shutdownTimeout.toSeconds() / 4));
        camel.init();
        CamelContext context = camel.getCamelContext();
        ProducerTemplate producer = context.createProducerTemplate();

        // the gateway is built (not started) before the flow, so the flow is given its sender
        GatewayConfig gatewayConfig = GatewayConfig.fromProperties(settings.properties());
        FlowWiring.Endpoints endpoints = producer::sendBody;
        MariaDbInboundSink store = InboundSettings.from(settings).sink(sessions, availability,
                FlowWiring.storeHook(endpoints));
        sink = store;
        SmppServer server = new SmppServer(gatewayConfig, store);
        // the server makes its sender as it starts; the dispatcher sends nothing before (it is opened, and its
        // routes started, once the server is up)
        OutboundSender sender = sms -> server.outboundSender().send(sms);
        FlowWiring wiring = new FlowWiring(sessions, analyzer, messages, flow, clock, new SecureRandom(), sender,
                endpoints, FlowWiring.requests(producer));
        wiring.dispatcher().releaseStale();
        dispatcher = wiring.dispatcher();
        intake = wiring.intake();
        for (RoutesBuilder routes : wiring.routes(RouteSettings.from(settings))) {
            context.addRoutes(routes);
        }
        abortIfClosed();
        camel.start();

        gateway = server;
        abortIfClosed();
        gateway.start();

        for (String route : OutboxRoutes.ROUTE_IDS) {
            context.getRouteController().startRoute(route);
        }
        // the flow may send what it queues itself from now on
        dispatcher.open();

        DeskSettings deskSettings = DeskSettings.from(settings);
        health = new HealthEndpoint(new HealthCheck(database::health, availability, gateway::boundSessions,
                () -> backlog(sessions)));
        DeskServer deskServer = WebServer.create(sessions, intake, analyzer, messages, deskSettings, flow, clock,
                health, () -> endpoints.send(OutboxRoutes.WAKE, null));
        desk = keep(deskServer, deskServer::stop);
        desk.start(deskSettings.port());
        LOG.info("wadul started in {} ms: SMPP port {}, call-in desk http port {}, database {}",
                (System.nanoTime() - t0) / 1_000_000, gateway.port(), desk.port(), database.jdbcUrl());
    }

    /** Stored messages not yet handled. */
    private static int backlog(SqlSessionFactory sessions) {
        try (SqlSession session = sessions.openSession(true)) {
            return session.getMapper(InboundMessageMapper.class).countReceived();
        }
    }

    /** The door into the flow for the call-in desk. */
    public ComplaintIntake intake() {
        return intake;
    }

    public SqlSessionFactory sessions() {
        return database.sqlSessionFactory();
    }

    public CamelContext camelContext() {
        return camel.getCamelContext();
    }

    public Settings settings() {
        return settings;
    }

    /** The call-in desk's HTTP port actually bound. */
    public int httpPort() {
        return desk.port();
    }

    /** The SMPP port actually bound. */
    public int smppPort() {
        return gateway.port();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops the desk, the outbox, the gateway (unbinding every session), the store, Camel, then the database,
     * each within what is left of {@code wadul.shutdown.timeout}. Also during {@link #start()}: then stops what
     * is started so far, and the start ends.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("wadul stopping");
        long t0 = System.nanoTime();
        long deadline = t0 + shutdownTimeout.toNanos();
        try {
            if (desk != null) {
                health.stopping();
                stopQuietly(desk::stop);
            }
            // nothing more to the link (without waiting for a run blocked on a database that is down)
            if (dispatcher != null) {
                dispatcher.close();
            }
            Main c = camel;
            if (gateway != null) {
                stopQuietly(gateway::stop);
            }
            if (sink != null) {
                stopQuietly(() -> sink.close(Duration.ofMillis(Math.max(1, left(deadline) / 4))));
            }
            if (c != null) {
                stopQuietly(c::stop);
            }
            if (database != null) {
                stopQuietly(database::close);
            }
            LOG.info("wadul stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } finally {
            stopped.countDown();
        }
    }

    /** Milliseconds left until the deadline (0 when past). */
    private static long left(long deadline) {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void stopQuietly(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            LOG.warn("Error while stopping: {}", e.toString(), e);
        }
    }
}
