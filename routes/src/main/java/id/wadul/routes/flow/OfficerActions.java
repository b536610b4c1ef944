package id.wadul.routes.flow;

import id.wadul.routes.understand.Command;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;

/**
 * Officers' commands (PROSES, SELESAI, TOLAK, ALIH) for those who give them outside an SMS (the console's unit
 * queue): carried out by the very {@link TicketUpdates} that carries out an officer's SMS, in the caller's
 * transaction, so the ticket gets the same events, the citizen the same SMS, the new units the same forwards and
 * learned routing the same labels. The officer is known by their number, as by SMS.
 */
public final class OfficerActions {

    /** Whether the command changed the ticket, and what an officer would have been answered by SMS. */
    public record Outcome(boolean done, String reply) {
    }

    private final TicketUpdates updates;

    public OfficerActions(Responsibilities responsibilities, Messages messages, FlowSettings settings) {
        this.updates = new TicketUpdates(responsibilities, messages, settings);
    }

    /** Carries out the command of the officer with this number; the ticket row is locked until the commit. */
    public Outcome act(SqlSession session, String officerNumber, Command.OfficerAction action, Instant now) {
        TicketUpdates.Reply reply = updates.officerOutcome(session, officerNumber, action, now);
        return new Outcome(reply.done(), reply.text());
    }

    /**
     * The unit the officer acts for on the ticket, as for an SMS command: the first of their units the ticket is
     * active at; else the triage unit when they belong to it and the ticket was escalated; else empty (not theirs).
     */
    public Optional<Unit> actingUnit(TicketRow ticket, String officerNumber, List<String> activeUnits) {
        return updates.actingUnit(ticket, officerNumber, activeUnits);
    }
}
