package id.wadul.routes.flow;

import id.wadul.routes.understand.Unit;
import id.wadul.sql.incident.IncidentMapper;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A unit's PROSES, SELESAI, TOLAK or ALIH on one ticket of an incident moves every other open ticket of it the
 * same way, each with its own event, and tells each citizen (who asked to hear back) as if the unit had answered
 * their ticket. An ALIH moves the others from the unit to the new units too (the new units get the one forward of
 * the ticket acted on, not one per report). Runs in the caller's transaction, after the ticket acted on was
 * updated.
 */
final class IncidentUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentUpdates.class);

    private final Messages messages;
    private final FlowSettings settings;

    IncidentUpdates(Messages messages, FlowSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** @return how many other tickets of the incident moved */
    int follow(SqlSession session, TicketRow acted, Unit unit, String officerNumber, String verb, String newState,
            String note, List<Unit> targets, Instant now) {
        IncidentMapper incidents = session.getMapper(IncidentMapper.class);
        Long incident = incidents.incidentOf(acted.id());
        if (incident == null) {
            return 0;
        }
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        int moved = 0;
        for (TicketRow t : incidents.lockTickets(incident)) {
            if (t.id() == acted.id() || t.closed()) {
                continue;
            }
            tickets.updateState(t.id(), newState, now);
            if (!targets.isEmpty()) {
                tickets.deactivateUnit(t.id(), unit.code());
                targets.forEach(target -> tickets.addUnit(t.id(), target.code(), now));
            }
            tickets.insertEvent(new TicketEventRow(0, t.id(), now, "OFFICER", officerNumber, verb, unit.code(),
                    "incident: " + verb + " on ticket " + acted.number() + (note.isEmpty() ? "" : ": " + note),
                    null));
            long eventId = tickets.lastInsertId();
            if (t.notifyCitizen() && t.citizenNumber() != null) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("ticket", t.number());
                v.put("shortcode", settings.shortCode());
                v.put("unit", unit.name());
                v.put("target", String.join(", ", targets.stream().map(Unit::name).toList()));
                v.put("note", note);
                Outbox.queue(session, "event:" + eventId + ":citizen", t.id(), t.citizenNumber(),
                        messages.format("citizen." + verb.toLowerCase(Locale.ROOT), v), now);
            }
            moved++;
        }
        if (moved > 0) {
            LOG.info("Ticket {}: {} by {} moved {} other ticket(s) of its incident to {}", acted.number(), verb,
                    unit.code(), moved, newState);
        }
        return moved;
    }
}
