package id.wadul.routes.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.desk.DeskClient;
import id.wadul.routes.desk.DeskTestServer;
import id.wadul.routes.flow.NewComplaint;
import id.wadul.routes.flow.OpenedTicket;
import id.wadul.sql.console.TriageDecisionMapper;
import id.wadul.sql.console.TriageDecisionRow;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketMapper;
import java.util.List;
import org.apache.ibatis.session.SqlSession;

/**
 * The desk's test server (with the console registered) plus triage staff and an officer: "sari" (SUPERVISOR),
 * "root" (SYSADMIN) and "petugas" (OFFICER), created directly as the account admin pages will.
 */
public final class ConsoleFixture implements AutoCloseable {

    /** A complaint the classifier is not sure of: it waits in triage. */
    public static final String UNSURE = "tolong pak ada masalah di kampung kami sudah lama belum ada yang datang";

    public final DeskTestServer desk = new DeskTestServer();

    public ConsoleFixture() {
        desk.insertLegacyAccount("sari", "SUPERVISOR", "Kominfo");
        desk.insertLegacyAccount("root", "SYSADMIN", "Kominfo");
        desk.insertLegacyAccount("petugas", "OFFICER", "Dinas PUPR");
    }

    public DeskClient as(String username) {
        return desk.loggedIn(username);
    }

    /** An SMS complaint from {@code citizen} that goes to triage; its number. */
    public String triageTicket(String citizen, String text) {
        return triageTicket(citizen, text, false);
    }

    /** {@link #triageTicket(String, String)}, marked urgent (as an operator's flag would) when asked. */
    public String triageTicket(String citizen, String text, boolean urgent) {
        OpenedTicket t = desk.intake.open(NewComplaint.builder("sms", text).citizen(citizen, null)
                .notifyCitizen(true).urgent(urgent).build());
        assertThat(t.triage()).as("'" + text + "' waits in triage").isTrue();
        return t.number();
    }

    public List<OutboxRow> outbox(String ticket) {
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(OutboxMapper.class).findByTicket(desk.ticket(ticket).id());
        }
    }

    public List<String> activeUnits(String ticket) {
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).activeUnits(desk.ticket(ticket).id());
        }
    }

    public List<TriageDecisionRow> decisions(String ticket) {
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TriageDecisionMapper.class).forTicket(desk.ticket(ticket).id());
        }
    }

    @Override
    public void close() {
        desk.close();
    }
}
