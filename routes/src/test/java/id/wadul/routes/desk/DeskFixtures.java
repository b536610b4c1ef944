package id.wadul.routes.desk;

import id.wadul.routes.app.FlowWiring;
import id.wadul.routes.app.StepsContext;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.flow.UnitSync;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.sql.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/** Builds the flow's real parts for the desk's tests. */
public final class DeskFixtures {

    public static final Path CONF = Path.of("..", "conf");

    private DeskFixtures() {
    }

    /**
     * The flow's settings the desk's tests use: incidents off, so that each test's tickets (often the same text
     * from several numbers) stay tickets of their own; incidents are tested in IncidentsIT and IncidentConsoleIT.
     */
    public static FlowSettings flow() {
        return new FlowSettings("35.22", "1708", ZoneId.of("Asia/Jakarta"), Duration.ofHours(24), 30,
                true, Set.of(), false, Duration.ofHours(4), Duration.ofHours(72), Duration.ofHours(24), 100, 500, 8,
                Duration.ofSeconds(30), Duration.ZERO, 300, false, Duration.ofHours(12), 35,
                Duration.ofDays(2));
    }

    /** The shipped message templates. */
    public static Messages messages() {
        return Messages.load(CONF.resolve("messages.properties"));
    }

    /**
     * The flow's real ComplaintIntake on this database, with the shipped conf (units synced first): a desk call
     * goes request-reply through the flow's steps' route in a Camel context of its own (stopped at exit).
     */
    static ComplaintIntake intake(Database db, ComplaintAnalyzer analyzer) {
        return wiring(db, analyzer).intake();
    }

    /** {@link #intake}'s wiring: its transactions handle stored SMS as the gateway's would be. */
    static FlowWiring wiring(Database db, ComplaintAnalyzer analyzer) {
        Clock clock = Clock.systemUTC();
        UnitSync.sync(db.sqlSessionFactory(), analyzer.responsibilities(), clock.instant());
        // the dispatcher is never opened here: the desk's SMS wait PENDING in the outbox
        StepsContext camel = new StepsContext();
        FlowWiring wiring = new FlowWiring(db.sqlSessionFactory(), analyzer, messages(), flow(), clock,
                new SecureRandom(), sms -> {
                    throw new AssertionError("the desk tests have no link, yet sent " + sms);
                }, (uri, body) -> { }, camel);
        camel.start(wiring);
        Runtime.getRuntime().addShutdownHook(new Thread(camel::close));
        return wiring;
    }
}
