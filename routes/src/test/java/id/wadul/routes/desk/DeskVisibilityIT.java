package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What one station's desk may see of other people's tickets: probed as a second station's operator, as an
 * account whose station differs only in case and accent, and as a script walking "similar".
 */
class DeskVisibilityIT {

    static final String SECRET_TEXT = "pungli di kantor desa kuncen oleh oknum perangkat desa, penelepon takut";
    static final String OPEN_TEXT = "jalan rusak parah berlubang di desa kuncen mohon segera diperbaiki";
    static final String SMS_TEXT = "jln rusak parah di kuncen padangan banyak motor jatuh tolong";
    static final String CITIZEN = "6281299990001";

    static DeskTestServer desk;
    static String secretTicket;
    static String openTicket;
    static String smsTicket;

    @BeforeAll
    static void start() {
        desk = new DeskTestServer("rina", "OPERATOR", DeskTestServer.STATION_A);
        desk.insertLegacyAccount("spoof", "OPERATOR", "RADIO Á");
        DeskClient siti = desk.loggedIn("siti");
        secretTicket = logCall(siti, SECRET_TEXT, true);
        openTicket = logCall(siti, OPEN_TEXT, false);
        smsTicket = desk.smsTicket(CITIZEN, SMS_TEXT, "infrastruktur");
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    static String logCall(DeskClient c, String text, boolean secret) {
        Map<String, Object> call = new HashMap<>(Map.of("kecamatan", desk.kecamatan, "desa", desk.desa, "text", text,
                "category", "infrastruktur", "secret", secret, "phone", "0812 9999 0002", "name", "Pak Darmo"));
        DeskClient.Reply reply = c.post("/api/calls", call);
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
        return reply.json().path("ticket").asText();
    }

    String similarPath() {
        return "/api/similar?category=infrastruktur&desa=" + desk.desa;
    }

    static JsonNode entry(JsonNode list, String number) {
        for (JsonNode e : list) {
            if (e.path("ticket").asText().equals(number)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void anotherStationSeesNoSecretTicketAndOnlyNumberPlaceAndStateOfTheOthers() {
        DeskClient.Reply reply = desk.loggedIn("budi").get(similarPath());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().findValuesAsText("ticket")).contains(openTicket, smsTicket).doesNotContain(secretTicket);
        assertThat(reply.raw().body()).doesNotContain(secretTicket, SECRET_TEXT, OPEN_TEXT, SMS_TEXT, CITIZEN,
                "6281299990002", "Darmo");
        JsonNode sms = entry(reply.json(), smsTicket);
        assertThat(sms.path("own").asBoolean()).isFalse();
        assertThat(sms.path("text").isNull()).isTrue();
        assertThat(sms.path("desa").asText()).isEqualToIgnoringCase("Kuncen");
        assertThat(sms.path("stateLabel").asText()).isNotEmpty();
    }

    @Test
    void theStationThatTookACallSeesItInFullSecretOnesIncluded() {
        DeskClient.Reply reply = desk.loggedIn("siti").get(similarPath());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(entry(reply.json(), secretTicket).path("text").asText()).isEqualTo(SECRET_TEXT);
        assertThat(entry(reply.json(), openTicket).path("own").asBoolean()).isTrue();
        assertThat(entry(reply.json(), smsTicket).path("text").isNull()).isTrue();
        assertThat(reply.raw().body()).doesNotContain(SMS_TEXT, CITIZEN);
    }

    @Test
    void aStationNameDifferingOnlyInCaseAndAccentIsAnotherStation() {
        DeskClient spoof = desk.loggedIn("spoof");
        // no call of A's (the list carries the regency's SMS tickets too, which any station reads on air)
        DeskClient.Reply calls = spoof.get("/api/calls?scope=recent");
        assertThat(calls.json()).noneMatch(n -> n.path("kind").asText().equals("call"));
        assertThat(calls.raw().body()).doesNotContain(secretTicket, SECRET_TEXT, OPEN_TEXT);
        DeskClient.Reply similar = spoof.get(similarPath());
        assertThat(similar.raw().body()).doesNotContain(secretTicket, SECRET_TEXT, OPEN_TEXT);
        DeskClient.Reply nearDuplicate = desk.loggedIn("admina").post("/api/operators",
                Map.of("username", "eve", "role", "OPERATOR", "station", "RADIO Á"));
        assertThat(nearDuplicate.status()).isEqualTo(400);
        assertThat(desk.accounts.find("eve")).isEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ApiException.class,
                () -> desk.accounts.create("eve", "OPERATOR", "radio a", DeskTestServer.PASSWORD)).fieldErrors())
                .containsKey("station");
    }

    @Test
    void anAdminOfAnotherStationSeesNoneOfItsCalls() {
        DeskClient.Reply calls = desk.loggedIn("adminb").get("/api/calls?scope=recent");
        assertThat(calls.status()).isEqualTo(200);
        // (a call of station B may be linked to openTicket: that call is B's own and shows)
        assertThat(calls.raw().body()).doesNotContain(secretTicket, SECRET_TEXT, OPEN_TEXT, "Pak Darmo");
        assertThat(desk.loggedIn("adminb").get(similarPath()).raw().body()).doesNotContain(secretTicket);
    }

    @Test
    void aCallIsLinkedOnlyToATicketTheStationMaySeeAndShowsNoOtherStationsNotes() {
        DeskClient budi = desk.loggedIn("budi");
        int notesBefore = notes(secretTicket);
        DeskClient.Reply secret = budi.post("/api/calls", Map.of("kecamatan", desk.kecamatan,
                "text", "saya juga mau menambahkan soal ini", "linkTicket", secretTicket));
        assertThat(secret.status()).isEqualTo(400);
        assertThat(secret.json().path("errors").path("linkTicket").asText()).contains("tidak ditemukan");
        assertThat(notes(secretTicket)).isEqualTo(notesBefore);
        assertThat(budi.get("/api/calls?scope=recent&q=" + secretTicket).json()).isEmpty();

        desk.officerNote(openTicket, "petugas sudah cek lokasi, pelapor pak darmo rt 03");
        DeskClient.Reply linked = budi.post("/api/calls", Map.of("kecamatan", desk.kecamatan,
                "text", "jalan yang sama rusak makin parah", "linkTicket", openTicket));
        assertThat(linked.status()).isEqualTo(201);
        JsonNode row = DeskApiIT.rowOf(budi.get("/api/calls?scope=recent").json(), openTicket);
        assertThat(row.path("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(row.path("notes")).isEmpty();
        assertThat(budi.get("/api/calls?scope=recent").raw().body()).doesNotContain("petugas sudah cek", OPEN_TEXT);

        JsonNode own = DeskApiIT.rowOf(desk.loggedIn("siti").get("/api/calls?scope=recent&q=" + openTicket).json(),
                openTicket);
        assertThat(own.path("notes").findValuesAsText("detail")).contains(
                "petugas sudah cek lokasi, pelapor pak darmo rt 03");
    }

    @Test
    void similarLookupsAreBudgetedPerAccount() {
        DeskClient rina = desk.loggedIn("rina");
        for (int i = 0; i < DeskServer.LOOKUPS_PER_MINUTE; i++) {
            assertThat(rina.get(similarPath()).status()).as("lookup " + i).isEqualTo(200);
        }
        DeskClient.Reply spent = rina.get(similarPath());
        assertThat(spent.status()).isEqualTo(429);
        assertThat(spent.json().path("error").asText()).contains("Tunggu", "detik");
        DeskClient again = desk.loggedIn("rina");
        assertThat(again.get(similarPath()).status()).as("a new session shares the budget").isEqualTo(429);
        assertThat(desk.loggedIn("siti").get("/api/calls?scope=recent").status()).isEqualTo(200);
        desk.clock.advance(Duration.ofSeconds(10));
        assertThat(rina.get(similarPath()).status()).isEqualTo(200);
    }

    static int notes(String number) {
        return (int) desk.events(number).stream().filter(e -> e.kind().equals("NOTE")).count();
    }
}
