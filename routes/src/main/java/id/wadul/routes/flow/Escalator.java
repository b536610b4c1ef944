package id.wadul.routes.flow;

import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Reminds units of overdue tickets: past due_at and neither DONE nor REJECTED. Each escalation is one event
 * and one reminder per officer of the ticket's units and of the triage desk (Kominfo); it repeats after
 * {@link FlowSettings#escalationRepeat()} while the ticket stays overdue.
 */
public final class Escalator {

    private static final Logger LOG = LoggerFactory.getLogger(Escalator.class);
    private static final int BATCH = 50;

    private final SqlSessionFactory sessions;
    private final Responsibilities responsibilities;
    private final Forwards forwards;
    private final FlowSettings settings;
    private final Clock clock;

    public Escalator(SqlSessionFactory sessions, Messages messages, Responsibilities responsibilities,
            FlowSettings settings, Clock clock) {
        this.sessions = sessions;
        this.responsibilities = responsibilities;
        this.forwards = new Forwards(messages, settings);
        this.settings = settings;
        this.clock = clock;
    }

    /** Escalates what is overdue now; returns how many tickets. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        try (SqlSession session = sessions.openSession(false)) {
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            List<TicketRow> overdue = tickets.overdue(now, now.minus(settings.escalationRepeat()), BATCH);
            for (TicketRow ticket : overdue) {
                escalate(session, ticket, now);
            }
            session.commit();
            return overdue.size();
        }
    }

    private void escalate(SqlSession session, TicketRow ticket, Instant now) {
        String previous = MDC.get("ticket");
        MDC.put("ticket", ticket.number());
        try {
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            int n = ticket.escalations() + 1;
            Set<Unit> units = new LinkedHashSet<>();
            for (String code : tickets.activeUnits(ticket.id())) {
                responsibilities.unit(code).ifPresent(units::add);
            }
            units.add(responsibilities.triage());
            tickets.markEscalated(ticket.id(), now);
            tickets.insertEvent(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul", "ESCALATED", null,
                    "escalation " + n + " to " + units.stream().map(Unit::code).toList(),
                    "SLA " + settings.sla(ticket.urgent()) + (ticket.urgent() ? " (urgent)" : "") + ", due "
                            + ticket.dueAt()));
            for (Unit unit : units) {
                forwards.queue(session, ticket, unit, "ticket:" + ticket.id() + ":escalation:" + n, "escalation", now);
            }
            LOG.info("Ticket {} overdue since {}: escalation {}", ticket.number(), ticket.dueAt(), n);
        } finally {
            LogContext.restore("ticket", previous);
        }
    }
}
