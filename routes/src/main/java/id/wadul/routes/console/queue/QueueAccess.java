package id.wadul.routes.console.queue;

import id.wadul.routes.console.tickets.TicketAccess;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.desk.Role;
import id.wadul.sql.unit.PersonMapper;
import id.wadul.sql.unit.PersonRow;
import io.javalin.http.Context;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Who may use the unit queue.
 *
 * <ul>
 *   <li>{@link Role#OFFICER} linked to an active person: their units' open tickets (and, for the triage unit's
 *       people, the escalated ones, as their SMS may answer the reminders), and the SMS commands on them; another
 *       unit's ticket is answered 404, as if it did not exist (a secret one is not confirmed).</li>
 *   <li>Triage staff ({@link Role#SUPERVISOR}, {@link Role#SYSADMIN}): the list of escalated tickets, to open on
 *       the ticket page, whose actions they already have (reassign, note, reply, close); not the SMS commands,
 *       which are a unit's.</li>
 *   <li>A radio station's accounts: nothing.</li>
 * </ul>
 */
final class QueueAccess {

    private final SqlSessionFactory sql;

    QueueAccess(SqlSessionFactory sql) {
        this.sql = sql;
    }

    /** The caller when an officer or triage staff; else 403. */
    static DeskUser reader(Context ctx) {
        DeskUser user = Json.user(ctx);
        if (user.role() != Role.OFFICER && !TicketAccess.staff(user)) {
            throw new ApiException(403, "Antrean unit hanya untuk petugas unit dan petugas Kominfo.");
        }
        return user;
    }

    /** The caller as an officer of units; 403 for any other account, or one not (or no longer) linked to a person. */
    Officer officer(Context ctx) {
        return officer(Json.user(ctx));
    }

    Officer officer(DeskUser user) {
        if (user.role() != Role.OFFICER) {
            throw new ApiException(403, "Hanya petugas unit yang menjalankan perintah antrean unit.");
        }
        try (SqlSession s = sql.openSession(true)) {
            PersonMapper people = s.getMapper(PersonMapper.class);
            Long personId = people.personOfAccount(user.id());
            PersonRow person = personId == null ? null : people.findById(personId);
            if (person == null || !person.active()) {
                throw new ApiException(403,
                        "Akun Anda belum terhubung ke petugas unit yang aktif. Hubungi admin Kominfo.");
            }
            return new Officer(user, person.number(), person.name());
        }
    }
}
