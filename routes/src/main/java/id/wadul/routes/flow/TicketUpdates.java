package id.wadul.routes.flow;

import id.wadul.routes.learn.LabelCapture;
import id.wadul.routes.understand.Command;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What happens to an existing ticket: officers' PROSES / SELESAI / TOLAK / ALIH and citizens' STATUS.
 * Runs in the caller's transaction; every change is an event, and the citizen is told through the outbox.
 * PROSES and SELESAI move the other tickets of the ticket's incident too ({@link IncidentUpdates}).
 */
final class TicketUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(TicketUpdates.class);
    private static final List<String> NOTE_KINDS = List.of("PROSES", "SELESAI", "TOLAK", "ALIH", "NOTE");

    private final Responsibilities responsibilities;
    private final Forwards forwards;
    private final Messages messages;
    private final FlowSettings settings;
    private final LabelCapture labels;
    private final IncidentUpdates incidents;

    TicketUpdates(Responsibilities responsibilities, Messages messages, FlowSettings settings) {
        this.responsibilities = responsibilities;
        this.forwards = new Forwards(messages, settings);
        this.messages = messages;
        this.settings = settings;
        this.labels = new LabelCapture(responsibilities);
        this.incidents = new IncidentUpdates(messages, settings);
    }

    /** What an officer's command did: whether it changed the ticket, and the reply to the officer. */
    record Reply(boolean done, String text) {
    }

    /** The officer's command on a ticket of one of their units. Returns the reply to the officer. */
    String officerAction(SqlSession session, String officerNumber, Command.OfficerAction action, Instant now) {
        return officerOutcome(session, officerNumber, action, now).text();
    }

    /**
     * {@link #officerAction}, saying whether it was done. An ALIH's argument may name several units (codes
     * separated by commas or spaces: the console's; the SMS form names one).
     */
    Reply officerOutcome(SqlSession session, String officerNumber, Command.OfficerAction action, Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        TicketRow ticket = tickets.lockByNumber(action.ticket());
        if (ticket == null) {
            return refused(messages.format("officer.ticket.unknown", Map.of("ticket", action.ticket())));
        }
        String previous = MDC.get("ticket");
        MDC.put("ticket", ticket.number());
        try {
            return act(session, ticket, officerNumber, action, now);
        } finally {
            LogContext.restore("ticket", previous);
        }
    }

    private Reply act(SqlSession session, TicketRow ticket, String officerNumber, Command.OfficerAction action,
            Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        List<String> active = tickets.activeUnits(ticket.id());
        Optional<Unit> officerUnit = actingUnit(ticket, officerNumber, active);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ticket", ticket.number());
        v.put("shortcode", settings.shortCode());
        if (officerUnit.isEmpty()) {
            LOG.warn("Officer {} is not in a unit of ticket {} ({})", officerNumber, ticket.number(), active);
            return refused(messages.format("officer.not.allowed", v));
        }
        Unit unit = officerUnit.get();
        v.put("unit", unit.name());
        if (ticket.closed()) {
            v.put("state", messages.text("state." + ticket.state()));
            return refused(messages.format("officer.closed", v));
        }
        String verb = action.verb().name();
        String note = action.argument() == null ? "" : action.argument().strip();
        v.put("note", note);
        String newState;
        String detail = note.isEmpty() ? null : note;
        List<Unit> targets = List.of();
        switch (action.verb()) {
            case PROSES -> newState = "IN_PROGRESS";
            case SELESAI -> newState = "DONE";
            case TOLAK -> newState = "REJECTED";
            case ALIH -> {
                targets = new ArrayList<>();
                for (String code : new LinkedHashSet<>(List.of(note.split("[,\\s]+")))) {
                    Optional<Unit> to = responsibilities.unit(code);
                    if (to.isEmpty() || to.get().code().equals(unit.code())) {
                        v.put("target", code);
                        return refused(messages.format("officer.unit.unknown", v));
                    }
                    targets.add(to.get());
                }
                newState = "OPEN";
                detail = unit.code() + " -> " + String.join(", ", targets.stream().map(Unit::code).toList());
                v.put("target", String.join(", ", targets.stream().map(Unit::name).toList()));
            }
            default -> throw new IllegalStateException("unknown verb " + verb);
        }
        tickets.updateState(ticket.id(), newState, now);
        tickets.insertEvent(new TicketEventRow(0, ticket.id(), now, "OFFICER", officerNumber, verb, unit.code(),
                detail, null));
        long eventId = tickets.lastInsertId();
        // a hand-over to several units says nothing certain about the category
        labels.officerAction(session, ticket, unit, verb, targets.size() == 1 ? targets.get(0) : null, now);
        if (!targets.isEmpty()) {
            tickets.deactivateUnit(ticket.id(), unit.code());
        }
        for (Unit target : targets) {
            tickets.addUnit(ticket.id(), target.code(), now);
            String key = "event:" + eventId + ":forward" + (targets.size() == 1 ? "" : ":" + target.code());
            int n = forwards.queue(session, ticket, target, key, "forward.alih", now);
            tickets.insertEvent(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul", "FORWARDED",
                    target.code(), n + " officer(s)", null));
        }
        if (ticket.notifyCitizen()) {
            String text = messages.format("citizen." + verb.toLowerCase(Locale.ROOT), v);
            Outbox.queue(session, "event:" + eventId + ":citizen", ticket.id(), ticket.citizenNumber(), text, now);
        }
        incidents.follow(session, ticket, unit, officerNumber, verb, newState, note, targets, now);
        v.put("state", messages.text("state." + newState));
        LOG.info("Ticket {}: {} by officer of {} -> {}", ticket.number(), verb, unit.code(), newState);
        return new Reply(true, messages.format("officer.ack", v));
    }

    private static Reply refused(String text) {
        return new Reply(false, text);
    }

    /**
     * The unit the officer acts for on this ticket: the first of their units the ticket is with; else the triage
     * unit, when they belong to it and the ticket was escalated (its reminders went to triage and ask for PROSES
     * or SELESAI).
     */
    Optional<Unit> actingUnit(TicketRow ticket, String officerNumber, List<String> active) {
        List<Unit> units = responsibilities.unitsOfOfficer(officerNumber);
        Optional<Unit> own = units.stream().filter(u -> active.contains(u.code())).findFirst();
        if (own.isPresent() || ticket.escalations() == 0) {
            return own;
        }
        Unit triage = responsibilities.triage();
        return units.stream().filter(u -> u.code().equals(triage.code())).findFirst();
    }

    /** A citizen's STATUS question. Returns the answer. */
    String status(SqlSession session, String from, String number, Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        TicketRow ticket = tickets.findByNumber(number);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ticket", number);
        v.put("shortcode", settings.shortCode());
        if (ticket == null || (ticket.secret() && !from.equals(ticket.citizenNumber()))) {
            return messages.format("citizen.status.unknown", v);
        }
        tickets.insertEvent(new TicketEventRow(0, ticket.id(), now, "CITIZEN", Masking.mask(from), "STATUS_QUERY",
                null, null, null));
        String note = tickets.latestNote(ticket.id(), NOTE_KINDS);
        // a call its radio operator withdrew is REJECTED in the data, but the citizen is told it was cancelled
        boolean withdrawn = "REJECTED".equals(ticket.state())
                && tickets.events(ticket.id()).stream().anyMatch(e -> "WITHDRAWN".equals(e.kind()));
        v.put("state", messages.text("state." + (withdrawn ? "WITHDRAWN" : ticket.state())));
        v.put("note", note == null ? "" : Forwards.cut(note, 80));
        return messages.format(note == null ? "citizen.status" : "citizen.status.note", v);
    }
}
