package id.wadul.routes.flow;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.routes.understand.Village;
import id.wadul.sql.ticket.RepeatKey;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketId;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens tickets. In one transaction: the repeat check, the analysis, the routing decision, the ticket with
 * its units and events (each automatic decision with its rule), the citizen's receipt and one forward per
 * officer of each unit in the outbox.
 */
public final class TicketService implements ComplaintIntake {

    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

    private final SqlSessionFactory sessions;
    private final ComplaintAnalyzer analyzer;
    private final PlaceChoice places;
    private final FreeTicketNumbers freeNumbers;
    private final Responsibilities responsibilities;
    private final Forwards forwards;
    private final TicketUpdates updates;
    private final Messages messages;
    private final FlowSettings settings;
    private final Clock clock;
    private final OutboxDispatcher dispatcher;
    private final Runnable queued;

    /**
     * @param dispatcher sends the SMS a transaction claims as it queues them (see {@link Writes})
     * @param queued     called (without blocking) after {@link #open(NewComplaint)} committed SMS to the outbox:
     *                   wakes the dispatcher's route
     */
    public TicketService(SqlSessionFactory sessions, ComplaintAnalyzer analyzer, Region region, Responsibilities responsibilities,
            Messages messages, FlowSettings settings, Clock clock, RandomGenerator random,
            OutboxDispatcher dispatcher, Runnable queued) {
        this.dispatcher = Objects.requireNonNull(dispatcher);
        this.queued = Objects.requireNonNull(queued);
        this.sessions = sessions;
        this.analyzer = analyzer;
        this.places = new PlaceChoice(region);
        this.freeNumbers = new FreeTicketNumbers(random);
        this.responsibilities = responsibilities;
        this.forwards = new Forwards(messages, settings);
        this.updates = new TicketUpdates(responsibilities, messages, settings);
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    TicketUpdates updates() {
        return updates;
    }

    Forwards forwards() {
        return forwards;
    }

    /** What a transaction of the flow gathers and writes at {@code now}. */
    Writes newWrites(Instant now) {
        return new Writes(dispatcher, now);
    }

    @Override
    public OpenedTicket open(NewComplaint complaint) {
        OpenedTicket opened;
        Instant now = clock.instant();
        Writes writes = newWrites(now);
        boolean committed = false;
        try (SqlSession session = sessions.openSession(false)) {
            opened = openAll(session, List.of(complaint), now, writes).get(0);
            writes.flush(session);
            session.commit();
            committed = true;
        } finally {
            if (committed) {
                writes.committed();
            } else {
                writes.abandoned();
            }
        }
        queued.run();
        return opened;
    }

    /**
     * Opens tickets for the complaints, in order, in the caller's transaction: the analysis of each, then for
     * all of them one repeat lookup, one ticket-number check and one multi-row INSERT; their units, events
     * and outbox rows are gathered in {@code writes}, which the caller flushes before it commits. A repeat
     * (of an earlier ticket, or of one opened earlier in this list) first stores what came before it, so
     * the audit trail stays in order.
     *
     * @return what was opened for each complaint, in the same order
     */
    List<OpenedTicket> openAll(SqlSession session, List<NewComplaint> complaints, Instant now, Writes writes) {
        List<Analysed> analysed = new ArrayList<>(complaints.size());
        for (NewComplaint c : complaints) {
            if (c.text() == null || c.text().isBlank()) {
                throw new IllegalArgumentException("complaint text is empty");
            }
            Analysis analysis = analyzer.analyze(c.text());
            analysed.add(new Analysed(c, analysis, sha256(analysis.normalisedText())));
        }
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        Map<RepeatKey, TicketRow> earlier = earlierTickets(tickets, analysed, now);
        OpenedTicket[] opened = new OpenedTicket[analysed.size()];
        List<NewTicket> pending = new ArrayList<>();
        for (int i = 0; i < analysed.size(); i++) {
            Analysed a = analysed.get(i);
            RepeatKey key = a.repeatKey();
            if (key != null && pending.stream().anyMatch(t -> key.equals(t.analysed().repeatKey()))) {
                // a repeat of a complaint earlier in this list: store that ticket first, so it is found below
                insert(tickets, pending, now, writes, earlier, opened);
            }
            TicketRow repeated = key == null ? null : earlier.get(key);
            if (repeated != null) {
                insert(tickets, pending, now, writes, earlier, opened);
                writes.flush(session);
                opened[i] = LogContext.withTicket(a.complaint().inboundMessageId(), repeated.number(),
                        () -> repeat(session, repeated, a.complaint(), now));
                continue;
            }
            NewComplaint c = a.complaint();
            pending.add(new NewTicket(i, a, Assignment.decide(c, a.analysis(), responsibilities, places.of(c, a.analysis()),
                    categoryName(c, a.analysis()))));
        }
        insert(tickets, pending, now, writes, earlier, opened);
        return List.of(opened);
    }

    /** A complaint with what the analyzer made of it. */
    private record Analysed(NewComplaint complaint, Analysis analysis, String textHash) {

        /** Null when there is no citizen number to recognise a repeat by. */
        RepeatKey repeatKey() {
            return complaint.citizenNumber() == null ? null : new RepeatKey(complaint.citizenNumber(), textHash);
        }
    }

    /** A ticket to open: the complaint's position in the list, the complaint, and its assignment. */
    private record NewTicket(int index, Analysed analysed, Assignment decision) {
    }

    /** The newest ticket within the repeat window for each (number, text) of the list, in one query. */
    private Map<RepeatKey, TicketRow> earlierTickets(TicketMapper tickets, List<Analysed> analysed, Instant now) {
        List<RepeatKey> keys = analysed.stream().map(Analysed::repeatKey).filter(Objects::nonNull).distinct().toList();
        Map<RepeatKey, TicketRow> newest = new HashMap<>();
        if (!keys.isEmpty()) {
            for (TicketRow row : tickets.findRepeats(keys, now.minus(settings.repeatWindow()))) {
                newest.putIfAbsent(new RepeatKey(row.citizenNumber(), row.textHash()), row);
            }
        }
        return newest;
    }

    /**
     * Inserts the pending tickets with one statement, gathers their units, events and outbox rows in
     * {@code writes}, and remembers each as the newest ticket for its (number, text). Empties {@code pending}.
     */
    private void insert(TicketMapper tickets, List<NewTicket> pending, Instant now, Writes writes,
            Map<RepeatKey, TicketRow> earlier, OpenedTicket[] opened) {
        if (pending.isEmpty()) {
            return;
        }
        List<String> numbers = freeNumbers.take(tickets, pending.size());
        List<TicketRow> rows = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            rows.add(row(pending.get(i), numbers.get(i), now));
        }
        Map<String, Long> ids = new HashMap<>();
        for (TicketId id : tickets.insertAll(rows)) {
            ids.put(id.number(), id.id());
        }
        for (int i = 0; i < pending.size(); i++) {
            NewTicket t = pending.get(i);
            Long id = ids.get(numbers.get(i));
            if (id == null) {
                throw new IllegalStateException("ticket " + numbers.get(i) + " was inserted but not returned");
            }
            TicketRow ticket = withId(rows.get(i), id);
            NewComplaint c = t.analysed().complaint();
            opened[t.index()] = LogContext.withTicket(c.inboundMessageId(), ticket.number(), () -> {
                record(ticket, c, t.analysed().analysis(), t.decision(), now, writes);
                LOG.info("Opened ticket {} ({}, {}{}) for {} -> {}", ticket.number(), c.channel(),
                        t.decision().category(), t.decision().urgent() ? ", urgent" : "",
                        Masking.mask(c.citizenNumber()), t.decision().unitCodes());
                return new OpenedTicket(ticket.id(), ticket.number(), t.decision().category(), t.decision().urgent(),
                        t.decision().triage(), t.decision().unitCodes(), false);
            });
            RepeatKey key = t.analysed().repeatKey();
            if (key != null) {
                earlier.put(key, ticket);
            }
        }
        pending.clear();
    }

