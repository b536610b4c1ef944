package id.wadul.routes.flow;

import id.wadul.routes.understand.Officer;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.incident.IncidentLink;
import id.wadul.sql.incident.IncidentMapper;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a new ticket joining an incident records instead of a forward: its INCIDENT event (with the rule) and per
 * unit the short {@code forward.incident} SMS ("+N laporan") to its officers. An urgent report
 * joining an incident that is not urgent still reaches the units at once as a whole forward. The tickets' links
 * are gathered and written with one statement ({@link #link}).
 */
final class IncidentForwards {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentForwards.class);

    private final Forwards forwards;

    IncidentForwards(Forwards forwards) {
        this.forwards = forwards;
    }

    /**
     * The join's event on the new ticket (the head gets none: a flood's hundreds of reports would bury its own
     * timeline; the ticket page lists the incident's tickets); its links added to {@code links}.
     */
    void joined(Writes writes, List<IncidentLink> links, TicketRow ticket, IncidentJoin join, Instant now) {
        IncidentJoin.Head head = join.head();
        writes.event(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul", "INCIDENT", null,
                "joined the incident of ticket " + head.number() + " (report " + join.reports() + ")", join.rule()));
        if (!head.linked) {
            links.add(new IncidentLink(head.id(), head.id(), false));
            head.linked = true;
        }
        links.add(new IncidentLink(ticket.id(), head.id(), true));
        LOG.info("Ticket {} joined the incident of ticket {} (report {}, {})", ticket.number(), head.number(),
                join.reports(), join.rule());
    }

    /**
     * Tells the unit's officers of the new report: "+N laporan", or the whole forward when the report is urgent
     * and the incident's first one was not.
     *
     * @return how many officers it was queued for
     */
    int queue(Writes writes, TicketRow ticket, Unit unit, IncidentJoin join, Instant now) {
        if (ticket.urgent() && !join.head().urgent) {
            return forwards.queue(writes, ticket, unit, "ticket:" + ticket.id() + ":forward:" + unit.code(),
                    "forward", now);
        }
        String text = forwards.incidentText(ticket, join.head().number(), join.reports());
        for (Officer officer : unit.officers()) {
            writes.sms("ticket:" + ticket.id() + ":incident:" + unit.code(), ticket.id(), officer.number(), text, now);
        }
        return unit.officers().size();
    }

    /** Writes the links gathered, in one statement. */
    static void link(SqlSession session, List<IncidentLink> links) {
        if (!links.isEmpty()) {
            session.getMapper(IncidentMapper.class).link(links);
        }
    }
}
