package id.wadul.routes.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.desk.DeskClient;
import id.wadul.routes.desk.DeskTestServer;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.audit.AuditMapper;
import id.wadul.sql.audit.AuditRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin console's API on the real desk server and database: units, people, accounts, routing, audit. */
class AdminConsoleApiIT {

    static DeskTestServer desk;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        desk = new DeskTestServer("root", "SYSADMIN", "", "triase", "SUPERVISOR", "");
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    static Responsibilities live() {
        return desk.analyzer.responsibilities();
    }

    static List<AuditRow> audit(String target) {
        try (SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(AuditMapper.class).page(0, target, 100);
        }
    }

    @Test
    void eachRoleLandsOnAPageItCanUse() {
        assertThat(desk.loggedIn("root").get("/").raw().headers().firstValue("Location"))
                .hasValue("/console/admin/accounts");
        assertThat(desk.loggedIn("triase").get("/").raw().headers().firstValue("Location"))
                .hasValue("/triage");
        assertThat(desk.loggedIn("triase").get("/console/admin/home").status()).isEqualTo(200);
        assertThat(desk.loggedIn("triase").get("/console/admin/routing").status()).isEqualTo(303);
        assertThat(desk.loggedIn("siti").get("/").status()).isEqualTo(200);
        assertThat(desk.loggedIn("siti").get("/console/admin/accounts").raw().headers().firstValue("Location"))
                .hasValue("/");
        assertThat(desk.client().get("/console/admin/accounts").raw().headers().firstValue("Location"))
                .hasValue("/login");
        DeskClient.Reply page = desk.loggedIn("root").get("/console/admin/routing");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'");
        assertThat(page.raw().body()).doesNotContain("<script>").doesNotContain("onclick");
    }