    private TicketRow row(NewTicket t, String number, Instant now) {
        NewComplaint c = t.analysed().complaint();
        Analysis analysis = t.analysed().analysis();
        Assignment decision = t.decision();
        return new TicketRow(0, number, c.channel(), c.citizenNumber(), blankToNull(c.citizenName()),
                c.anonymous(), c.secret(), c.notifyCitizen() && c.citizenNumber() != null, c.text().strip(),
                analysis.normalisedText(), t.analysed().textHash(), decision.category(), decision.urgent(),
                analysis.confident(), decision.place().kecamatanCode(), decision.place().kecamatanName(),
                decision.place().desaCode(), decision.place().desaName(), decision.triage() ? "TRIAGE" : "OPEN",
                now.plus(settings.sla(decision.urgent())), 0, null, c.operator(), c.station(), c.inboundMessageId(),
                now, now);
    }

    private void record(TicketRow ticket, NewComplaint c, Analysis analysis, Assignment decision, Instant now,
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
                    decision.triage() ? "TRIAGED" : "ROUTED", unit.code(), unit.name(), decision.unitRule()));
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

    private String categoryName(NewComplaint c, Analysis analysis) {
        return c.categoryOverride() == null ? analysis.categoryName() : analyzer.classifier().categoryName(c.categoryOverride());
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

}
