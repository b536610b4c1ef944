package id.wadul.routes.flow;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Kecamatan;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Village;
import id.wadul.routes.understand.RoutingTable;
import id.wadul.routes.understand.TicketNumbers;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Opens tickets. In one transaction: the repeat check, the analysis, the routing decision, the ticket with
 * its units and events (each automatic decision with its rule), the citizen's receipt and one forward per
 * officer of each unit in the outbox.
 */
public final class TicketService implements ComplaintIntake {

    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);
    private static final int NUMBER_TRIES = 8;

    private final SqlSessionFactory sessions;
    private final ComplaintAnalyzer analyzer;
    private final Region region;
    private final RoutingTable routing;
    private final Forwards forwards;
    private final TicketUpdates updates;
    private final Messages messages;
    private final FlowSettings settings;
    private final Clock clock;
    private final RandomGenerator random;

    public TicketService(SqlSessionFactory sessions, ComplaintAnalyzer analyzer, Region region, RoutingTable routing,
            Messages messages, FlowSettings settings, Clock clock, RandomGenerator random) {
        this.sessions = sessions;
        this.analyzer = analyzer;
        this.region = region;
        this.routing = routing;
        this.forwards = new Forwards(messages, settings);
        this.updates = new TicketUpdates(routing, messages, settings);
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    TicketUpdates updates() {
        return updates;
    }

    Forwards forwards() {
        return forwards;
    }

    @Override
    public OpenedTicket open(NewComplaint complaint) {
        try (SqlSession session = sessions.openSession(false)) {
            OpenedTicket opened = open(session, complaint, clock.instant());
            session.commit();
            return opened;
        }
    }

    /** Opens the ticket in the caller's transaction; the caller commits. */
    OpenedTicket open(SqlSession session, NewComplaint c, Instant now) {
        Writes writes = new Writes();
        OpenedTicket opened = open(session, c, now, writes);
        writes.flush(session);
        return opened;
    }

    /**
     * Opens the ticket in the caller's transaction, its units, events and outbox rows gathered in
     * {@code writes}; the caller flushes them before it commits. Anything gathered earlier is flushed first
     * when this complaint repeats an earlier ticket.
     */
    OpenedTicket open(SqlSession session, NewComplaint c, Instant now, Writes writes) {
        if (c.text() == null || c.text().isBlank()) {
            throw new IllegalArgumentException("complaint text is empty");
        }
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        Analysis analysis = analyzer.analyze(c.text());
        String textHash = sha256(analysis.normalisedText());
        if (c.citizenNumber() != null) {
            TicketRow earlier = tickets.findRepeat(c.citizenNumber(), textHash, now.minus(settings.repeatWindow()));
            if (earlier != null) {
                writes.flush(session);
                return repeat(session, earlier, c, now);
            }
        }
        Routing decision = Routing.decide(c, analysis, routing, place(c, analysis), categoryName(c, analysis));
        String number = newNumber(tickets);
        String state = decision.triage() ? "TRIAGE" : "OPEN";
        TicketRow row = new TicketRow(0, number, c.channel(), c.citizenNumber(), blankToNull(c.citizenName()),
                c.anonymous(), c.secret(), c.notifyCitizen() && c.citizenNumber() != null, c.text().strip(),
                analysis.normalisedText(), textHash, decision.category(), decision.urgent(), analysis.confident(),
                decision.place().kecamatanCode(), decision.place().kecamatanName(), decision.place().desaCode(),
                decision.place().desaName(), state, now.plus(settings.sla(decision.urgent())), 0, null,
                c.operator(), c.station(), c.inboundMessageId(), now, now);
        tickets.insert(row);
        TicketRow ticket = withId(row, tickets.lastInsertId());
        String previous = MDC.get("ticket");
        MDC.put("ticket", number);
        try {
            record(ticket, c, analysis, decision, now, writes);
            LOG.info("Opened ticket {} ({}, {}{}) for {} -> {}", number, c.channel(), decision.category(),
                    decision.urgent() ? ", urgent" : "", Masking.mask(c.citizenNumber()), decision.unitCodes());
        } finally {
            restore("ticket", previous);
        }
        return new OpenedTicket(ticket.id(), number, decision.category(), decision.urgent(), decision.triage(),
                decision.unitCodes(), false);
    }

    private void record(TicketRow ticket, NewComplaint c, Analysis analysis, Routing decision, Instant now,
            Writes writes) {
        String actorKind = c.operator() != null ? "OPERATOR" : "CITIZEN";
        String actor = c.operator() != null ? c.operator() : Masking.mask(c.citizenNumber());
        writes.event(new TicketEventRow(0, ticket.id(), now, actorKind, actor, "CREATED", null,
                c.channel() + (c.station() != null ? " " + c.station() : "") + "; category "
                        + decision.category() + (decision.urgent() ? ", urgent" : "") + "; score "
                        + analysis.score() + "; place " + decision.place().describe(),
                decision.categoryRule()));
        for (Unit unit : decision.units()) {
            writes.unit(ticket.id(), unit.code(), now);
            writes.event(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul",
                    decision.triage() ? "TRIAGED" : "ROUTED", unit.code(), unit.name(), decision.routingRule()));
            int queued = forwards.queue(writes, ticket, unit, "ticket:" + ticket.id() + ":forward:" + unit.code(),
                    "forward", now);
            writes.event(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul", "FORWARDED",
                    unit.code(), queued + " officer(s)", null));
        }
        if (ticket.notifyCitizen()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("ticket", ticket.number());
            v.put("shortcode", settings.shortCode());
            v.put("category", decision.categoryName());
            v.put("units", String.join(", ", decision.units().stream().map(Unit::name).toList()));
            String text = messages.format(decision.triage() ? "citizen.receipt.triage" : "citizen.receipt", v);
            writes.sms("ticket:" + ticket.id() + ":receipt", ticket.id(), ticket.citizenNumber(), text, now);
        }
    }

    private OpenedTicket repeat(SqlSession session, TicketRow earlier, NewComplaint c, Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        tickets.insertEvent(new TicketEventRow(0, earlier.id(), now, "CITIZEN", Masking.mask(c.citizenNumber()),
                "DUPLICATE", null, "same text again via " + c.channel()
                        + (c.inboundMessageId() != null ? " (message " + c.inboundMessageId() + ")" : ""),
                "repeat window " + settings.repeatWindow()));
        long eventId = tickets.lastInsertId();
        if (c.notifyCitizen() && c.citizenNumber() != null) {
            String text = messages.format("citizen.repeat",
                    Map.of("ticket", earlier.number(), "shortcode", settings.shortCode()));
            Outbox.queue(session, "event:" + eventId + ":citizen", earlier.id(), c.citizenNumber(), text, now);
        }
        LOG.info("Repeat of ticket {} from {}; no new ticket", earlier.number(), Masking.mask(c.citizenNumber()));
        return new OpenedTicket(earlier.id(), earlier.number(), earlier.category(), earlier.urgent(),
                "TRIAGE".equals(earlier.state()), tickets.activeUnits(earlier.id()), true);
    }

    /** The operator's kecamatan/desa when chosen, else what the text names. */
    private Routing.PlaceRef place(NewComplaint c, Analysis analysis) {
        if (c.kecamatanCode() != null) {
            Kecamatan kecamatan = region.kecamatan(c.kecamatanCode())
                    .orElseThrow(() -> new IllegalArgumentException("unknown kecamatan " + c.kecamatanCode()));
            if (c.desaCode() == null) {
                return new Routing.PlaceRef(kecamatan.code(), kecamatan.name(), null, null);
            }
            Village desa = region.village(c.desaCode())
                    .filter(v -> v.kecamatanCode().equals(kecamatan.code()))
                    .orElseThrow(() -> new IllegalArgumentException("unknown desa " + c.desaCode() + " in kecamatan "
                            + kecamatan.code()));
            return new Routing.PlaceRef(kecamatan.code(), kecamatan.name(), desa.code(), desa.name());
        }
        return analysis.place()
                .map(p -> new Routing.PlaceRef(p.kecamatanCode(), p.kecamatanName(), p.desaCode(), p.desaName()))
                .orElse(Routing.PlaceRef.NONE);
    }

    private String categoryName(NewComplaint c, Analysis analysis) {
        return c.categoryOverride() == null ? analysis.categoryName() : analyzer.classifier().categoryName(c.categoryOverride());
    }

    private String newNumber(TicketMapper tickets) {
        for (int i = 0; i < NUMBER_TRIES; i++) {
            String candidate = TicketNumbers.generate(random);
            if (tickets.findByNumber(candidate) == null) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free ticket number after " + NUMBER_TRIES + " tries");
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static TicketRow withId(TicketRow r, long id) {
        return new TicketRow(id, r.number(), r.channel(), r.citizenNumber(), r.citizenName(), r.anonymous(),
                r.secret(), r.notifyCitizen(), r.text(), r.normalisedText(), r.textHash(), r.category(), r.urgent(),
                r.confident(), r.kecamatanCode(), r.kecamatanName(), r.desaCode(), r.desaName(), r.state(),
                r.dueAt(), r.escalations(), r.lastEscalatedAt(), r.operator(), r.station(), r.inboundMessageId(),
                r.createdAt(), r.updatedAt());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
