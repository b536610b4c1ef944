package id.wadul.routes.console.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.console.ConsoleFixture;
import id.wadul.routes.desk.DeskClient;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ticket page and search against the real flow and MariaDB: each action's events and SMS (new units'
 * officers, the citizen), the whole timeline with the outbox rows, and who may find and open which ticket.
 */
class TicketApiIT {

    static ConsoleFixture console;
    static DeskClient sari;

    @BeforeAll
    static void start() {
        console = new ConsoleFixture();
        sari = console.as("sari");
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    static List<String> kinds(String ticket) {
        return console.desk.events(ticket).stream().map(TicketEventRow::kind).toList();
    }

    static List<String> officersOf(String unit) {
        return console.desk.analyzer.responsibilities().unit(unit).orElseThrow().officers().stream()
                .map(o -> o.number()).toList();
    }

    static List<OutboxRow> to(String ticket, List<String> recipients) {
        return console.outbox(ticket).stream().filter(o -> recipients.contains(o.recipient())).toList();
    }

    @Test
    void reassignForwardsToTheNewUnitsOnlyAndTellsTheCitizen() {
        String ticket = console.desk.smsTicket("6281322220001", "jalan rusak parah di dekat pasar kuncen",
                "infrastruktur");
        List<String> before = console.activeUnits(ticket);
        assertThat(before).isNotEmpty();
        int oldForwards = to(ticket, officersOf(before.get(0))).size();
        DeskClient.Reply r = sari.post("/api/tickets/" + ticket + "/reassign",
                Map.of("units", List.of(before.get(0), "dishub"), "note", "juga soal lalu lintas"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(console.activeUnits(ticket)).containsExactlyInAnyOrder(before.get(0), "dishub");
        assertThat(to(ticket, officersOf("dishub"))).isNotEmpty()
                .allMatch(o -> o.text().contains("dialihkan") && o.text().contains(ticket));
        assertThat(to(ticket, officersOf(before.get(0)))).as("the unit that keeps it is not told again")
                .hasSize(oldForwards);
        assertThat(to(ticket, List.of("6281322220001"))).extracting(OutboxRow::text)
                .anyMatch(t -> t.contains("diteruskan ke") && t.contains("Perhubungan"));
        assertThat(kinds(ticket)).endsWith("REASSIGNED", "FORWARDED");

        assertThat(sari.post("/api/tickets/" + ticket + "/reassign", Map.of("units", List.of("dishub"))).status())
                .isEqualTo(200);
        assertThat(console.activeUnits(ticket)).containsExactly("dishub");
        assertThat(sari.post("/api/tickets/" + ticket + "/reassign", Map.of("units", List.of("tidak-ada")))
                .status()).isEqualTo(400);
    }

    @Test
    void noteReplyCloseAndReopenAreEventsWithTheSmsTheFlowWouldSend() {
        String ticket = console.desk.smsTicket("6281322220002", "lampu jalan mati di kuncen sudah seminggu",
                "infrastruktur");
        String unit = console.activeUnits(ticket).get(0);
        int smsBefore = console.outbox(ticket).size();
        assertThat(sari.post("/api/tickets/" + ticket + "/note", Map.of("text", "sudah dicek lewat telepon"))
                .status()).isEqualTo(200);
        assertThat(console.outbox(ticket)).as("a note sends nothing").hasSize(smsBefore);
        assertThat(sari.post("/api/tickets/" + ticket + "/reply", Map.of("text", "Petugas akan datang besok."))
                .status()).isEqualTo(200);
        assertThat(to(ticket, List.of("6281322220002"))).extracting(OutboxRow::text)
                .contains("Tiket " + ticket + ": Petugas akan datang besok.");
        assertThat(sari.post("/api/tickets/" + ticket + "/close", Map.of("reason", "sudah diperbaiki")).status())
                .isEqualTo(200);
        assertThat(console.desk.ticket(ticket).state()).isEqualTo("DONE");
        assertThat(to(ticket, List.of("6281322220002"))).extracting(OutboxRow::text)
                .anyMatch(t -> t.contains("ditutup: sudah diperbaiki"));
        assertThat(sari.post("/api/tickets/" + ticket + "/close", Map.of("reason", "lagi")).status())
                .isEqualTo(409);
        int unitForwards = to(ticket, officersOf(unit)).size();
        assertThat(sari.post("/api/tickets/" + ticket + "/reopen", Map.of("note", "lampu mati lagi")).status())
                .isEqualTo(200);
        assertThat(console.desk.ticket(ticket).state()).isEqualTo("OPEN");
        assertThat(to(ticket, officersOf(unit))).hasSize(unitForwards + officersOf(unit).size())
                .anyMatch(o -> o.text().contains("DIBUKA KEMBALI"));
        assertThat(to(ticket, List.of("6281322220002"))).extracting(OutboxRow::text)
                .anyMatch(t -> t.contains("dibuka kembali"));
        assertThat(kinds(ticket)).containsSubsequence("CREATED", "STAFF_NOTE", "REPLIED", "CLOSED", "REOPENED",
                "FORWARDED");
        assertThat(sari.post("/api/tickets/" + ticket + "/reopen", Map.of()).status()).isEqualTo(409);

        JsonNode page = sari.get("/api/tickets/" + ticket).json();
        JsonNode timeline = page.path("timeline");
        List<String> types = timeline.findValuesAsText("type");
        assertThat(timeline.get(0).path("kind").asText()).as("the story starts with the complaint")
                .isEqualTo("CREATED");
        List<java.time.Instant> times = timeline.findValuesAsText("at").stream().map(java.time.Instant::parse)
                .toList();
        assertThat(times).isSorted();
        assertThat(types).contains("event", "sms");
        assertThat(timeline.toString()).contains("sudah dicek lewat telepon", "PENDING", "warga 081322220002");
        assertThat(page.path("mayAct").asBoolean()).isTrue();
        assertThat(page.path("citizen").asText()).isEqualTo("081322220002");
    }

    @Test
    void searchFiltersPagesAndLetsOnlyTriageStaffSearchByNumber() {
        String a = console.desk.smsTicket("6281322220003", "saluran air mampet di gang mawar kuncen",
                "infrastruktur");
        String b = console.desk.smsTicket("6281322220003", "saluran air mampet lagi di gang melati kuncen",
                "infrastruktur");
        JsonNode byText = sari.get("/api/tickets?text=saluran+air+mampet").json();
        assertThat(byText.path("total").asInt()).isEqualTo(2);
        assertThat(byText.path("tickets").findValuesAsText("ticket")).containsExactly(b, a);
        JsonNode page1 = sari.get("/api/tickets?text=saluran+air+mampet&size=1&page=1").json();
        assertThat(page1.path("tickets").findValuesAsText("ticket")).containsExactly(a);
        assertThat(sari.get("/api/tickets?ticket=" + a.toLowerCase()).json().path("total").asInt()).isEqualTo(1);
        assertThat(sari.get("/api/tickets?citizen=0813-2222-0003").json().path("tickets")
                .findValuesAsText("ticket")).containsExactlyInAnyOrder(a, b);
        assertThat(sari.get("/api/tickets?text=saluran+air+mampet&state=DONE").json().path("total").asInt())
                .isZero();
        String unit = console.activeUnits(a).get(0);
        assertThat(sari.get("/api/tickets?text=mampet&unit=" + unit + "&kecamatan=" + console.desk.kecamatan
                + "&category=infrastruktur").json().path("total").asInt()).isEqualTo(2);
        assertThat(sari.get("/api/tickets?text=mampet&from=2001-01-01&to=2001-12-31").json().path("total").asInt())
                .isZero();
        assertThat(sari.get("/api/tickets?from=kemarin").status()).isEqualTo(400);

        DeskClient siti = console.as("siti");
        assertThat(siti.get("/api/tickets?citizen=081322220003").status()).isEqualTo(403);
        JsonNode asStation = siti.get("/api/tickets?text=saluran+air+mampet").json();
        assertThat(asStation.path("total").asInt()).isEqualTo(2);
        assertThat(asStation.toString()).doesNotContain("gang mawar", "081322220003", "6281322220003");
        assertThat(siti.get("/api/tickets/" + a).status()).as("another channel's ticket").isEqualTo(404);
        assertThat(console.as("petugas").get("/api/tickets").status()).isEqualTo(403);
        assertThat(console.as("petugas").get("/api/tickets/" + a).status()).isEqualTo(403);
    }

    @Test
    void secretTicketsOnlyForTriageStaffAndTheStationThatTookThem() {
        DeskClient siti = console.as("siti");
        DeskClient.Reply call = siti.post("/api/calls", Map.of("kecamatan", console.desk.kecamatan, "desa",
                console.desk.desa, "category", "infrastruktur", "secret", true, "phone", "0813 2222 0009",
                "text", "pungutan liar rahasia di kantor desa kuncen oleh oknum"));
        assertThat(call.status()).isEqualTo(201);
        String secret = call.json().path("ticket").asText();
        assertThat(sari.get("/api/tickets?text=pungutan+liar+rahasia").json().toString()).contains(secret);
        assertThat(sari.get("/api/tickets/" + secret).status()).isEqualTo(200);
        JsonNode own = siti.get("/api/tickets?text=pungutan+liar+rahasia").json();
        assertThat(own.toString()).contains(secret, "pungutan liar rahasia").doesNotContain("081322220009");
        JsonNode ownPage = siti.get("/api/tickets/" + secret).json();
        assertThat(ownPage.path("mayAct").asBoolean()).isFalse();
        assertThat(ownPage.toString()).contains("0813****0009").doesNotContain("081322220009");
        assertThat(siti.post("/api/tickets/" + secret + "/note", Map.of("text", "x")).status()).isEqualTo(403);
        for (String other : List.of("budi", "adminb")) {
            DeskClient c = console.as(other);
            assertThat(c.get("/api/tickets?text=pungutan+liar+rahasia").json().path("total").asInt()).as(other)
                    .isZero();
            assertThat(c.get("/api/tickets?ticket=" + secret).json().path("total").asInt()).as(other).isZero();
            assertThat(c.get("/api/tickets/" + secret).status()).as(other).isEqualTo(404);
        }
    }
}
