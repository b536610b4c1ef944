package id.wadul.bench;

import id.wadul.gateway.SendOutcome;
import id.wadul.routes.app.FlowWiring;
import id.wadul.routes.camel.ErrorHandling;
import id.wadul.routes.config.Settings;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.FlowTransactions;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.OutboxDispatcher;
import id.wadul.routes.flow.UnitSync;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.sql.Database;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import id.wadul.sql.outbox.OutboxMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The complaint flow alone, in the bench's own JVM: how many complaints per second the intake (parse,
 * classify, route, ticket, events, outbox rows) and the outbox dispatcher handle, and their CPU per complaint,
 * with nothing else competing: no SMPP, no load client. Complaints are stored as the gateway's sink stores
 * them (not timed), handled in batches as the intake route hands them over, each batch followed by a
 * dispatcher run as its wake-up does, sent to a link that answers at once; a last run records those answers.
 * A warm-up round comes first. The numbers, texts and settings are those of the {@code app} scenario.
 */
final class FlowBench {

    private static final int WARM_UP = 3_000;
    private static final int STORE_CHUNK = 500;

    private FlowBench() {
    }

    /** Runs a warm-up round, then one measured round of {@code complaints} in batches of {@code batch}. */
    static void run(Path conf, Path workDir, int complaints, int batch, PrintStream out) {
        Properties overrides = new Properties();
        overrides.setProperty("flow.limit.daily", "0");
        Settings settings = Settings.load(conf, overrides);
        FlowSettings flow = FlowSettings.from(settings);
        try (Database db = Database.start(DatabaseConfig.embedded(workDir.resolve("data")))) {
            SqlSessionFactory sessions = db.sqlSessionFactory();
            Clock clock = Clock.systemUTC();
            ComplaintAnalyzer analyzer = ComplaintAnalyzer.load(conf, flow.regencyCode());
            UnitSync.sync(sessions, analyzer.responsibilities(), clock.instant());
            Messages messages = Messages.load(conf.resolve("messages.properties"));
            // the app's wiring and its steps' route; the bench itself runs what the intake and outbox routes
            // would (a batch's transaction, then a dispatcher run)
            DefaultCamelContext camel = new DefaultCamelContext();
            FlowWiring.Requests[] requests = new FlowWiring.Requests[1];
            FlowWiring wiring = new FlowWiring(sessions, analyzer, messages, flow, clock, new SecureRandom(),
                    sms -> CompletableFuture.completedFuture(new SendOutcome(sms.id(), SendOutcome.Status.SENT,
                            "bench", List.of("b" + sms.id()), null)), (uri, body) -> { },
                    (uri, body) -> requests[0].request(uri, body));
            try {
                camel.addRoutes(new ErrorHandling());
                for (var routes : wiring.stepRoutes()) {
                    camel.addRoutes(routes);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            camel.start();
            requests[0] = FlowWiring.requests(camel.createProducerTemplate());
            FlowTransactions intake = wiring.transactions();
            OutboxDispatcher dispatcher = wiring.dispatcher();
            // as the app does once its gateway is up: the intake sends what it queues itself
            dispatcher.open();
            long mysqld = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd"))
                            .orElse(false))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no embedded mysqld")).pid();
            out.printf("flow alone (in-process, embedded MariaDB, instant link), batches of %d%n", batch);
            round("warm-up", 0, WARM_UP, batch, sessions, intake, dispatcher, mysqld, out);
            round("measured", WARM_UP, complaints, batch, sessions, intake, dispatcher, mysqld, out);
            camel.stop();
        }
    }

    private static void round(String label, long first, int count, int batch, SqlSessionFactory sessions,
            FlowTransactions intake, OutboxDispatcher dispatcher, long mysqld, PrintStream out) {
        List<Long> ids = store(sessions, first, count);
        double jvm0 = ProcCpu.seconds(ProcessHandle.current().pid());
        double db0 = ProcCpu.seconds(mysqld);
        long t0 = System.nanoTime();
        long intakeNanos = 0;
        int handled = 0;
        for (int i = 0; i < ids.size(); i += batch) {
            long b0 = System.nanoTime();
            handled += intake.handleAll(ids.subList(i, Math.min(ids.size(), i + batch)));
            intakeNanos += System.nanoTime() - b0;
            dispatcher.dispatchDue();
        }
        while (dispatcher.dispatchDue() > 0 || dispatcher.inFlight() > 0) {
            // the last run records the last answers
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double jvm = ProcCpu.seconds(ProcessHandle.current().pid()) - jvm0;
        double db = ProcCpu.seconds(mysqld) - db0;
        int unsent;
        try (SqlSession session = sessions.openSession(true)) {
            OutboxMapper outbox = session.getMapper(OutboxMapper.class);
            unsent = outbox.countByState("PENDING") + outbox.countByState("SENDING");
        }
        out.printf("  %-8s %6d complaints in %6.2f s: %6.0f complaints/s end to end (intake alone %6.0f/s);"
                        + " CPU per complaint: JVM %.2f ms, mysqld %.2f ms; handled %d, unsent %d%n",
                label, count, seconds, count / seconds, count / (intakeNanos / 1e9), jvm * 1000 / count,
                db * 1000 / count, handled, unsent);
    }

    /** Stores the complaints as RECEIVED inbound messages, as the gateway's sink would. */
    private static List<Long> store(SqlSessionFactory sessions, long first, int count) {
        List<Long> ids = new ArrayList<>(count);
        try (SqlSession session = sessions.openSession(false)) {
            InboundMessageMapper mapper = session.getMapper(InboundMessageMapper.class);
            for (int i = 0; i < count; i += STORE_CHUNK) {
                List<InboundMessageRow> rows = new ArrayList<>();
                for (long n = first + i; n < first + Math.min(count, i + STORE_CHUNK); n++) {
                    Mo mo = BenchMain.citizenMo(n);
                    InboundMessageRow row = new InboundMessageRow();
                    row.setAccount("bench");
                    row.setSource(mo.source());
                    row.setDestination(mo.destination());
                    row.setText(new String(mo.text(), StandardCharsets.US_ASCII));
                    row.setTotalParts(1);
                    row.setDedupeKey("flow-bench:" + n);
                    row.setReceivedAt(Instant.now());
                    rows.add(row);
                }
                mapper.insertAll(rows);
                rows.forEach(r -> ids.add(r.getId()));
                session.commit();
            }
        }
        return ids;
    }
}
