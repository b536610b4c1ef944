package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket page's actions by triage staff: reassign to one or several units, an internal note, a reply to the
 * citizen, reopen, close with a reason. Each is an event in the timeline and the SMS the flow would send.
 */
final class TicketActions {

    private static final Logger LOG = LoggerFactory.getLogger(TicketActions.class);

    private final TicketWork work;

    TicketActions(TicketWork work) {
        this.work = work;
    }

    /**
     * Hands the ticket to exactly these units: the others lose it, the new ones' officers get the forward
     * ({@code forward.alih}), the citizen is told. A TRIAGE ticket leaves triage (OPEN); a closed one is refused.
     */
    void reassign(DeskUser user, String number, List<String> codes, String note) {
        List<Unit> to = work.units(codes);
        work.onTicket(number, (session, ticket, now) -> {
            requireOpen(ticket);
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            List<String> before = tickets.activeUnits(ticket.id());
            List<String> after = to.stream().map(Unit::code).toList();
            if (before.equals(after)) {
                throw ApiException.invalid("units", "Tiket sudah ada di unit itu.");
            }
            for (String code : before) {
                if (!after.contains(code)) {
                    tickets.deactivateUnit(ticket.id(), code);
                }
            }
            List<Unit> added = new ArrayList<>(to.stream().filter(u -> !before.contains(u.code())).toList());
            String detail = String.join(", ", before) + " -> " + String.join(", ", after)
                    + (note == null ? "" : "; " + note);
            long eventId = work.event(session, ticket, user, "REASSIGNED", null, detail, null, now);
            if ("TRIAGE".equals(ticket.state())) {
                tickets.updateState(ticket.id(), "OPEN", now);
            }
            work.forward(session, ticket, added, eventId, "forward.alih", now);
            work.tellCitizen(session, ticket, eventId, "citizen.reassigned", Map.of("units", TicketWork.names(to)),
                    now);
            LOG.info("Ticket {} reassigned by {}: {} -> {}", ticket.number(), user.username(), before, after);
            return null;
        });
    }

    /** An internal note (kind STAFF_NOTE: never in the citizen's STATUS answer). */
    void note(DeskUser user, String number, String text) {
        work.onTicket(number, (session, ticket, now) -> {
            work.event(session, ticket, user, "STAFF_NOTE", null, text, null, now);
            LOG.info("Ticket {}: note by {}", ticket.number(), user.username());
            return null;
        });
    }

    /** An SMS to the citizen (when they can be reached), and a REPLIED event with its text. */
    void reply(DeskUser user, String number, String text) {
        work.onTicket(number, (session, ticket, now) -> {
            TicketWork.requireReachable(ticket);
            long eventId = work.event(session, ticket, user, "REPLIED", null, text, null, now);
            work.tellCitizen(session, ticket, eventId, "citizen.reply", Map.of("note", text), now);
            LOG.info("Ticket {}: reply to the citizen by {}", ticket.number(), user.username());
            return null;
        });
    }

    /**
     * A closed ticket opened again: back to its last units (the triage desk when it has none), whose officers
     * get {@code forward.reopen}; the citizen is told.
     */
    void reopen(DeskUser user, String number, String note) {
        work.onTicket(number, (session, ticket, now) -> {
            if (!ticket.closed()) {
                throw new ApiException(409, "Tiket " + ticket.number() + " masih terbuka.");
            }
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            List<Unit> to = new ArrayList<>();
            for (String code : tickets.activeUnits(ticket.id())) {
                work.responsibilities().unit(code).ifPresent(to::add);
            }
            boolean triage = to.isEmpty();
            if (triage) {
                to.add(work.responsibilities().triage());
            }
            long eventId = work.event(session, ticket, user, "REOPENED", null, note, null, now);
            tickets.updateState(ticket.id(), triage ? "TRIAGE" : "OPEN", now);
            work.forward(session, ticket, to, eventId, "forward.reopen", now);
            work.tellCitizen(session, ticket, eventId, "citizen.reopened", Map.of("units", TicketWork.names(to)),
                    now);
            LOG.info("Ticket {} reopened by {} -> {}", ticket.number(), user.username(), to.stream().map(Unit::code)
                    .toList());
            return null;
        });
    }

    /** Closes an open ticket as DONE with the reason, which the citizen is sent. */
    void close(DeskUser user, String number, String reason) {
        work.onTicket(number, (session, ticket, now) -> {
            requireOpen(ticket);
            long eventId = work.event(session, ticket, user, "CLOSED", null, reason, null, now);
            session.getMapper(TicketMapper.class).updateState(ticket.id(), "DONE", now);
            work.tellCitizen(session, ticket, eventId, "citizen.closed", Map.of("note", reason), now);
            LOG.info("Ticket {} closed by {}", ticket.number(), user.username());
            return null;
        });
    }

    static void requireOpen(TicketRow ticket) {
        if (ticket.closed()) {
            throw new ApiException(409, "Tiket " + ticket.number() + " sudah ditutup; buka kembali dulu.");
        }
    }
}
