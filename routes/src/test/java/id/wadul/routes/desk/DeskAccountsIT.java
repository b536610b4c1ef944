package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.audit.AuditMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logins that cannot be turned into a lock-out, password limits, the admins' account actions, strict input. */
class DeskAccountsIT {

    static final String PASSWORD = DeskTestServer.PASSWORD;
    static DeskTestServer desk;

    @BeforeAll
    static void start() {
        desk = new DeskTestServer("lena", "OPERATOR", DeskTestServer.STATION_A, "tono", "OPERATOR",
                DeskTestServer.STATION_A, "dodi", "OPERATOR", DeskTestServer.STATION_A);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    static String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    List<String> guess(String from, String username, int times) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            RawHttp.Reply r = RawHttp.postJson(desk.server.port(), from, "/api/login", login(username, "tebak-tebak-" + i));
            answers.add(r.status() + " " + r.body().replaceAll("\\d+ detik", "N detik"));
        }
        return answers;
    }

    @Test
    void someoneGuessingFromAnotherAddressNeitherLocksOutTheOperatorNorLearnsWhichUsernamesExist() {
        List<String> existing = guess("127.0.0.2", "lena", 8);
        List<String> unknown = guess("127.0.0.3", "tidak-ada", 8);
        assertThat(existing).as("same answers for an existing and an unknown username").isEqualTo(unknown);
        assertThat(existing.subList(0, 6)).allMatch(a -> a.startsWith("401 "));
        assertThat(existing.subList(6, 8)).allMatch(a -> a.startsWith("429 ") && a.contains("Coba lagi dalam"));

        // the guesser keeps going from many usernames: the address itself is slowed
        for (int i = 0; i < 4; i++) {
            guess("127.0.0.2", "nama" + i, 4);
        }
        assertThat(guess("127.0.0.2", "baru", 1).get(0)).startsWith("429 ");

        // meanwhile lena at the desk logs in at once
        assertThat(RawHttp.postJson(desk.server.port(), "127.0.0.1", "/api/login", login("lena", PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void anAdminsUnlockForgetsTheFailedLoginsAtOnce() {
        DeskClient tono = desk.client();
        for (int i = 0; i < 6; i++) {
            assertThat(tono.login("tono", "salah-salah-salah").status()).isEqualTo(401);
        }
        assertThat(tono.login("tono", PASSWORD).status()).isEqualTo(429);
        assertThat(desk.loggedIn("admina").post("/api/operators/tono/unlock", Map.of()).status()).isEqualTo(200);
        assertThat(tono.login("tono", PASSWORD).status()).isEqualTo(200);
        assertThat(auditLines()).anyMatch(l -> l.startsWith("admina ADMIN account.unlock tono "));
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsRefusedWithAMessageNotAServerError() {
        String tooLong = "kata-sandi-".repeat(7);
        DeskClient.Reply login = desk.client().login("siti", tooLong);
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.json().path("errors").path("password").asText()).contains("72 byte");
        DeskClient admin = desk.loggedIn("admina");
        DeskClient.Reply create = admin.post("/api/operators", Map.of("username", "panjang", "role", "OPERATOR",
                "password", "é".repeat(40)));
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json().path("errors").path("password").asText()).contains("72 byte");
        DeskClient.Reply reset = admin.post("/api/operators/dodi/password", Map.of("password", tooLong));
        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.json().path("errors").path("password").asText()).contains("72 byte");
        assertThat(admin.post("/api/operators/dodi/password", Map.of("password", "pendek")).json()
                .path("errors").path("password").asText()).contains("minimal");
    }

    @Test
    void anAdminDeactivatesResetsAndEndsTheSessionsOfTheirStationsAccountsOnly() {
        DeskClient admin = desk.loggedIn("admina");
        assertThat(admin.get("/api/operators").json().findValuesAsText("username"))
                .containsOnly("siti", "admina", "lena", "tono", "dodi").doesNotContain("budi", "adminb");

        DeskClient dodi = desk.loggedIn("dodi");
        assertThat(admin.post("/api/operators/dodi/deactivate", Map.of()).json().path("active").asBoolean()).isFalse();
        assertThat(dodi.get("/api/me").status()).as("deactivation ends the session").isEqualTo(401);
        assertThat(desk.client().login("dodi", PASSWORD).status()).isEqualTo(401);
        assertThat(admin.post("/api/operators/dodi/activate", Map.of()).status()).isEqualTo(200);
        dodi = desk.loggedIn("dodi");

        DeskClient.Reply reset = admin.post("/api/operators/dodi/password", Map.of());
        assertThat(reset.status()).isEqualTo(200);
        String generated = reset.json().path("password").asText();
        assertThat(generated).hasSize(16);
        assertThat(dodi.get("/api/me").status()).as("a reset ends the sessions").isEqualTo(401);
        assertThat(desk.client().login("dodi", PASSWORD).status()).isEqualTo(401);
        DeskClient again = desk.client();
        assertThat(again.login("dodi", generated).status()).isEqualTo(200);
        DeskClient second = desk.client();
        assertThat(second.login("dodi", generated).status()).isEqualTo(200);

        DeskClient.Reply ended = admin.post("/api/operators/dodi/end-sessions", Map.of());
        assertThat(ended.json().path("ended").asInt()).isEqualTo(2);
        assertThat(again.get("/api/me").status()).isEqualTo(401);
        assertThat(second.get("/api/me").status()).isEqualTo(401);

        DeskClient adminB = desk.loggedIn("adminb");
        for (String action : List.of("deactivate", "activate", "password", "unlock", "end-sessions")) {
            DeskClient.Reply other = adminB.post("/api/operators/siti/" + action, Map.of());
            assertThat(other.status()).as(action).isEqualTo(404);
            assertThat(other.json().path("error").asText()).isEqualTo(AccountAdmin.NOT_FOUND);
            assertThat(desk.loggedIn("budi").post("/api/operators/siti/" + action, Map.of()).status()).as(action)
                    .isEqualTo(403);
        }
        assertThat(desk.loggedIn("siti").get("/api/me").status()).isEqualTo(200);
        assertThat(admin.post("/api/operators/admina/deactivate", Map.of()).status()).isEqualTo(400);
        assertThat(admin.post("/api/operators/nobody/deactivate", Map.of()).status()).isEqualTo(404);

        assertThat(auditLines()).anyMatch(l -> l.startsWith("admina ADMIN account.deactivate dodi {")
                        && l.contains("\"active\":true") && l.contains("\"active\":false"))
                .anyMatch(l -> l.startsWith("admina ADMIN account.activate dodi "))
                .anyMatch(l -> l.startsWith("admina ADMIN account.password dodi "))
                .anyMatch(l -> l.startsWith("admina ADMIN account.end-sessions dodi ")
                        && l.contains("\"sessionsEnded\":2"))
                .allMatch(l -> !l.contains("$2"))
                .noneMatch(l -> l.contains(generated));
    }

    @Test
    void jsonMustBeOneObjectWithKnownFieldsAndNothingAfterIt() {
        DeskClient siti = desk.loggedIn("siti");
        String call = "{\"kecamatan\":\"" + desk.kecamatan + "\",\"text\":\"jalan rusak parah sekali di kuncen\"";
        int before = desk.callCount();
        for (String body : List.of(call + "} garbage", call + "}{\"text\":\"lagi\"}",
                call + ",\"text\":\"dua kali\"}", call + ",\"isAdmin\":true}")) {
            DeskClient.Reply reply = siti.postRaw("/api/calls", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().path("error").asText()).as(body).isNotEmpty();
        }
        assertThat(siti.postRaw("/api/calls", call + ",\"isAdmin\":true}").json().path("error").asText())
                .contains("Kolom tidak dikenal", "isAdmin");
        assertThat(desk.callCount()).isEqualTo(before);
        assertThat(desk.client().postRaw("/api/login", login("siti", PASSWORD) + " x").status()).isEqualTo(400);
        assertThat(siti.postRaw("/api/suggest", "{\"text\":\"jalan rusak parah\"}]").status()).isEqualTo(400);
        assertThat(siti.postRaw("/api/calls", call + "}").status()).isEqualTo(201);
    }

    @Test
    void controlAndDirectionOverrideCharactersAreRefusedFieldByField() {
        DeskClient siti = desk.loggedIn("siti");
        int before = desk.callCount();
        DeskClient.Reply reply = siti.post("/api/calls", Map.of("kecamatan", desk.kecamatan, "name", "Pak\u0000Darmo",
                "text", "jalan rusak \u202Eparah\u202C sekali\u0007 di kuncen"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").path("name").asText()).contains("karakter kontrol");
        assertThat(reply.json().path("errors").path("text").asText()).contains("karakter kontrol");
        assertThat(desk.callCount()).isEqualTo(before);
        assertThat(siti.post("/api/calls", Map.of("kecamatan", desk.kecamatan, "name", "Pak Darmo",
                "text", "jalan rusak parah\nsekali di kuncen")).status()).as("a line break is fine").isEqualTo(201);
        assertThat(siti.post("/api/suggest", Map.of("text", "jalan rusak\u0007 parah di kuncen")).status())
                .as("a suggestion stores nothing: cleaned, not refused").isEqualTo(200);
    }

    /** The audit table's rows as "actor role action target before after". */
    static List<String> auditLines() {
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(AuditMapper.class).page(0, null, 1000).stream().map(r -> r.actor() + " "
                    + r.actorRole() + " " + r.action() + " " + r.target() + " " + r.beforeJson() + " " + r.afterJson())
                    .toList();
        }
    }

    @Test
    void consoleAccountsDoNotLogCallsAndAreNotCreatedAtTheDesk() {
        desk.insertLegacyAccount("pengawas", "SUPERVISOR", "Kominfo");
        DeskClient supervisor = desk.loggedIn("pengawas");
        int before = desk.callCount();
        DeskClient.Reply call = supervisor.post("/api/calls", Map.of("text", "Jalan rusak di Padangan"));
        assertThat(call.status()).isEqualTo(403);
        assertThat(call.json().path("error").asText()).contains("stasiun radio");
        assertThat(supervisor.get("/api/calls").status()).isEqualTo(403);
        assertThat(supervisor.post("/api/suggest", Map.of("text", "Jalan rusak")).status()).isEqualTo(403);
        assertThat(desk.callCount()).isEqualTo(before);

        DeskClient admin = desk.loggedIn("admina");
        DeskClient.Reply create = admin.post("/api/operators", Map.of("username", "calonpetugas", "role", "OFFICER",
                "station", DeskTestServer.STATION_A, "password", PASSWORD));
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json().toString()).contains("Peran harus OPERATOR atau ADMIN");
    }
}
