package id.wadul.routes.console.queue;

import id.wadul.routes.console.tickets.TicketWork;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.flow.OfficerActions;
import id.wadul.routes.understand.Command;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An officer's commands typed on the unit queue: PROSES, SELESAI, TOLAK and ALIH carried out by the flow's own
 * {@link OfficerActions} (what their SMS would do, to the letter), and an internal note. One transaction per
 * command with the ticket row locked ({@link TicketWork#onTicket}); the outbox is woken after the commit. Another
 * unit's ticket is 404, a closed one 409, an unknown unit 400.
 */
final class QueueActions {

    private static final Logger LOG = LoggerFactory.getLogger(QueueActions.class);
    /** The kind of an officer's internal note (never in the citizen's STATUS answer). */
    static final String NOTE_KIND = "UNIT_NOTE";

    private final TicketWork work;
    private final OfficerActions officers;

    QueueActions(TicketWork work, OfficerActions officers) {
        this.work = work;
        this.officers = officers;
    }

    /**
     * PROSES / SELESAI (argument: the note, may be null), TOLAK (the reason), as by SMS. Returns the answer the
     * officer would have got by SMS.
     */
    String act(Officer officer, String number, Command.Verb verb, String argument) {
        if (verb == Command.Verb.ALIH) {
            throw new IllegalArgumentException("ALIH names units: use handOver");
        }
        return command(officer, number, new Command.OfficerAction(verb, number, argument == null ? "" : argument),
                null);
    }

    /** ALIH to one or several units (the officer's own unit leaves the ticket), as by SMS. */
    String handOver(Officer officer, String number, List<String> codes) {
        List<Unit> to = work.units(codes);
        String argument = String.join(",", to.stream().map(Unit::code).toList());
        return command(officer, number, new Command.OfficerAction(Command.Verb.ALIH, number, argument), to);
    }

    /** An internal note of the officer's unit on the ticket (event {@value #NOTE_KIND}); nobody is sent an SMS. */
    void note(Officer officer, String number, String text) {
        work.onTicket(number, (session, ticket, now) -> {
            Unit unit = actingUnit(session, officer, ticket);
            session.getMapper(TicketMapper.class).insertEvent(new TicketEventRow(0, ticket.id(), now, "OFFICER",
                    officer.number(), NOTE_KIND, unit.code(), text, null));
            LOG.info("Ticket {}: note by officer of {} ({})", ticket.number(), unit.code(), officer.user().username());
            return null;
        });
    }

    private String command(Officer officer, String number, Command.OfficerAction action, List<Unit> targets) {
        return work.onTicket(number, (session, ticket, now) -> {
            Unit unit = actingUnit(session, officer, ticket);
            if (ticket.closed()) {
                throw new ApiException(409, "Tiket " + ticket.number() + " sudah ditutup.");
            }
            if (targets != null && targets.stream().anyMatch(u -> u.code().equals(unit.code()))) {
                throw ApiException.invalid("units", "Pilih unit lain, bukan " + unit.name() + ".");
            }
            OfficerActions.Outcome outcome = officers.act(session, officer.number(), action, now);
            if (!outcome.done()) {
                throw new ApiException(409, outcome.reply());
            }
            LOG.info("Ticket {}: {} on the unit queue by {} for {}", ticket.number(), action.verb(),
                    officer.user().username(), unit.code());
            return outcome.reply();
        });
    }

    /** The unit the officer acts for on the locked ticket; 404 when it is not one of their units' tickets. */
    private Unit actingUnit(SqlSession session, Officer officer, TicketRow ticket) {
        List<String> active = session.getMapper(TicketMapper.class).activeUnits(ticket.id());
        Optional<Unit> unit = officers.actingUnit(ticket, officer.number(), active);
        return unit.orElseThrow(() -> new ApiException(404, "Tiket tidak ditemukan di antrean unit Anda."));
    }
}
