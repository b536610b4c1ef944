package id.wadul.routes.console.queue;

import id.wadul.routes.desk.DeskTestServer;
import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.unit.PersonMapper;
import org.apache.ibatis.session.SqlSession;

/** OFFICER accounts of the test desk linked to people of conf/routing.yaml's units, as the admin page links them. */
public final class QueueAccounts {

    public static final String PUPR_1 = "6280000003101";
    public static final String DISHUB_1 = "6280000003201";
    public static final String POLRES_1 = "6280000000201";
    public static final String KOMINFO_1 = "6280000000101";

    private QueueAccounts() {
    }

    /** An OFFICER account {@code username} standing for the person with this number. */
    public static void officer(DeskTestServer desk, String username, String number) {
        desk.insertLegacyAccount(username, "OFFICER", "");
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            long account = s.getMapper(OperatorMapper.class).findByUsername(username).id();
            PersonMapper people = s.getMapper(PersonMapper.class);
            people.linkAccount(account, people.findByNumber(number).id());
        }
    }

    /** The escalator's mark on a ticket (its reminders went to the units and Kominfo). */
    public static void escalate(DeskTestServer desk, String ticket) {
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            s.getMapper(TicketMapper.class).markEscalated(desk.ticket(ticket).id(), desk.clock.instant());
        }
    }
}
