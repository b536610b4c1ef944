package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.MutableClock;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.sql.Database;
import id.wadul.sql.desk.CallMapper;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desk's JSON API on a real server (port 0) with the embedded MariaDB and the flow's real rules. */
class DeskApiIT {

    static final Path CONF = Path.of("..", "conf");
    static final String STATION = "Radio Malowopati";
    static final String PASSWORD = "rahasia-sekali-123";

    static Database db;
    static AnalyzerAdvisor advisor;
    static DeskServer server;
    static DeskServer expiringServer;
    static MutableClock clock;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
        ComplaintAnalyzer analyzer = ComplaintAnalyzer.load(CONF, "35.22");
        advisor = new AnalyzerAdvisor(analyzer, Region.load("35.22"));
        ComplaintIntake intake = DeskFixtures.intake(db, analyzer);
        Accounts accounts = new Accounts(db.sqlSessionFactory(), DeskSettings.defaults(), Clock.systemUTC());
        accounts.create("admin", "ADMIN", STATION, PASSWORD);
        accounts.create("siti", "OPERATOR", STATION, PASSWORD);
        accounts.create("budi", "OPERATOR", "Radio Lain", PASSWORD);
        accounts.create("locky", "OPERATOR", STATION, PASSWORD);
        server = new DeskServer(db.sqlSessionFactory(), intake, advisor, DeskSettings.defaults().withHost("127.0.0.1"),
                ZoneId.of("Asia/Jakarta"), Clock.systemUTC()).start(0);
        clock = new MutableClock(Instant.now());
        expiringServer = new DeskServer(db.sqlSessionFactory(), intake, advisor,
                DeskSettings.defaults().withHost("127.0.0.1").withSessionIdle(Duration.ofMinutes(2)),
                ZoneId.of("Asia/Jakarta"), clock).start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        expiringServer.stop();
        db.close();
    }

    DeskClient client() {
        return new DeskClient(server.port());
    }

    DeskClient loggedIn(String username) {
        DeskClient c = client();
        assertThat(c.login(username, PASSWORD).status()).isEqualTo(200);
        return c;
    }

    @Test
    void everyEndpointButLoginNeedsASession() {
        DeskClient anonymous = client();
        for (String path : new String[] {"/api/me", "/api/kecamatan?q=pad", "/api/desa?kecamatan=35.22.05",
                "/api/calls?scope=today", "/api/similar?category=infrastruktur&desa=x", "/api/operators",
                "/api/categories", "/api/units"}) {
            DeskClient.Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.json().path("error").asText()).as(path).contains("masuk");
        }
        for (String path : new String[] {"/api/suggest", "/api/calls", "/api/operators", "/api/logout"}) {
            assertThat(anonymous.postWithCsrf(path, Map.of(), "x").status()).as(path).isEqualTo(401);
        }
        DeskClient.Reply page = anonymous.get("/");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.raw().headers().firstValue("Location")).hasValue("/login");
        assertThat(anonymous.get("/login").status()).isEqualTo(200);
    }

    @Test
    void loginFailuresAreRefusedAlike() {
        DeskClient c = client();
        DeskClient.Reply wrong = c.login("siti", "salah-kata-sandi");
        DeskClient.Reply unknown = c.login("nobody", PASSWORD);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().path("error").asText()).isEqualTo(unknown.json().path("error").asText());
        assertThat(c.get("/api/me").status()).isEqualTo(401);
        assertThat(c.post("/api/login", Map.of("username", "siti")).status()).isEqualTo(401);
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieAndMeTellsWhoAndTheCsrfToken() {
        DeskClient c = client();
        DeskClient.Reply login = c.login("Siti ", PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        String setCookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("wadul_desk=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        DeskClient.Reply me = c.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("siti");
        assertThat(me.json().path("role").asText()).isEqualTo("OPERATOR");
        assertThat(me.json().path("station").asText()).isEqualTo(STATION);
        assertThat(me.json().path("csrfToken").asText()).isEqualTo(c.csrf).hasSizeGreaterThan(30);
        assertThat(c.get("/").status()).isEqualTo(200);
    }

    @Test
    void stateChangingRequestsNeedTheSessionsCsrfToken() {
        DeskClient c = loggedIn("siti");
        Map<String, String> body = Map.of("text", "jalan rusak parah di padangan");
        DeskClient.Reply missing = c.postWithCsrf("/api/suggest", body, null);
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.json().path("error").asText()).contains("CSRF");
        assertThat(c.postWithCsrf("/api/suggest", body, "wrong-token").status()).isEqualTo(403);
        DeskClient other = loggedIn("siti");
        assertThat(c.postWithCsrf("/api/suggest", body, other.csrf).status()).isEqualTo(403);
        assertThat(c.postWithCsrf("/api/logout", Map.of(), null).status()).isEqualTo(403);
        assertThat(c.postWithCsrf("/api/calls", Map.of("text", "x"), "wrong").status()).isEqualTo(403);
        assertThat(c.post("/api/suggest", body).status()).isEqualTo(200);
        assertThat(c.postForm("/api/suggest", "text=jalan+rusak+parah").status()).isEqualTo(415);
        assertThat(client().postForm("/api/login", "{\"username\":\"siti\",\"password\":\"" + PASSWORD + "\"}")
                .status()).as("login CSRF by a cross-site form").isEqualTo(415);
    }

    @Test
    void logoutEndsTheSession() {
        DeskClient c = loggedIn("siti");
        assertThat(c.post("/api/logout", Map.of()).status()).isEqualTo(204);
        assertThat(c.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void sessionsExpireWhenIdleAndAfterTheirMaximumAge() {
        DeskClient c = new DeskClient(expiringServer.port());
        assertThat(c.login("siti", PASSWORD).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(90));
        assertThat(c.get("/api/me").status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(90));
        assertThat(c.get("/api/me").status()).as("used 90 s ago, idle limit 2 min").isEqualTo(200);
        clock.advance(Duration.ofMinutes(3));
        assertThat(c.get("/api/me").status()).as("idle for 3 min").isEqualTo(401);

        DeskClient busy = new DeskClient(expiringServer.port());
        assertThat(busy.login("siti", PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 8 * 60; i++) {
            clock.advance(Duration.ofMinutes(1));
            if (busy.get("/api/me").status() != 200) {
                assertThat(i).as("minutes survived").isGreaterThanOrEqualTo(8 * 60 - 2);
                return;
            }
        }
        throw new AssertionError("session outlived its 8 h maximum");
    }

    @Test
    void repeatedWrongPasswordsSlowThatUsernameFromThatAddressWithoutLockingTheAccount() {
        DeskClient c = new DeskClient(expiringServer.port());
        for (int i = 0; i < 5; i++) {
            assertThat(c.login("locky", "salah-salah-salah").status()).isEqualTo(401);
        }
        assertThat(c.login("locky", "salah-salah-salah").status()).as("6th: first delay starts").isEqualTo(401);
        DeskClient.Reply slowed = c.login("locky", PASSWORD);
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.json().path("error").asText()).contains("Coba lagi dalam").doesNotContain("dikunci");
        assertThat(slowed.raw().headers().firstValue("Retry-After")).isPresent();
        clock.advance(Duration.ofSeconds(2));
        assertThat(c.login("locky", PASSWORD).status()).as("the delay has passed").isEqualTo(200);
    }

    @Test
    void kecamatanAndDesaAutocompleteFromTheRegencyList() {
        DeskClient c = loggedIn("siti");
        DeskClient.Reply kec = c.get("/api/kecamatan?q=padnagan");
        assertThat(kec.status()).isEqualTo(200);
        assertThat(kec.json().get(0).path("name").asText()).isEqualToIgnoringCase("Padangan");
        String padangan = kec.json().get(0).path("code").asText();
        assertThat(padangan).startsWith("35.22.");
        DeskClient.Reply desa = c.get("/api/desa?kecamatan=" + padangan + "&q=kuncen");
        assertThat(desa.status()).isEqualTo(200);
        assertThat(desa.json().get(0).path("name").asText()).isEqualToIgnoringCase("Kuncen");
        assertThat(desa.json().get(0).path("code").asText()).startsWith(padangan + ".");
        DeskClient.Reply unknown = c.get("/api/desa?kecamatan=99.99.99&q=a");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").path("kecamatan").asText()).isNotEmpty();
        assertThat(c.get("/api/categories").json().findValuesAsText("code")).contains("infrastruktur", "lainnya");
        assertThat(c.get("/api/units").json().findValuesAsText("code")).contains("kominfo");
    }

    @Test
    void suggestGivesTheFlowsCategoryUnitsAndPlace() {
        DeskClient c = loggedIn("siti");
        DeskClient.Reply s = c.post("/api/suggest",
                Map.of("text", "jalan rusak parah berlubang di desa kuncen kec padangan, tolong diperbaiki"));
        assertThat(s.status()).isEqualTo(200);
        assertThat(s.json().path("category").asText()).isEqualTo("infrastruktur");
        assertThat(s.json().path("confident").asBoolean()).isTrue();
        assertThat(s.json().path("units")).isNotEmpty();
        assertThat(s.json().path("kecamatan").path("name").asText()).isEqualToIgnoringCase("Padangan");
        assertThat(s.json().path("desa").path("name").asText()).isEqualToIgnoringCase("Kuncen");
        DeskClient.Reply empty = c.post("/api/suggest", Map.of("text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").path("text").asText()).isNotEmpty();
    }

    @Test
    void onlyAdminsManageAccounts() {
        DeskClient operator = loggedIn("siti");
        assertThat(operator.get("/api/operators").status()).isEqualTo(403);
        assertThat(operator.post("/api/operators", Map.of("username", "eve", "role", "ADMIN", "station", "X"))
                .status()).isEqualTo(403);

        DeskClient admin = loggedIn("admin");
        DeskClient.Reply otherStation = admin.post("/api/operators",
                Map.of("username", "wati", "role", "OPERATOR", "station", "Radio Lain"));
        assertThat(otherStation.status()).isEqualTo(400);
        assertThat(otherStation.json().path("errors").path("station").asText()).contains("stasiunnya sendiri");
        DeskClient.Reply created = admin.post("/api/operators", Map.of("username", "wati", "role", "OPERATOR"));
        assertThat(created.status()).isEqualTo(201);
        String generated = created.json().path("password").asText();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(Passwords.MIN_LENGTH);
        DeskClient wati = client();
        assertThat(wati.login("wati", generated).status()).isEqualTo(200);
        assertThat(wati.get("/api/me").json().path("station").asText()).isEqualTo(STATION);
        assertThat(admin.get("/api/operators").json().findValuesAsText("username")).contains("admin", "siti", "wati")
                .doesNotContain("budi", generated);
        assertThat(admin.get("/api/operators").raw().body()).doesNotContain("$2");

        DeskClient.Reply duplicate = admin.post("/api/operators",
                Map.of("username", "wati", "role", "OPERATOR", "station", STATION, "password", "abcdefghijkl"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("errors").path("username").asText()).contains("sudah dipakai");
        DeskClient.Reply invalid = admin.post("/api/operators",
                Map.of("username", "A!", "role", "KING", "password", "short"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("username", "role", "password");
    }

    @Test
    void pagesAndApiCarrySecurityHeaders() {
        DeskClient c = loggedIn("siti");
        for (String path : new String[] {"/", "/api/me", "/desk/desk.js"}) {
            DeskClient.Reply reply = c.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.raw().headers().firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(reply.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(reply.raw().headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
        assertThat(c.get("/desk/../../etc/passwd").status()).isNotEqualTo(200);
        assertThat(c.get("/desk/unknown.js").status()).isEqualTo(404);
    }

    @Test
    void invalidCallsAreRefusedFieldByFieldAndNothingIsStored() {
        DeskClient c = loggedIn("siti");
        int before = callCount();
        DeskClient.Reply empty = c.post("/api/calls", Map.of("text", "", "phone", "12345", "kecamatan", "99.99.99"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").path("text").asText()).contains("wajib");
        assertThat(empty.json().path("errors").path("phone").asText()).contains("tidak valid");
        assertThat(empty.json().path("errors").path("kecamatan").asText()).contains("tidak dikenal");

        DeskClient.Reply tooLong = c.post("/api/calls", Map.of("text", "a".repeat(1001), "consentSms", true));
        assertThat(tooLong.json().path("errors").path("text").asText()).contains("terlalu panjang");
        assertThat(tooLong.json().path("errors").path("phone").asText()).contains("nomor HP");
        assertThat(tooLong.json().path("errors").path("kecamatan").asText()).contains("wajib");

        String padangan = c.get("/api/kecamatan?q=padangan").json().get(0).path("code").asText();
        DeskClient.Reply wrongDesa = c.post("/api/calls", Map.of("text", "jalan rusak parah sekali",
                "kecamatan", padangan, "desa", "35.22.01.2001", "category", "sihir", "units", new String[] {"x"}));
        assertThat(wrongDesa.status()).isEqualTo(400);
        assertThat(wrongDesa.json().path("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("desa", "category", "units");
        DeskClient.Reply notJson = c.post("/api/calls", "just a string");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(callCount()).isEqualTo(before);
    }

    @Test
    void aCallBecomesATicketOfTheFlowSeenByItsStationAndAdminsOnly() {
        DeskClient siti = loggedIn("siti");
        String padangan = siti.get("/api/kecamatan?q=padangan").json().get(0).path("code").asText();
        String kuncen = siti.get("/api/desa?kecamatan=" + padangan + "&q=kuncen").json().get(0).path("code").asText();
        String text = "Jalan desa rusak parah berlubang besar <script>alert(1)</script> mohon segera diperbaiki";
        DeskClient.Reply logged = siti.post("/api/calls", Map.of("name", "Pak Darmo", "phone", "0812-3456-7890",
                "consentSms", true, "kecamatan", padangan, "desa", kuncen, "text", text));
        assertThat(logged.status()).isEqualTo(201);
        String number = logged.json().path("ticket").asText();
        assertThat(number).matches("[A-Z0-9]{4,12}");
        assertThat(logged.json().path("category").asText()).isEqualTo("infrastruktur");
        assertThat(logged.json().path("linked").asBoolean()).isFalse();

        TicketRow ticket = ticket(number);
        assertThat(ticket.channel()).isEqualTo("radio");
        assertThat(ticket.operator()).isEqualTo("siti");
        assertThat(ticket.station()).isEqualTo(STATION);
        assertThat(ticket.citizenNumber()).isEqualTo("6281234567890");
        assertThat(ticket.notifyCitizen()).isTrue();
        assertThat(ticket.desaCode()).isEqualTo(kuncen);
        assertThat(ticket.text()).isEqualTo(text);

        DeskClient.Reply today = siti.get("/api/calls?scope=today");
        assertThat(today.status()).isEqualTo(200);
        assertThat(today.json().findValuesAsText("ticket")).contains(number);
        assertThat(today.json().findValuesAsText("text")).contains(text);
        assertThat(today.json().findValuesAsText("station")).containsOnly(STATION);
        assertThat(today.raw().body()).doesNotContain("6281234567890");
        assertThat(loggedIn("budi").get("/api/calls?scope=recent").json().findValuesAsText("ticket"))
                .doesNotContain(number);
        assertThat(loggedIn("admin").get("/api/calls?scope=today").json().findValuesAsText("ticket")).contains(number);
        DeskClient.Reply search = siti.get("/api/calls?scope=today&q=" + number.toLowerCase());
        assertThat(search.json().findValuesAsText("ticket")).containsOnly(number);
        assertThat(siti.get("/api/calls?scope=yesterday").status()).isEqualTo(400);

        // an officer's step shows in the follow-up list
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            TicketMapper tickets = s.getMapper(TicketMapper.class);
            String unit = tickets.activeUnits(ticket.id()).get(0);
            tickets.insertEvent(new TicketEventRow(0, ticket.id(), Instant.now(), "OFFICER", "6280000000501",
                    "PROSES", unit, "tim sudah meluncur", null));
            tickets.updateState(ticket.id(), "IN_PROGRESS", Instant.now());
        }
        JsonNode row = rowOf(siti.get("/api/calls?scope=today&q=" + number).json(), number);
        assertThat(row.path("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(row.path("notes").get(0).path("detail").asText()).isEqualTo("tim sudah meluncur");
        assertThat(row.path("notes").get(0).path("kind").asText()).isEqualTo("PROSES");
    }

    @Test
    void aCallCanBeLinkedToASimilarOpenTicket() {
        DeskClient siti = loggedIn("siti");
        String kec = siti.get("/api/kecamatan?q=kalitidu").json().get(0).path("code").asText();
        String desa = siti.get("/api/desa?kecamatan=" + kec).json().get(0).path("code").asText();
        String number = siti.post("/api/calls", Map.of("kecamatan", kec, "desa", desa,
                "text", "lampu penerangan jalan mati semua sudah seminggu gelap sekali", "category", "lalu-lintas"))
                .json().path("ticket").asText();
        DeskClient.Reply similar = siti.get("/api/similar?category=lalu-lintas&desa=" + desa);
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.json().findValuesAsText("ticket")).contains(number);
        assertThat(siti.get("/api/similar?category=pendidikan&desa=" + desa).json()).isEmpty();

        int before = callCount();
        DeskClient.Reply linked = siti.post("/api/calls", Map.of("kecamatan", kec, "desa", desa,
                "text", "lampu jalan di dekat masjid juga mati", "linkTicket", number.toLowerCase()));
        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json().path("ticket").asText()).isEqualTo(number);
        assertThat(linked.json().path("linked").asBoolean()).isTrue();
        assertThat(callCount()).isEqualTo(before + 1);
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            List<TicketEventRow> events = s.getMapper(TicketMapper.class).events(ticket(number).id());
            assertThat(events).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo("NOTE");
                assertThat(e.actorKind()).isEqualTo("OPERATOR");
                assertThat(e.actor()).isEqualTo("siti");
                assertThat(e.detail()).contains("lampu jalan di dekat masjid");
            });
        }
        DeskClient.Reply unknown = siti.post("/api/calls", Map.of("kecamatan", kec,
                "text", "lampu jalan di dekat masjid juga mati", "linkTicket", "ZZZZZZ"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").path("linkTicket").asText()).contains("tidak ditemukan");
        assertThat(callCount()).isEqualTo(before + 1);
    }

    @Test
    void emergencyCallsAreUrgentAndOverridesAreKept() {
        DeskClient siti = loggedIn("siti");
        String kec = siti.get("/api/kecamatan?q=padangan").json().get(0).path("code").asText();
        DeskClient.Reply logged = siti.post("/api/calls", Map.of("kecamatan", kec, "emergency", true,
                "anonymous", true, "secret", true, "category", "keamanan", "units", new String[] {"polres"},
                "text", "ada orang mencurigakan membawa senjata di pasar"));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().path("urgent").asBoolean()).isTrue();
        assertThat(logged.json().path("category").asText()).isEqualTo("keamanan");
        assertThat(logged.json().path("units").get(0).asText()).isEqualTo("polres");
        TicketRow ticket = ticket(logged.json().path("ticket").asText());
        assertThat(ticket.urgent()).isTrue();
        assertThat(ticket.anonymous()).isTrue();
        assertThat(ticket.secret()).isTrue();
    }

    static JsonNode rowOf(JsonNode list, String number) {
        for (JsonNode row : list) {
            if (row.path("ticket").asText().equals(number)) {
                return row;
            }
        }
        throw new AssertionError(number + " not in " + list);
    }

    static TicketRow ticket(String number) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).findByNumber(number);
        }
    }

    static int callCount() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(CallMapper.class).countAll();
        }
    }
}
