package id.wadul.routes.console.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.console.ConsoleFixture;
import id.wadul.routes.desk.DeskClient;
import id.wadul.routes.desk.DeskTestServer;
import id.wadul.routes.flow.NewComplaint;
import id.wadul.routes.understand.Officer;
import id.wadul.sql.incident.IncidentMapper;
import id.wadul.sql.outbox.OutboxRow;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 4 by hand, through the console's HTTP API on the real flow and MariaDB: triage merges tickets into
 * an open ticket's incident and splits them out; the ticket page shows the incident's tickets the caller may know
 * of (another station's secret call stays hidden).
 */
class IncidentConsoleIT {

    static ConsoleFixture console;
    static DeskClient sari;

    @BeforeAll
    static void start() {
        console = new ConsoleFixture();
        console.desk.insertLegacyAccount("opa", "OPERATOR", DeskTestServer.STATION_A);
        console.desk.insertLegacyAccount("opb", "OPERATOR", DeskTestServer.STATION_B);
        sari = console.as("sari");
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    static Long incidentOf(String ticket) {
        try (SqlSession s = console.desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(IncidentMapper.class).incidentOf(console.desk.ticket(ticket).id());
        }
    }

    static List<String> numbers(JsonNode incident) {
        return incident.path("tickets").findValuesAsText("ticket");
    }

    static String radioCall(String station, String operator, boolean secret) {
        return console.desk.intake.open(NewComplaint.builder("radio", ConsoleFixture.UNSURE + " " + station)
                .citizen(null, "Pak Budi").secret(secret).operator(operator, station).build()).number();
    }

    @Test
    void mergesGrowTheOpenTicketsIncidentTheUnitsGetPlusNAndSplitTakesTicketsOut() {
        String open = console.desk.smsTicket("6281322220001", "jalan berlubang besar di depan balai desa", "infrastruktur");
        String second = console.triageTicket("6281322220002", ConsoleFixture.UNSURE);
        String third = console.triageTicket("6281322220003", ConsoleFixture.UNSURE + " juga");
        assertThat(sari.post("/api/triage/" + second + "/merge", Map.of("into", open)).status()).isEqualTo(200);
        assertThat(sari.post("/api/triage/" + third + "/merge", Map.of("into", second)).status())
                .as("merging into a ticket of an incident joins that incident").isEqualTo(200);

        assertThat(incidentOf(second)).isEqualTo(incidentOf(open)).isEqualTo(incidentOf(third))
                .isEqualTo(console.desk.ticket(open).id());
        List<String> units = console.activeUnits(open);
        assertThat(units).isNotEmpty();
        assertThat(console.activeUnits(third)).isEqualTo(units);
        List<String> officers = console.desk.analyzer.responsibilities().unit(units.get(0)).orElseThrow().officers()
                .stream().map(Officer::number).toList();
        assertThat(console.outbox(second).stream().filter(o -> officers.contains(o.recipient()))
                .map(OutboxRow::text)).isNotEmpty().allMatch(t -> t.startsWith("WADUL " + open + " +1 laporan"));
        assertThat(console.outbox(third).stream().filter(o -> officers.contains(o.recipient()))
                .map(OutboxRow::text)).isNotEmpty().allMatch(t -> t.startsWith("WADUL " + open + " +2 laporan"));

        JsonNode page = sari.get("/api/tickets/" + open).json();
        assertThat(page.path("incident").path("first").asText()).isEqualTo(open);
        assertThat(page.path("incident").path("reports").asInt()).isEqualTo(3);
        assertThat(numbers(page.path("incident"))).containsExactly(second, third);

        // the first ticket leaves: the next oldest heads the rest
        DeskClient.Reply split = sari.post("/api/tickets/" + open + "/split", Map.of());
        assertThat(split.status()).as(split.raw().body()).isEqualTo(200);
        assertThat(split.json().path("incident").isNull()).isTrue();
        assertThat(incidentOf(open)).isNull();
        assertThat(incidentOf(third)).isEqualTo(console.desk.ticket(second).id());
        assertThat(console.desk.events(open).stream().map(e -> e.kind())).contains("SPLIT");
        assertThat(numbers(sari.get("/api/tickets/" + second).json().path("incident"))).containsExactly(third);

        // an incident of one is none
        assertThat(sari.post("/api/tickets/" + third + "/split", Map.of()).status()).isEqualTo(200);
        assertThat(incidentOf(second)).isNull();
        assertThat(incidentOf(third)).isNull();
        assertThat(sari.post("/api/tickets/" + third + "/split", Map.of()).status())
                .as("not in an incident").isEqualTo(409);
        assertThat(console.desk.ticket(third).state()).as("a split ticket keeps its state").isEqualTo("OPEN");
    }

    @Test
    void theTicketPageHidesAnotherStationsSecretTicketOfTheIncident() {
        String open = console.desk.smsTicket("6281322220011", "lampu jalan mati sepanjang jalan desa", "infrastruktur");
        String fromB = radioCall(DeskTestServer.STATION_B, "opb", false);
        String secretFromA = radioCall(DeskTestServer.STATION_A, "opa", true);
        assertThat(sari.post("/api/triage/" + fromB + "/merge", Map.of("into", open)).status()).isEqualTo(200);
        assertThat(sari.post("/api/triage/" + secretFromA + "/merge", Map.of("into", open)).status()).isEqualTo(200);

        assertThat(numbers(sari.get("/api/tickets/" + open).json().path("incident")))
                .containsExactly(fromB, secretFromA);
        JsonNode seenByB = console.as("opb").get("/api/tickets/" + fromB).json().path("incident");
        assertThat(seenByB.path("reports").asInt()).isEqualTo(3);
        assertThat(numbers(seenByB)).containsExactly(open);
        assertThat(seenByB.toString()).doesNotContain(secretFromA);
        assertThat(numbers(console.as("opa").get("/api/tickets/" + secretFromA).json().path("incident")))
                .containsExactly(open, fromB);
    }

    @Test
    void onlyTriageStaffMaySplit() {
        String open = console.desk.smsTicket("6281322220021", "selokan mampet depan pasar", "infrastruktur");
        String joined = console.triageTicket("6281322220022", ConsoleFixture.UNSURE + " ya pak");
        assertThat(sari.post("/api/triage/" + joined + "/merge", Map.of("into", open)).status()).isEqualTo(200);
        assertThat(console.as("opa").post("/api/tickets/" + joined + "/split", Map.of()).status()).isEqualTo(403);
        assertThat(console.as("petugas").post("/api/tickets/" + joined + "/split", Map.of()).status()).isEqualTo(403);
        assertThat(incidentOf(joined)).isEqualTo(console.desk.ticket(open).id());
    }
}
