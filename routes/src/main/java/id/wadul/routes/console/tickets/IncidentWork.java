package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.console.ConsoleTicketMapper;
import id.wadul.sql.incident.IncidentLink;
import id.wadul.sql.incident.IncidentMapper;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incidents by hand: triage puts a ticket into another ticket's incident (its merge), or takes a ticket out of
 * its incident (split). A ticket joining takes the incident's category, place, state and units, and the units get
 * the short "+N laporan" SMS, as when the flow joins it; its citizen keeps the ticket and hears every update.
 */
public final class IncidentWork {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentWork.class);

    private final TicketWork work;

    public IncidentWork(TicketWork work) {
        this.work = work;
    }

    /** What a ticket joined: the incident's first ticket and how many reports it has now. */
    public record Joined(String headNumber, int reports) {
    }

    /**
     * Puts {@code t} into the incident of the open ticket {@code into} (which becomes its first ticket when it
     * has none), in the caller's transaction with both rows locked. The caller records the decision and tells the
     * citizen.
     */
    public Joined join(SqlSession session, TicketRow t, TicketRow into, DeskUser user, Instant now) {
        IncidentMapper incidents = session.getMapper(IncidentMapper.class);
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        Long incident = incidents.incidentOf(into.id());
        long headId = incident == null ? into.id() : incident;
        List<IncidentLink> links = new ArrayList<>();
        if (incident == null) {
            links.add(new IncidentLink(into.id(), into.id(), false));
        }
        links.add(new IncidentLink(t.id(), headId, true));
        incidents.link(links);
        TicketRow head = headId == into.id() ? into : tickets.findById(headId);
        int reports = incidents.tickets(headId).size();
        session.getMapper(ConsoleTicketMapper.class).updateAssignment(t.id(), into.category(), into.kecamatanCode(),
                into.kecamatanName(), into.desaCode(), into.desaName(), now);
        tickets.activeUnits(t.id()).forEach(code -> tickets.deactivateUnit(t.id(), code));
        tickets.updateState(t.id(), into.state(), now);
        TicketRow joined = tickets.findById(t.id());
        String rule = "merged by " + user.username();
        long eventId = work.event(session, joined, user, "INCIDENT", null, "joined the incident of ticket "
                + head.number() + " (report " + reports + ")", rule, now);
        work.event(session, head, user, "INCIDENT", null, "ticket " + t.number() + " joined this incident (report "
                + reports + ")", rule, now);
        for (String code : tickets.activeUnits(into.id())) {
            Optional<Unit> unit = work.responsibilities().unit(code);
            if (unit.isEmpty()) {
                continue;
            }
            tickets.addUnit(t.id(), code, now);
            int n = work.forwards().queueIncident(session, joined, unit.get(),
                    "event:" + eventId + ":incident:" + code, head.number(), reports, now);
            tickets.insertEvent(new TicketEventRow(0, t.id(), now, "SYSTEM", "wadul", "FORWARDED", code,
                    n + " officer(s), incident report " + reports, null));
        }
        LOG.info("Ticket {} joined the incident of ticket {} by {} (report {})", t.number(), head.number(),
                user.username(), reports);
        return new Joined(head.number(), reports);
    }

    /**
     * Takes the ticket out of its incident; it keeps its state and units. When it was the incident's first
     * ticket, the next oldest heads the rest; an incident left with one ticket is no incident.
     */
    public void split(DeskUser user, String number) {
        work.onTicket(number, (session, t, now) -> {
            IncidentMapper incidents = session.getMapper(IncidentMapper.class);
            Long incident = incidents.incidentOf(t.id());
            if (incident == null) {
                throw new ApiException(409, "Tiket " + t.number() + " tidak tergabung dalam insiden.");
            }
            List<TicketRow> all = incidents.lockTickets(incident);
            List<TicketRow> rest = all.stream().filter(o -> o.id() != t.id()).toList();
            TicketRow head; // the incident's first ticket after the split; null when none is left
            if (rest.isEmpty()) {
                head = null;
            } else if (t.id() == incident) {
                head = rest.get(0);
            } else {
                head = rest.stream().filter(o -> o.id() == incident).findFirst().orElse(rest.get(0));
            }
            incidents.leave(t.id());
            if (rest.size() == 1) {
                incidents.leave(rest.get(0).id());
            } else if (t.id() == incident && head != null) {
                incidents.rehead(incident, head.id());
            }
            work.event(session, t, user, "SPLIT", null, "taken out of the incident"
                    + (head == null ? "" : " of ticket " + head.number()), null, now);
            if (head != null) {
                work.event(session, head, user, "SPLIT", null, "ticket " + t.number()
                        + " taken out of this incident", null, now);
            }
            LOG.info("Ticket {} taken out of its incident by {}", t.number(), user.username());
            return null;
        });
    }
}
