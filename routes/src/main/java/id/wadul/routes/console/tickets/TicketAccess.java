package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.desk.Role;
import id.wadul.sql.ticket.TicketRow;
import io.javalin.http.Context;

/**
 * Who may see and change which ticket in the console.
 *
 * <ul>
 *   <li>Triage staff ({@link Role#SUPERVISOR}, {@link Role#SYSADMIN}): every ticket of every channel, secret ones
 *       included, with the citizen's number (masked when the ticket is anonymous), and every action.</li>
 *   <li>A radio station's accounts ({@link Role#OPERATOR}, {@link Role#ADMIN}): search every ticket but secret
 *       ones of other stations, in full only those their station took; open only those; change nothing.</li>
 *   <li>{@link Role#OFFICER}: refused here; their units' tickets are on the unit queue ({@code console.queue}).</li>
 * </ul>
 */
public final class TicketAccess {

    private TicketAccess() {
    }

    public static boolean staff(DeskUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.SYSADMIN;
    }

    /** The caller, when triage staff; else 403. */
    public static DeskUser requireStaff(Context ctx) {
        DeskUser user = Json.user(ctx);
        if (!staff(user)) {
            throw new ApiException(403, "Hanya petugas triase Kominfo yang boleh melakukan ini.");
        }
        return user;
    }

    /** The caller, when they may search tickets at all (not an officer, for now); else 403. */
    static DeskUser requireReader(Context ctx) {
        DeskUser user = Json.user(ctx);
        if (user.role() == Role.OFFICER) {
            throw new ApiException(403, "Halaman tiket untuk petugas unit belum tersedia.");
        }
        return user;
    }

    /** Whether the caller's station took the ticket at its call-in desk (stations compared exactly). */
    static boolean tookIt(DeskUser user, TicketRow ticket) {
        return user.role().atCallDesk() && "radio".equals(ticket.channel()) && ticket.station() != null
                && ticket.station().equals(user.station());
    }

    /** Whether the caller may know the ticket exists (the search's rule): not secret, or seen in full. */
    static boolean seesInSearch(DeskUser user, TicketRow ticket) {
        return !ticket.secret() || seesInFull(user, ticket);
    }

    /** Whether the caller sees the ticket in full (text, timeline). */
    static boolean seesInFull(DeskUser user, TicketRow ticket) {
        return staff(user) || tookIt(user, ticket);
    }
}
