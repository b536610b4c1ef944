package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.flow.NewComplaint;
import id.wadul.routes.understand.Officer;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The radio desk follows the office's rules (issue 11 item 6), on the real desk server, flow and MariaDB: an unsure
 * call goes to triage even with a kecamatan; the suggestion follows the operator's category; a call is corrected
 * or withdrawn by its operator within the window, with the units told by SMS and events in the timeline; the
 * follow-up list carries the station's area's SMS tickets; the unit list follows a routing change.
 */
class DeskCallRulesIT {

    static final String UNSURE = "tolong pak ada masalah di kampung kami sudah lama belum ada yang datang";
    static final String ROAD = "Jalan rusak parah berlubang besar di depan balai desa, sudah banyak motor jatuh";
    static final String CITIZEN = "081234567890";
    /** Urgent ("darurat") but unsure between categories: infrastruktur is the best guess (as in UrgentTriageIT). */
    static final String URGENT_UNSURE = "tolong darurat banjir dan jalan rusak";

    static DeskTestServer desk;

    @BeforeAll
    static void start() {
        desk = new DeskTestServer("rina", "OPERATOR", DeskTestServer.STATION_A, "root", "SYSADMIN", "");
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    static Map<String, Object> call(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("kecamatan", desk.kecamatan);
        body.put("desa", desk.desa);
        body.put("phone", CITIZEN);
        body.put("consentSms", true);
        return body;
    }

    static String logged(DeskClient client, Map<String, Object> body) {
        DeskClient.Reply r = client.post("/api/calls", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.json().path("ticket").asText();
    }

    static List<OutboxRow> outbox(String ticket) {
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(OutboxMapper.class).findByTicket(desk.ticket(ticket).id());
        }
    }

    static List<String> officersOf(String unit) {
        return desk.analyzer.responsibilities().unit(unit).orElseThrow().officers().stream().map(Officer::number)
                .toList();
    }

    static List<String> kinds(String ticket) {
        return desk.events(ticket).stream().map(TicketEventRow::kind).toList();
    }

    @Test
    void anUnsureCallGoesToTriageThoughTheOperatorGaveTheKecamatan() {
        DeskClient siti = desk.loggedIn("siti");
        DeskClient.Reply r = siti.post("/api/calls", call(UNSURE));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("triage").asBoolean()).as("the page is told it went to triage").isTrue();
        String ticket = r.json().path("ticket").asText();
        assertThat(desk.ticket(ticket).state()).isEqualTo("TRIAGE");
        assertThat(desk.activeUnits(ticket)).containsExactly(desk.analyzer.responsibilities().triage().code());

        // the operator's category is a decision: that category's units, no triage
        Map<String, Object> chosen = call(UNSURE + " lagi");
        chosen.put("category", "infrastruktur");
        DeskClient.Reply decided = siti.post("/api/calls", chosen);
        assertThat(decided.json().path("triage").asBoolean()).isFalse();
        assertThat(desk.activeUnits(decided.json().path("ticket").asText())).containsExactly("dpupr");

        // an urgent unsure call waits in triage, and goes to its best-guess units at once as an SMS does
        Map<String, Object> urgent = call(URGENT_UNSURE);
        urgent.put("urgent", true);
        DeskClient.Reply both = siti.post("/api/calls", urgent);
        assertThat(both.json().path("triage").asBoolean()).isTrue();
        assertThat(desk.activeUnits(both.json().path("ticket").asText())).containsExactlyInAnyOrder("kominfo", "dpupr");
    }

