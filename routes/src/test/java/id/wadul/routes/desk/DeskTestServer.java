package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.MutableClock;
import id.wadul.routes.console.learn.LearnConsole;
import id.wadul.routes.console.queue.QueueConsole;
import id.wadul.routes.console.tickets.TicketConsole;
import id.wadul.routes.flow.NewComplaint;
import id.wadul.routes.flow.OpenedTicket;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.sql.Database;
import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.apache.ibatis.session.SqlSession;

/**
 * A desk on a fresh schema with two stations, "Radio A" and "Radio B", an operator and an admin at each, and a
 * hand-moved clock. Kecamatan Padangan, desa Kuncen are the place of the fixtures' tickets.
 */
public final class DeskTestServer implements AutoCloseable {

    public static final String PASSWORD = "rahasia-sekali-123";
    public static final String STATION_A = "Radio A";
    public static final String STATION_B = "Radio B";

    public final Database db = TestDatabase.fresh();
    public final MutableClock clock = new MutableClock(Instant.now());
    public final ComplaintAnalyzer analyzer = ComplaintAnalyzer.load(DeskFixtures.CONF, "35.22");
    final AnalyzerAdvisor advisor = new AnalyzerAdvisor(analyzer, Region.load("35.22"));
    private final id.wadul.routes.app.FlowWiring wiring = DeskFixtures.wiring(db, analyzer);
    public final ComplaintIntake intake = wiring.intake();
    final Accounts accounts = new Accounts(db.sqlSessionFactory(), DeskSettings.defaults(), clock);
    public final DeskServer server;
    public final String kecamatan;
    public final String desa;

    /** @param extra more accounts: username, role, station triples (station ignored for the office's roles) */
    public DeskTestServer(String... extra) {
        accounts.create("siti", "OPERATOR", STATION_A, PASSWORD);
        accounts.create("admina", "ADMIN", STATION_A, PASSWORD);
        accounts.create("budi", "OPERATOR", STATION_B, PASSWORD);
        accounts.create("adminb", "ADMIN", STATION_B, PASSWORD);
        for (int i = 0; i < extra.length; i += 3) {
            boolean station = Role.parse(extra[i + 1]).map(Role::atCallDesk).orElse(true);
            accounts.create(extra[i], extra[i + 1], station ? extra[i + 2] : null, PASSWORD,
                    EnumSet.allOf(Role.class));
        }
        server = new DeskServer(db.sqlSessionFactory(), intake, advisor,
                DeskSettings.defaults().withHost("127.0.0.1"), ZoneId.of("Asia/Jakarta"), clock,
                analyzer.responsibilities(), Region.load("35.22"))
                // the console's clock is the intake's (the system's): its events follow the tickets' in time
                .with(new TicketConsole(db.sqlSessionFactory(), analyzer, DeskFixtures.messages(), DeskFixtures.flow(),
                        java.time.Clock.systemUTC(), () -> { }))
                .with(new QueueConsole(db.sqlSessionFactory(), analyzer.responsibilities(), DeskFixtures.messages(),
                        DeskFixtures.flow(), java.time.Clock.systemUTC(), () -> { }))
                .with(new LearnConsole(db.sqlSessionFactory(), analyzer, java.time.Clock.systemUTC()))
                // corrections read the calls' times on the desk's clock (moved by hand past the window)
                .with(new CallCorrectionApi(db.sqlSessionFactory(), analyzer, DeskFixtures.messages(),
                        DeskFixtures.flow(), DeskSettings.defaults().callEditWindow(), clock, () -> { }))
                .start(0);
        kecamatan = advisor.places().kecamatan("padangan", 1).get(0).code();
        desa = advisor.places().villages(kecamatan, "kuncen", 1).get(0).code();
    }

    /** An account as an older version stored it, without today's checks (e.g. a near-duplicate station). */
    public void insertLegacyAccount(String username, String role, String station) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            s.getMapper(OperatorMapper.class).insert(username, Passwords.hash(PASSWORD), role, station,
                    clock.instant());
        }
    }

    public DeskClient client() {
        return new DeskClient(server.port());
    }

    public DeskClient loggedIn(String username) {
        DeskClient c = client();
        assertThat(c.login(username, PASSWORD).status()).as("login of " + username).isEqualTo(200);
        return c;
    }

    /** A ticket that came by SMS, in this fixture's place. */
    public String smsTicket(String citizen, String text, String category) {
        OpenedTicket t = intake.open(new NewComplaint("sms", citizen, null, text, false, false, false, true,
                kecamatan, desa, category, List.of(), null, null, null));
        return t.number();
    }

    /** An SMS stored as the gateway stores it and handled by the flow (outbox rows stay PENDING); its id. */
    public long sms(String from, String text) {
        id.wadul.sql.inbound.InboundMessageRow row = new id.wadul.sql.inbound.InboundMessageRow();
        row.setAccount("demo");
        row.setSource(from);
        row.setDestination("1708");
        row.setText(text);
        row.setTotalParts(1);
        row.setDedupeKey(from + ":" + text + ":" + System.nanoTime());
        row.setReceivedAt(java.time.Instant.now());
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            s.getMapper(id.wadul.sql.inbound.InboundMessageMapper.class).insertAll(List.of(row));
        }
        assertThat(wiring.transactions().handle(row.getId())).as("SMS " + row.getId() + " handled").isTrue();
        return row.getId();
    }

    /** How many calls the desk stored. */
    int callCount() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(id.wadul.sql.desk.CallMapper.class).countAll();
        }
    }

    /** The units a ticket is with now. */
    public List<String> activeUnits(String number) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).activeUnits(ticket(number).id());
        }
    }

    public TicketRow ticket(String number) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).findByNumber(number);
        }
    }

    public List<TicketEventRow> events(String number) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).events(ticket(number).id());
        }
    }

    /** An officer of the ticket's unit reports progress with {@code note}. */
    public void officerNote(String number, String note) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            TicketMapper tickets = s.getMapper(TicketMapper.class);
            long id = tickets.findByNumber(number).id();
            String unit = tickets.activeUnits(id).get(0);
            tickets.insertEvent(new TicketEventRow(0, id, clock.instant(), "OFFICER", "6280000000501", "PROSES", unit,
                    note, null));
            tickets.updateState(id, "IN_PROGRESS", clock.instant());
        }
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}
