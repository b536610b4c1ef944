package id.wadul.routes.flow;

import id.wadul.gateway.OutboundSender;
import id.wadul.routes.MutableClock;
import id.wadul.routes.app.FlowWiring;
import id.wadul.routes.app.StepsContext;
import id.wadul.routes.config.Settings;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.Database;
import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.apache.ibatis.session.SqlSession;

/** The flow's beans on the shared embedded test database (emptied first), with the shipped conf/ (Bojonegoro) and a hand-moved clock. */
final class FlowFixture implements AutoCloseable {

    static final Path CONF = Path.of("../conf");
    static final ComplaintAnalyzer ANALYZER = ComplaintAnalyzer.load(CONF, "35.22");
    static final Region REGION = Region.load("35.22");

    final Database db = TestDatabase.shared();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    final Responsibilities responsibilities = ANALYZER.responsibilities();
    final FlowSettings settings;
    final Messages messages;
    /** What the flow sent to Camel endpoints (uri, body), in order. */
    final List<Map.Entry<String, Object>> sentToEndpoints = new CopyOnWriteArrayList<>();
    final FlowWiring wiring;
    /** The steps' route and the desk's route, which the wiring's beans call. */
    final StepsContext camel = new StepsContext();
    /** The desk's way in: a batch of one on the steps' route. */
    final ComplaintIntake tickets;
    final FlowTransactions inbox;
    /** The wiring's dispatcher: it sends to the fixture's link, once open. */
    final OutboxDispatcher dispatcher;

    FlowFixture() {
        this(p -> p, defaultMessages());
    }

    /** The shipped messages. */
    static Messages defaultMessages() {
        return Messages.load(CONF.resolve("messages.properties"));
    }

    FlowFixture(UnaryOperator<Properties> overrides, Messages messages) {
        this(overrides, messages, NO_LINK);
    }

    /** A flow whose dispatcher sends to {@code link}. */
    FlowFixture(UnaryOperator<Properties> overrides, Messages messages, OutboundSender link) {
        this.settings = FlowSettings.from(Settings.load(CONF, overrides.apply(new Properties())));
        this.messages = messages;
        TestDatabase.truncateAll(db);
        UnitSync.sync(db.sqlSessionFactory(), responsibilities, clock.instant());
        wiring = new FlowWiring(db.sqlSessionFactory(), ANALYZER, messages, settings, clock, new Random(42), link,
                (uri, body) -> sentToEndpoints.add(new AbstractMap.SimpleEntry<>(uri, body)), camel);
        camel.start(wiring);
        tickets = wiring.intake();
        inbox = wiring.transactions();
        dispatcher = wiring.dispatcher();
    }

    /** A link for flows whose dispatcher is never opened: nothing may be sent. */
    private static final OutboundSender NO_LINK = sms -> {
        throw new AssertionError("this test's flow has no link, yet sent " + sms);
    };

    OutboxDispatcher dispatcher(OutboundSender sender) {
        return new OutboxDispatcher(db.sqlSessionFactory(), sender, settings, clock);
    }

    /** Stores an SMS as the gateway's sink would; returns its id. */
    long receive(String from, String text) {
        InboundMessageRow row = new InboundMessageRow();
        row.setAccount("demo");
        row.setSource(from);
        row.setDestination("1708");
        row.setText(text);
        row.setTotalParts(1);
        row.setDedupeKey(from + ":" + text + ":" + System.nanoTime());
        row.setReceivedAt(clock.instant());
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            s.getMapper(InboundMessageMapper.class).insertAll(List.of(row));
        }
        return row.getId();
    }

    /** Stores and handles an SMS. */
    long handle(String from, String text) {
        long id = receive(from, text);
        if (!inbox.handle(id)) {
            throw new AssertionError("message " + id + " was not handled");
        }
        return id;
    }

    TicketRow ticket(String number) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).findByNumber(number);
        }
    }

    List<TicketRow> ticketsOfMessage(long messageId) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).findByInboundMessage(messageId);
        }
    }

    List<TicketEventRow> events(long ticketId) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).events(ticketId);
        }
    }

    List<String> activeUnits(long ticketId) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).activeUnits(ticketId);
        }
    }

    /** Every outbox row, oldest first. */
    List<OutboxRow> outbox() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(OutboxMapper.class).findAfter(0, 10_000);
        }
    }

    List<OutboxRow> outboxTo(String recipient) {
        return outbox().stream().filter(r -> r.recipient().equals(recipient)).toList();
    }

    String state(long messageId) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return String.valueOf(s.getMapper(InboundMessageMapper.class).findById(messageId).getState());
        }
    }

    /** The shared database stays open for the next test class. */
    @Override
    public void close() {
        camel.close();
    }
}