    @Test
    void theSuggestionFollowsTheOperatorsCategory() {
        DeskClient siti = desk.loggedIn("siti");
        Map<String, Object> body = new HashMap<>(Map.of("text", ROAD, "kecamatan", desk.kecamatan));
        JsonNode auto = siti.post("/api/suggest", body).json();
        assertThat(auto.path("category").asText()).isEqualTo("infrastruktur");
        assertThat(codes(auto.path("units"))).containsExactly("dpupr");

        body.put("category", "keamanan");
        JsonNode chosen = siti.post("/api/suggest", body).json();
        assertThat(chosen.path("category").asText()).isEqualTo("keamanan");
        assertThat(chosen.path("confident").asBoolean()).isTrue();
        assertThat(codes(chosen.path("units"))).containsExactlyElementsOf(desk.analyzer.responsibilities()
                .unitsFor("keamanan", desk.kecamatan).stream().map(Unit::code).toList()).contains("polres");

        // unsure without a category: the triage desk, even with a kecamatan
        JsonNode unsure = siti.post("/api/suggest", Map.of("text", UNSURE, "kecamatan", desk.kecamatan)).json();
        assertThat(unsure.path("confident").asBoolean()).isFalse();
        assertThat(codes(unsure.path("units"))).containsExactly("kominfo");
        JsonNode urgent = siti.post("/api/suggest", Map.of("text", URGENT_UNSURE, "kecamatan", desk.kecamatan)).json();
        assertThat(urgent.path("confident").asBoolean()).isFalse();
        assertThat(codes(urgent.path("units"))).containsExactly("kominfo", "dpupr");
    }