    @Test
    void unitsAndPeopleAreManagedAndAppliedWithoutARestart() {
        DeskClient root = desk.loggedIn("root");
        DeskClient.Reply unit = root.post("/api/admin/units", Map.of("code", "satgas-banjir", "name",
                "Satgas Banjir Kanor", "seesCitizenNumber", "urgent"));
        assertThat(unit.status()).as(unit.raw().body()).isEqualTo(201);
        assertThat(live().unit("satgas-banjir")).map(Unit::name).hasValue("Satgas Banjir Kanor");

        // one person in two units
        DeskClient.Reply person = root.post("/api/admin/people", Map.of("name", "Pak Camat", "number",
                "0812 3456 0001", "units", List.of("satgas-banjir", "dpupr")));
        assertThat(person.status()).as(person.raw().body()).isEqualTo(201);
        assertThat(person.json().path("number").asText()).isEqualTo("6281234560001");
        assertThat(live().unitsOfOfficer("6281234560001")).extracting(Unit::code)
                .containsExactlyInAnyOrder("satgas-banjir", "dpupr");
        long id = person.json().path("id").asLong();

        // mistakes are told field by field
        DeskClient.Reply taken = root.post("/api/admin/people", Map.of("name", "Lain", "number", "6281234560001"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().path("errors").path("number").asText()).contains("Pak Camat");
        DeskClient.Reply badCode = root.post("/api/admin/units", Map.of("code", "Satgas Baru!", "name", "",
                "seesCitizenNumber", "kadang"));
        assertThat(badCode.json().path("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("code", "name", "seesCitizenNumber");
        DeskClient.Reply inUse = root.post("/api/admin/units/dpupr", Map.of("name", "Dinas PUPR",
                "seesCitizenNumber", "never", "active", false));
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.json().toString()).contains("masih dipakai");

        // leaving a unit is applied too
        DeskClient.Reply moved = root.post("/api/admin/people/" + id, Map.of("name", "Pak Camat Kanor", "number",
                "081234560001", "units", List.of("satgas-banjir")));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(live().unitsOfOfficer("6281234560001")).extracting(Unit::code).containsExactly("satgas-banjir");
        assertThat(audit("person:" + id)).extracting(AuditRow::action).containsExactly("person.update",
                "person.create");
        AuditRow update = audit("person:" + id).get(0);
        assertThat(update.actor()).isEqualTo("root");
        assertThat(update.beforeJson()).contains("dpupr", "Pak Camat");
        assertThat(update.afterJson()).contains("Pak Camat Kanor").doesNotContain("dpupr");

        // an OFFICER account stands for a person
        DeskClient.Reply officer = root.post("/api/operators", Map.of("username", "camat", "role", "OFFICER",
                "person", id, "password", DeskTestServer.PASSWORD));
        assertThat(officer.status()).as(officer.raw().body()).isEqualTo(201);
        assertThat(officer.json().path("station").asText()).isEmpty();
        assertThat(root.post("/api/operators", Map.of("username", "camat2", "role", "OFFICER")).json()
                .path("errors").has("person")).isTrue();
        assertThat(desk.loggedIn("camat").get("/").raw().headers().firstValue("Location"))
                .hasValue("/queue");
    }

    @Test
    void sysadminManagesEveryAccountAndAStationAdminOnlyTheirStations() {
        DeskClient root = desk.loggedIn("root");
        assertThat(root.get("/api/operators").json().findValuesAsText("username"))
                .contains("siti", "budi", "admina", "root", "triase");
        assertThat(root.post("/api/operators", Map.of("username", "pengawas2", "role", "SUPERVISOR",
                "station", "Radio A")).json().path("errors").has("station")).isTrue();
        DeskClient.Reply sup = root.post("/api/operators", Map.of("username", "pengawas2", "role", "SUPERVISOR"));
        assertThat(sup.status()).isEqualTo(201);
        assertThat(sup.json().path("password").asText()).hasSize(16);
        for (String action : List.of("deactivate", "activate", "password", "unlock", "end-sessions")) {
            assertThat(root.post("/api/operators/budi/" + action, Map.of()).status()).as(action).isEqualTo(200);
            assertThat(root.post("/api/operators/pengawas2/" + action, Map.of()).status()).as(action).isEqualTo(200);
        }
        assertThat(audit("budi")).extracting(AuditRow::action).contains("account.deactivate", "account.activate",
                "account.password", "account.unlock", "account.end-sessions");
        assertThat(audit("budi")).allSatisfy(r -> assertThat(r.actorRole()).isEqualTo("SYSADMIN"));

        DeskClient admina = desk.loggedIn("admina");
        assertThat(admina.get("/api/operators").json().findValuesAsText("username"))
                .contains("siti", "admina").doesNotContain("budi", "root", "triase");
        assertThat(admina.post("/api/operators/root/deactivate", Map.of()).status()).isEqualTo(404);
        assertThat(admina.post("/api/operators/pengawas2/password", Map.of()).status()).isEqualTo(404);
        assertThat(admina.post("/api/operators", Map.of("username", "jahat", "role", "SYSADMIN")).status())
                .isEqualTo(400);
        assertThat(admina.get("/api/admin/units").status()).isEqualTo(403);
        assertThat(admina.get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(desk.loggedIn("triase").get("/api/operators").status()).isEqualTo(403);
        // a station admin's actions are audited too
        assertThat(admina.post("/api/operators/siti/unlock", Map.of()).status()).isEqualTo(200);
        assertThat(audit("siti")).anySatisfy(r -> assertThat(r.actor() + " " + r.actorRole() + " " + r.action())
                .isEqualTo("admina ADMIN account.unlock"));
        JsonNode page = root.get("/api/admin/audit?target=siti").json();
        assertThat(page.get(0).path("action").asText()).isEqualTo("account.unlock");
    }

    @Test
    void routingIsPreviewedSavedAppliedAndExported(@TempDir Path dir) throws Exception {
        DeskClient root = desk.loggedIn("root");
        root.post("/api/admin/units", Map.of("code", "tim-jalan", "name", "Tim Jalan Padangan",
                "seesCitizenNumber", "never"));
        // a radio call about a road in Padangan: routed by the table (dpupr)
        DeskClient.Reply call = desk.loggedIn("siti").post("/api/calls", Map.of("kecamatan", desk.kecamatan,
                "category", "infrastruktur", "text", "jalan rusak parah berlubang di depan balai desa"));
        assertThat(call.status()).isEqualTo(201);

        JsonNode table = root.get("/api/admin/routing").json();
        assertThat(table.path("triage").asText()).isEqualTo("kominfo");
        assertThat(table.path("kecamatan").path(desk.kecamatan).asText()).isEqualTo("Padangan");
        Map<String, Object> proposed = new LinkedHashMap<>();
        proposed.put("triage", "kominfo");
        List<Object> rules = new ArrayList<>(JSON.convertValue(table.path("rules"), List.class));
        rules.add(Map.of("category", "infrastruktur", "kecamatan", "Padangan", "units", List.of("tim-jalan")));
        proposed.put("rules", rules);
        proposed.put("defaults", JSON.convertValue(table.path("defaults"), Map.class));

        // the preview says what would change, and changes nothing
        DeskClient.Reply preview = root.post("/api/admin/routing/preview", proposed);
        assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
        assertThat(preview.json().path("changed").asInt()).isPositive();
        assertThat(preview.json().path("moves").get(0).path("from").toString()).isEqualTo("[\"dpupr\"]");
        assertThat(preview.json().path("moves").get(0).path("to").toString()).isEqualTo("[\"tim-jalan\"]");
        assertThat(live().unitsFor("infrastruktur", desk.kecamatan)).extracting(Unit::code).containsExactly("dpupr");

        // a mistake names its row
        Map<String, Object> bad = new LinkedHashMap<>(proposed);
        bad.put("rules", List.of(Map.of("category", "infrastruktur", "kecamatan", "Cepu", "units", List.of("x"))));
        DeskClient.Reply refused = root.post("/api/admin/routing", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").path("table").asText()).contains("Aturan 1", "Cepu", "'x'");

        // saved: applied to the next complaint without a restart, and audited
        DeskClient.Reply saved = root.post("/api/admin/routing", proposed);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(live().unitsFor("infrastruktur", desk.kecamatan)).extracting(Unit::code)
                .containsExactly("tim-jalan");
        DeskClient.Reply after = desk.loggedIn("siti").post("/api/calls", Map.of("kecamatan", desk.kecamatan,
                "category", "infrastruktur", "text", "jembatan kayu di dusun krajan hampir putus"));
        assertThat(after.status()).isEqualTo(201);
        assertThat(desk.ticket(after.json().path("ticket").asText()).number()).isNotBlank();
        assertThat(desk.activeUnits(after.json().path("ticket").asText())).containsExactly("tim-jalan");
        assertThat(audit("routing")).first().satisfies(r -> {
            assertThat(r.action()).isEqualTo("routing.replace");
            assertThat(r.afterJson()).contains("tim-jalan");
            assertThat(r.beforeJson()).doesNotContain("tim-jalan");
        });

        // the export is a valid routing.yaml with the change
        DeskClient.Reply export = root.get("/api/admin/routing/export");
        assertThat(export.raw().headers().firstValue("Content-Disposition")).get().asString()
                .contains("routing.yaml");
        Files.writeString(dir.resolve(Responsibilities.FILE), export.raw().body());
        Responsibilities reread = Responsibilities.load(dir, Region.load("35.22"));
        assertThat(reread.unitsFor("infrastruktur", desk.kecamatan)).extracting(Unit::code)
                .containsExactly("tim-jalan");
        assertThat(reread.units()).hasSameSizeAs(live().units());
    }
}
