package id.wadul.routes.console.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.console.ConsoleFixture;
import id.wadul.routes.desk.DeskClient;
import id.wadul.sql.ticket.TicketRow;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Triage asks a citizen by SMS; the citizen's answering SMS, handled by the flow, shows in the triage queue (the
 * ticket back at the top, marked answered, with the answer) and on the ticket's timeline with its receipt.
 */
class TriageAnswerIT {

    static final String CITIZEN = "6281322220001";
    static ConsoleFixture f;

    @BeforeAll
    static void start() {
        f = new ConsoleFixture();
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @Test
    void theCitizensAnswerComesBackToTheTopOfTheTriageQueue() {
        long sms = f.desk.sms(CITIZEN, ConsoleFixture.UNSURE);
        String asked = ticketOf(sms);
        String newer = f.triageTicket("6281322220002", ConsoleFixture.UNSURE + " juga", true);
        DeskClient sari = f.as("sari");
        assertThat(sari.post("/api/triage/" + asked + "/ask", Map.of("text", "Di desa mana, pak?")).status())
                .isEqualTo(200);
        assertThat(first(sari)).as("urgent first before the answer").isEqualTo(newer);

        long answer = f.desk.sms(CITIZEN, "di desa kuncen kecamatan padangan pak");
        assertThat(f.desk.ticket(asked).state()).isEqualTo("TRIAGE");
        JsonNode queue = sari.get("/api/triage").json();
        JsonNode top = queue.path("tickets").get(0);
        assertThat(top.path("ticket").asText()).isEqualTo(asked);
        assertThat(top.path("suggestion").path("answered").asBoolean()).isTrue();
        assertThat(top.path("suggestion").path("answers").toString()).contains("di desa kuncen kecamatan padangan");
        String timeline = sari.get("/api/tickets/" + asked).json().path("timeline").toString();
        assertThat(timeline).contains("ANSWERED", "di desa kuncen kecamatan padangan", "Keterangan Anda");
        assertThat(ticketsOf(answer)).isZero();

        // asked again: no longer marked answered until the next answer
        assertThat(sari.post("/api/triage/" + asked + "/ask", Map.of("text", "RT berapa?")).status())
                .isEqualTo(200);
        assertThat(first(sari)).isEqualTo(newer);
    }

    static String first(DeskClient c) {
        return c.get("/api/triage").json().path("tickets").get(0).path("ticket").asText();
    }

    static String ticketOf(long message) {
        try (var s = f.desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(id.wadul.sql.ticket.TicketMapper.class).findByInboundMessage(message).stream()
                    .map(TicketRow::number).findFirst().orElseThrow();
        }
    }

    static int ticketsOf(long message) {
        try (var s = f.desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(id.wadul.sql.ticket.TicketMapper.class).findByInboundMessage(message).size();
        }
    }
}