    @Test
    void aWithdrawnCallCancelsItsTicketAndTellsItsUnitsAndTheCitizen() {
        DeskClient siti = desk.loggedIn("siti");
        String ticket = logged(siti, call(ROAD + " 1"));
        assertThat(desk.activeUnits(ticket)).containsExactly("dpupr");

        DeskClient.Reply r = siti.post("/api/calls/" + ticket + "/withdraw", Map.of("reason", "penelepon salah"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(desk.ticket(ticket).state()).isEqualTo("REJECTED");
        TicketEventRow withdrawn = desk.events(ticket).stream().filter(e -> e.kind().equals("WITHDRAWN"))
                .findFirst().orElseThrow();
        assertThat(withdrawn.actor()).isEqualTo("siti");
        assertThat(withdrawn.detail()).contains("penelepon salah", "dpupr");
        List<OutboxRow> cancelled = outbox(ticket).stream().filter(o -> o.text().contains("dibatalkan")).toList();
        assertThat(cancelled).extracting(OutboxRow::recipient)
                .containsAll(officersOf("dpupr")).contains("6281234567890");
        assertThat(cancelled).allMatch(o -> o.text().contains(ticket));

        assertThat(siti.post("/api/calls/" + ticket + "/withdraw", Map.of()).status()).as("only once")
                .isEqualTo(409);
        // the citizen's STATUS says cancelled, not rejected
        desk.sms("6281234567890", "STATUS " + ticket);
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            assertThat(s.getMapper(OutboxMapper.class).findAfter(0, 100_000)).extracting(OutboxRow::text)
                    .filteredOn(t -> t.startsWith("Tiket " + ticket + ":")).singleElement().asString()
                    .contains("dibatalkan").doesNotContain("ditolak");
        }
        JsonNode listed = find(siti.get("/api/calls?q=" + ticket).json(), ticket);
        assertThat(listed.path("withdrawn").asBoolean()).isTrue();
        assertThat(listed.path("editableUntil").isNull()).isTrue();
    }

    @Test
    void aCorrectionUpdatesTheTicketAndForwardsTheCorrection() {
        DeskClient siti = desk.loggedIn("siti");
        String ticket = logged(siti, call(ROAD + " 2"));
        List<String> police = desk.analyzer.responsibilities().unitsFor("keamanan", desk.kecamatan).stream()
                .map(Unit::code).toList();

        // the text alone: the same unit gets the corrected forward
        String fixed = ROAD + " 2, di RT 03";
        DeskClient.Reply text = siti.post("/api/calls/" + ticket + "/correct",
                Map.of("text", fixed, "kecamatan", desk.kecamatan, "desa", desk.desa));
        assertThat(text.status()).as(text.raw().body()).isEqualTo(200);
        assertThat(desk.ticket(ticket).text()).isEqualTo(fixed);
        assertThat(outbox(ticket).stream().filter(o -> o.text().contains("KOREKSI")))
                .extracting(OutboxRow::recipient).containsExactlyInAnyOrderElementsOf(officersOf("dpupr"));
        assertThat(outbox(ticket).stream().filter(o -> o.text().contains("KOREKSI")))
                .allMatch(o -> o.text().contains("RT 03"));

        // another category: re-routed; the unit no longer responsible is told it is off, the new ones get it
        DeskClient.Reply category = siti.post("/api/calls/" + ticket + "/correct",
                Map.of("text", fixed, "category", "keamanan", "kecamatan", desk.kecamatan));
        assertThat(category.status()).as(category.raw().body()).isEqualTo(200);
        assertThat(desk.ticket(ticket).category()).isEqualTo("keamanan");
        assertThat(desk.ticket(ticket).desaCode()).isNull();
        assertThat(desk.activeUnits(ticket)).containsExactlyInAnyOrderElementsOf(police);
        assertThat(outbox(ticket).stream().filter(o -> o.text().contains("dibatalkan")))
                .extracting(OutboxRow::recipient).containsExactlyInAnyOrderElementsOf(officersOf("dpupr"));
        List<String> forwarded = new ArrayList<>();
        police.forEach(u -> forwarded.addAll(officersOf(u)));
        assertThat(outbox(ticket).stream().filter(o -> o.text().startsWith("WADUL " + ticket) && o.text()
                .contains("Balas:") && !o.text().contains("KOREKSI")).map(OutboxRow::recipient))
                .containsAll(forwarded);
        assertThat(kinds(ticket)).containsSubsequence("CREATED", "CORRECTED", "CORRECTED");
        assertThat(desk.events(ticket).stream().filter(e -> e.kind().equals("CORRECTED")).toList().get(1).detail())
                .contains("kategori infrastruktur -> keamanan");

        DeskClient.Reply nothing = siti.post("/api/calls/" + ticket + "/correct",
                Map.of("text", fixed, "category", "keamanan", "kecamatan", desk.kecamatan));
        assertThat(nothing.status()).isEqualTo(400);
        DeskClient.Reply invalid = siti.post("/api/calls/" + ticket + "/correct",
                Map.of("text", "pendek", "kecamatan", desk.kecamatan));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").path("text").asText()).contains("terlalu pendek");
    }

    @Test
    void afterTheWindowTheDeskSaysSoAndChangesNothing() {
        DeskClient siti = desk.loggedIn("siti");
        String ticket = logged(siti, call(ROAD + " 3"));
        desk.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        DeskClient.Reply correct = siti.post("/api/calls/" + ticket + "/correct",
                Map.of("text", ROAD + " 3 koreksi", "kecamatan", desk.kecamatan));
        assertThat(correct.status()).isEqualTo(409);
        assertThat(correct.json().path("error").asText()).contains("Batas waktu koreksi (10 menit");
        DeskClient.Reply withdraw = siti.post("/api/calls/" + ticket + "/withdraw", Map.of());
        assertThat(withdraw.status()).isEqualTo(409);
        assertThat(withdraw.json().path("error").asText()).contains("sudah lewat");
        assertThat(desk.ticket(ticket).state()).isEqualTo("OPEN");
        assertThat(desk.ticket(ticket).text()).isEqualTo(ROAD + " 3");
        assertThat(kinds(ticket)).doesNotContain("CORRECTED", "WITHDRAWN");
        assertThat(find(siti.get("/api/calls?q=" + ticket).json(), ticket).path("editableUntil").asText())
                .isNotEmpty();
    }

    @Test
    void anotherStationsOperatorOrAnotherOperatorCannotTouchACall() {
        DeskClient siti = desk.loggedIn("siti");
        String ticket = logged(siti, call(ROAD + " 4"));
        DeskClient budi = desk.loggedIn("budi");
        assertThat(budi.post("/api/calls/" + ticket + "/withdraw", Map.of()).status()).isEqualTo(404);
        assertThat(budi.post("/api/calls/" + ticket + "/correct",
                Map.of("text", ROAD + " 4 salah", "kecamatan", desk.kecamatan)).status()).isEqualTo(404);
        assertThat(desk.loggedIn("adminb").post("/api/calls/" + ticket + "/withdraw", Map.of()).status())
                .isEqualTo(404);
        DeskClient rina = desk.loggedIn("rina");
        DeskClient.Reply other = rina.post("/api/calls/" + ticket + "/withdraw", Map.of());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().path("error").asText()).contains("siti");
        assertThat(find(rina.get("/api/calls?q=" + ticket).json(), ticket).path("editableUntil").isNull()).isTrue();
        assertThat(desk.ticket(ticket).state()).isEqualTo("OPEN");
        assertThat(kinds(ticket)).doesNotContain("WITHDRAWN");
        // the station's admin may
        assertThat(desk.loggedIn("admina").post("/api/calls/" + ticket + "/withdraw", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void theFollowUpListCarriesTheAreasSmsTicketsButNoSecretOnesNorNumbersNorTexts() {
        String open = desk.smsTicket("081311112222", "Lampu jalan mati di dekat pasar sejak seminggu", "energi");
        String secret = desk.intake.open(NewComplaint.builder("sms", "RAHASIA pungli di kantor desa kami")
                .citizen("6281399998888", null).secret(true).place(desk.kecamatan, desk.desa).build()).number();
        DeskClient siti = desk.loggedIn("siti");
        DeskClient.Reply list = siti.get("/api/calls");
        JsonNode sms = find(list.json(), open);
        assertThat(sms.path("kind").asText()).isEqualTo("sms");
        assertThat(sms.path("kecamatan").asText()).isEqualToIgnoringCase("Padangan");
        assertThat(sms.has("text")).isFalse();
        assertThat(list.raw().body()).doesNotContain(secret, "6281311112222", "081311112222", "Lampu jalan mati");

        // the station's admin narrows the area to another kecamatan: the ticket leaves the list; back, it returns
        String other = desk.advisor.places().kecamatan("kanor", 1).get(0).code();
        DeskClient admina = desk.loggedIn("admina");
        assertThat(siti.post("/api/station/area", Map.of("kecamatan", List.of(other))).status()).isEqualTo(403);
        assertThat(admina.post("/api/station/area", Map.of("kecamatan", List.of(other))).status()).isEqualTo(200);
        assertThat(siti.get("/api/calls").raw().body()).doesNotContain(open);
        assertThat(desk.loggedIn("budi").get("/api/calls").raw().body()).as("Radio B covers the regency")
                .contains(open);
        assertThat(admina.post("/api/station/area", Map.of("kecamatan", List.of("99.99"))).status()).isEqualTo(400);
        assertThat(admina.post("/api/station/area", Map.of("kecamatan", List.of(desk.kecamatan))).json()
                .get(0).path("code").asText()).isEqualTo(desk.kecamatan);
        assertThat(siti.get("/api/calls").raw().body()).contains(open).doesNotContain(secret);
        assertThat(admina.post("/api/station/area", Map.of("kecamatan", List.of())).status()).isEqualTo(200);
    }

    @Test
    void theUnitListFollowsTheConsolesUnitChangeWithoutARestart() {
        DeskClient siti = desk.loggedIn("siti");
        assertThat(siti.get("/api/units").raw().body()).doesNotContain("posko-banjir");
        DeskClient root = desk.loggedIn("root");
        assertThat(root.post("/api/admin/units", Map.of("code", "posko-banjir", "name", "Posko Banjir Kanor",
                "seesCitizenNumber", "never")).status()).isEqualTo(201);
        assertThat(root.post("/api/admin/people", Map.of("name", "Pak Posko", "number", "081299009999",
                "units", List.of("posko-banjir"))).status()).isEqualTo(201);

        assertThat(siti.get("/api/units").raw().body()).contains("posko-banjir", "Posko Banjir Kanor");
        Map<String, Object> body = call(ROAD + " 5");
        body.put("units", List.of("posko-banjir"));
        String ticket = logged(siti, body);
        assertThat(desk.activeUnits(ticket)).containsExactly("posko-banjir");
        assertThat(outbox(ticket)).extracting(OutboxRow::recipient).contains("6281299009999");
    }

    static List<String> codes(JsonNode units) {
        return StreamSupport.stream(units.spliterator(), false).map(u -> u.path("code").asText()).toList();
    }

    static JsonNode find(JsonNode list, String ticket) {
        for (JsonNode n : list) {
            if (n.path("ticket").asText().equals(ticket)) {
                return n;
            }
        }
        throw new AssertionError(ticket + " not in " + list);
    }
}
