package id.wadul.routes.desk;

import id.wadul.routes.flow.NewComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 8(e): every route the desk registers, called by every kind of caller, with the status AND the
 * content checked. The table must name every route Javalin has registered (a new endpoint without an entry
 * fails this test). Short form: one round; {@code -Dwadul.reliability.long=true}: five rounds, each with fresh
 * sessions and freshly deactivated / ended accounts.
 */
class DeskAccessReliabilityIT {

    /** Who calls: nobody, the two stations' operators and admins, dead sessions, and a live one without CSRF. */
    enum Who { ANONYMOUS, OPERATOR_A, ADMIN_A, OPERATOR_B, ADMIN_B, DEACTIVATED, SESSION_ENDED, NO_CSRF, WRONG_CSRF,
        SYSADMIN, SUPERVISOR, OFFICER }

    static final Set<Who> STATION_A = Set.of(Who.OPERATOR_A, Who.ADMIN_A, Who.NO_CSRF, Who.WRONG_CSRF);
    /** Kominfo's triage staff: every ticket, secret ones and citizens' numbers included. */
    static final Set<Who> STAFF = Set.of(Who.SUPERVISOR, Who.SYSADMIN);
    static final String SECRET_TEXT = "pungli oleh oknum di kantor desa kuncen, mohon dirahasiakan";
    static final String SECRET_CALLER = "Bu Rahayu";
    static final String PHONE = "6281299990002";
    static final String SMS_TEXT = "jln rusak parah di kuncen padangan tlg diperbaiki segera";
    /** Routes another helper's work may add to DeskServer; tested when present. */
    static final Set<String> OPTIONAL = Set.of("GET /health");

    static DeskTestServer desk;
    static String secretTicket;
    static String smsTicket;
    static long personId;
    static Map<String, Object> routingTable;
    static final AtomicInteger serial = new AtomicInteger();

    /** One call of a route with what each caller must get. */
    record Case(String route, String label, BiFunction<Who, DeskClient, DeskClient.Reply> call,
            Map<Who, Set<Integer>> expected) {
    }

    @BeforeAll
    static void start() {
        desk = new DeskTestServer("korban", "OPERATOR", DeskTestServer.STATION_A, "gone", "OPERATOR",
                DeskTestServer.STATION_A, "ended", "OPERATOR", DeskTestServer.STATION_A, "root", "SYSADMIN", "",
                "pengawas", "SUPERVISOR", "", "petugas", "OFFICER", "");
        DeskClient.Reply secret = desk.loggedIn("siti").post("/api/calls", Map.of("kecamatan", desk.kecamatan,
                "desa", desk.desa, "category", "infrastruktur", "secret", true, "name", SECRET_CALLER,
                "phone", "0812 9999 0002", "text", SECRET_TEXT));
        assertThat(secret.status()).isEqualTo(201);
        secretTicket = secret.json().path("ticket").asText();
        smsTicket = desk.smsTicket("6281299990003", SMS_TEXT, "infrastruktur");
        DeskClient root = desk.loggedIn("root");
        assertThat(root.post("/api/admin/units", Map.of("code", "unit-uji", "name", "Unit Uji",
                "seesCitizenNumber", "never")).status()).isEqualTo(201);
        DeskClient.Reply person = root.post("/api/admin/people", Map.of("name", "Petugas Uji", "number",
                "081299000000", "units", List.of("unit-uji")));
        assertThat(person.status()).isEqualTo(201);
        personId = person.json().path("id").asLong();
        routingTable = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(
                root.get("/api/admin/routing").json(), Map.class);
        routingTable.keySet().retainAll(Set.of("triage", "rules", "defaults"));
        startQueue();
    }

    /** A fresh SMS ticket that waits in triage (each decision needs its own). */
    static String freshTriage() {
        int n = serial.incrementAndGet();
        return desk.intake.open(NewComplaint.builder("sms", "tolong pak ada masalah di kampung kami nomor " + n)
                .citizen("62813555" + String.format("%05d", n), null).notifyCitizen(true).build()).number();
    }

    /** A fresh SMS ticket routed to a unit (each action needs its own); closed first when asked. */
    static String freshOpen(boolean closed) {
        int n = serial.incrementAndGet();
        String ticket = desk.smsTicket("62813666" + String.format("%05d", n), "jalan rusak di kuncen nomor " + n,
                "infrastruktur");
        if (closed) {
            assertThat(desk.loggedIn("pengawas").post("/api/tickets/" + ticket + "/close", Map.of("reason", "uji"))
                    .status()).isEqualTo(200);
        }
        return ticket;
    }

    /** Calls POST {@code /api/<prefix>/<ticket>/<action>} with the body on a ticket {@code ticket} makes. */
    static Case onFresh(String route, String label, java.util.function.Supplier<String> ticket, String prefix,
            String action, Map<String, Object> body, Map<Who, Set<Integer>> expected) {
        return new Case(route, label, (who, c) -> c.post("/api/" + prefix + "/" + ticket.get() + "/" + action, body),
                expected);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    /**
     * Status per caller: {@code out} for nobody and dead sessions, then A's operator and admin, B's, no CSRF, then
     * the office's SYSADMIN, SUPERVISOR and OFFICER.
     */
    static Map<Who, Set<Integer>> expect(int out, int operatorA, int adminA, int operatorB, int adminB, int noCsrf,
            int sysadmin, int supervisor, int officer) {
        Map<Who, Set<Integer>> m = expect(out, operatorA, adminA, operatorB, adminB, noCsrf);
        m.put(Who.SYSADMIN, Set.of(sysadmin));
        m.put(Who.SUPERVISOR, Set.of(supervisor));
        m.put(Who.OFFICER, Set.of(officer));
        return m;
    }

    /** The station callers' statuses alone (the office's are added by the 9-argument form). */
    private static Map<Who, Set<Integer>> expect(int out, int operatorA, int adminA, int operatorB, int adminB,
            int noCsrf) {
        Map<Who, Set<Integer>> m = new EnumMap<>(Who.class);
        for (Who w : List.of(Who.ANONYMOUS, Who.DEACTIVATED, Who.SESSION_ENDED)) {
            m.put(w, Set.of(out));
        }
        m.put(Who.OPERATOR_A, Set.of(operatorA));
        m.put(Who.ADMIN_A, Set.of(adminA));
        m.put(Who.OPERATOR_B, Set.of(operatorB));
        m.put(Who.ADMIN_B, Set.of(adminB));
        m.put(Who.NO_CSRF, Set.of(noCsrf));
        m.put(Who.WRONG_CSRF, Set.of(noCsrf));
        return m;
    }

    /** Kominfo's triage staff (SUPERVISOR, SYSADMIN) only. */
    static Map<Who, Set<Integer>> staffOnly() {
        return expect(401, 403, 403, 403, 403, 403, 200, 200, 403);
    }

    static Map<Who, Set<Integer>> everyone(Integer... statuses) {
        Map<Who, Set<Integer>> m = new EnumMap<>(Who.class);
        for (Who w : Who.values()) {
            m.put(w, Set.of(statuses));
        }
        return m;
    }

    static Case get(String route, String path, Map<Who, Set<Integer>> expected) {
        return new Case(route, "GET " + path, (who, c) -> c.get(path), expected);
    }

    static Case post(String route, String path, Map<String, Object> body, Map<Who, Set<Integer>> expected) {
        return new Case(route, "POST " + path, (who, c) -> c.post(path, body), expected);
    }

    static String username(Who who) {
        return switch (who) {
            case ANONYMOUS, OPERATOR_A, NO_CSRF, WRONG_CSRF -> "siti";
            case ADMIN_A -> "admina";
            case OPERATOR_B -> "budi";
            case ADMIN_B -> "adminb";
            case DEACTIVATED -> "gone";
            case SESSION_ENDED -> "ended";
            case SYSADMIN -> "root";
            case SUPERVISOR -> "pengawas";
            case OFFICER -> "petugas";
        };
    }

    List<Case> table() {
        String ops = "/api/operators/korban/";
        String similar = "/api/similar?category=infrastruktur&desa=" + desk.desa;
        Map<String, Object> call = Map.of("kecamatan", desk.kecamatan, "desa", desk.desa,
                "text", "lampu jalan mati di dekat balai desa kuncen sudah seminggu");
        Map<String, Object> link = Map.of("kecamatan", desk.kecamatan, "text", "saya menambahkan soal yang sama",
                "linkTicket", secretTicket);
        List<Case> cases = new ArrayList<>(List.of(
                get("GET /", "/", expect(303, 200, 200, 200, 200, 200, 303, 303, 303)),
                get("GET /login", "/login", expect(200, 303, 303, 303, 303, 303, 303, 303, 303)),
                get("GET /desk/{asset}", "/desk/desk.js", everyone(200)),
                new Case("POST /api/login", "POST /api/login (own credentials, fresh client)",
                        (who, c) -> desk.client().login(username(who), DeskTestServer.PASSWORD),
                        withOverride(everyone(200), Who.DEACTIVATED, 401)),
                get("GET /api/me", "/api/me", expect(401, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /api/kecamatan", "/api/kecamatan?q=pad", expect(401, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /api/desa", "/api/desa?kecamatan=" + desk.kecamatan,
                        expect(401, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /api/categories", "/api/categories", expect(401, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /api/units", "/api/units", expect(401, 200, 200, 200, 200, 200, 200, 200, 200)),
                post("POST /api/suggest", "/api/suggest", Map.of("text", "jalan rusak parah di kuncen"),
                        expect(401, 200, 200, 200, 200, 403, 403, 403, 403)),
                get("GET /api/similar", similar, expect(401, 200, 200, 200, 200, 200, 403, 403, 403)),
                get("GET /api/calls", "/api/calls?scope=recent", expect(401, 200, 200, 200, 200, 200, 403, 403, 403)),
                get("GET /api/calls", "/api/calls?scope=recent&q=" + secretTicket,
                        expect(401, 200, 200, 200, 200, 200, 403, 403, 403)),
                post("POST /api/calls", "/api/calls", call, expect(401, 201, 201, 201, 201, 403, 403, 403, 403)),
                new Case("POST /api/calls", "POST /api/calls (link to A's secret ticket)",
                        (who, c) -> c.post("/api/calls", link), expect(401, 201, 201, 400, 400, 403, 403, 403, 403)),
                get("GET /api/operators", "/api/operators", expect(401, 403, 200, 403, 200, 403, 200, 403, 403)),
                new Case("POST /api/operators", "POST /api/operators (own station)",
                        (who, c) -> c.post("/api/operators", Map.of("username", "baru" + serial.incrementAndGet(),
                                "role", "OPERATOR")), expect(401, 403, 201, 403, 201, 403, 400, 403, 403)),
                new Case("POST /api/operators", "POST /api/operators (station A)",
                        (who, c) -> c.post("/api/operators", Map.of("username", "baru" + serial.incrementAndGet(),
                                "role", "ADMIN", "station", DeskTestServer.STATION_A)),
                        expect(401, 403, 201, 403, 400, 403, 201, 403, 403)),
                post("POST /api/operators/{username}/deactivate", ops + "deactivate", Map.of(),
                        expect(401, 403, 200, 403, 404, 403, 200, 403, 403)),
                post("POST /api/operators/{username}/activate", ops + "activate", Map.of(),
                        expect(401, 403, 200, 403, 404, 403, 200, 403, 403)),
                post("POST /api/operators/{username}/password", ops + "password", Map.of(),
                        expect(401, 403, 200, 403, 404, 403, 200, 403, 403)),
                post("POST /api/operators/{username}/unlock", ops + "unlock", Map.of(),
                        expect(401, 403, 200, 403, 404, 403, 200, 403, 403)),
                post("POST /api/operators/{username}/end-sessions", ops + "end-sessions", Map.of(),
                        expect(401, 403, 200, 403, 404, 403, 200, 403, 403)),
                post("POST /api/operators/{username}/deactivate", "/api/operators/tidak-ada/deactivate", Map.of(),
                        expect(401, 403, 404, 403, 404, 403, 404, 403, 403)),
                new Case("POST /api/operators/{username}/deactivate", "POST /api/operators/root/deactivate (a "
                        + "SYSADMIN by a station's admin)", (who, c) -> c.post("/api/operators/root/deactivate",
                        Map.of()), expect(401, 403, 404, 403, 404, 403, 400, 403, 403)),
                get("GET /console/admin/{page}", "/console/admin/accounts",
                        expect(303, 303, 303, 303, 303, 303, 200, 303, 303)),
                get("GET /console/admin/{page}", "/console/admin/home",
                        expect(303, 303, 303, 303, 303, 303, 200, 200, 200)),
                get("GET /console/admin/assets/{asset}", "/console/admin/assets/admin-routing.js", everyone(200)),
                get("GET /api/admin/units", "/api/admin/units", sysadminOnly(200, 403)),
                new Case("POST /api/admin/units", "POST /api/admin/units", (who, c) -> c.post("/api/admin/units",
                        Map.of("code", "unit-" + serial.incrementAndGet(), "name", "Unit Baru",
                                "seesCitizenNumber", "never")), sysadminOnly(201, 403)),
                post("POST /api/admin/units/{code}", "/api/admin/units/unit-uji", Map.of("name", "Unit Uji",
                        "seesCitizenNumber", "urgent"), sysadminOnly(200, 403)),
                get("GET /api/admin/people", "/api/admin/people", sysadminOnly(200, 403)),
                new Case("POST /api/admin/people", "POST /api/admin/people", (who, c) -> c.post("/api/admin/people",
                        Map.of("name", "Orang " + serial.incrementAndGet(), "number",
                                "0812990" + (10000 + serial.get()), "units", List.of("unit-uji"))),
                        sysadminOnly(201, 403)),
                post("POST /api/admin/people/{id}", "/api/admin/people/" + personId, Map.of("name", "Petugas Uji",
                        "number", "081299000000", "units", List.of("unit-uji")), sysadminOnly(200, 403)),
                get("GET /api/admin/routing", "/api/admin/routing", sysadminOnly(200, 403)),
                post("POST /api/admin/routing/preview", "/api/admin/routing/preview", routingTable,
                        sysadminOnly(200, 403)),
                post("POST /api/admin/routing", "/api/admin/routing", routingTable, sysadminOnly(200, 403)),
                get("GET /api/admin/routing/export", "/api/admin/routing/export", sysadminOnly(200, 403)),
                get("GET /api/admin/audit", "/api/admin/audit", sysadminOnly(200, 403)),
                get("GET /triage", "/triage", expect(303, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /tickets", "/tickets", expect(303, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /ticket", "/ticket?n=" + secretTicket, expect(303, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /console/{asset}", "/console/triage-queue.js", everyone(200)),
                get("GET /console/{asset}", "/console/nope.js", everyone(404)),
                get("GET /api/triage", "/api/triage", expect(401, 403, 403, 403, 403, 403, 200, 200, 403)),
                onFresh("POST /api/triage/{number}/release", "POST /api/triage/{fresh}/release",
                        DeskAccessReliabilityIT::freshTriage, "triage", "release", Map.of("category", "infrastruktur",
                                "kecamatan", desk.kecamatan, "units", List.of("dpupr")), staffOnly()),
                onFresh("POST /api/triage/{number}/merge", "POST /api/triage/{fresh}/merge",
                        DeskAccessReliabilityIT::freshTriage, "triage", "merge", Map.of("into", smsTicket),
                        staffOnly()),
                onFresh("POST /api/triage/{number}/spam", "POST /api/triage/{fresh}/spam",
                        DeskAccessReliabilityIT::freshTriage, "triage", "spam", Map.of("blockDays", 0), staffOnly()),
                onFresh("POST /api/triage/{number}/ask", "POST /api/triage/{fresh}/ask",
                        DeskAccessReliabilityIT::freshTriage, "triage", "ask", Map.of("text", "Di desa mana?"),
                        staffOnly()),
                onFresh("POST /api/tickets/{number}/reassign", "POST /api/tickets/{fresh}/reassign",
                        () -> freshOpen(false), "tickets", "reassign", Map.of("units", List.of("dishub")),
                        staffOnly()),
                onFresh("POST /api/tickets/{number}/note", "POST /api/tickets/{fresh}/note", () -> freshOpen(false),
                        "tickets", "note", Map.of("text", "catatan"), staffOnly()),
                onFresh("POST /api/tickets/{number}/reply", "POST /api/tickets/{fresh}/reply",
                        () -> freshOpen(false), "tickets", "reply", Map.of("text", "balasan"), staffOnly()),
                onFresh("POST /api/tickets/{number}/close", "POST /api/tickets/{fresh}/close",
                        () -> freshOpen(false), "tickets", "close", Map.of("reason", "selesai"), staffOnly()),
                onFresh("POST /api/tickets/{number}/reopen", "POST /api/tickets/{fresh, closed}/reopen",
                        () -> freshOpen(true), "tickets", "reopen", Map.of(), staffOnly()),
                new Case("POST /api/tickets/{number}/note", "POST /api/tickets/{A's secret}/note",
                        (who, c) -> c.post("/api/tickets/" + secretTicket + "/note", Map.of("text", "catatan")),
                        staffOnly()),
                get("GET /api/tickets", "/api/tickets?text=pungli", expect(401, 200, 200, 200, 200, 200, 200, 200, 403)),
                get("GET /api/tickets", "/api/tickets?citizen=081299990002",
                        expect(401, 403, 403, 403, 403, 403, 200, 200, 403)),
                get("GET /api/tickets/{number}", "/api/tickets/" + secretTicket,
                        expect(401, 200, 200, 404, 404, 200, 200, 200, 403)),
                get("GET /api/tickets/{number}", "/api/tickets/" + smsTicket,
                        expect(401, 404, 404, 404, 404, 404, 200, 200, 403)),
                get("GET /health", "/health", everyone(200, 503)),
                // last: it ends the caller's session
                post("POST /api/logout", "/api/logout", Map.of(),
                        expect(401, 204, 204, 204, 204, 403, 204, 204, 204))));
        // incidents (issue 11 item 4): taking a ticket out of its incident; before the logout, which ends sessions
        cases.add(cases.size() - 1, onFresh("POST /api/tickets/{number}/split",
                "POST /api/tickets/{fresh, in an incident}/split", DeskAccessReliabilityIT::freshInIncident,
                "tickets", "split", Map.of(), staffOnly()));
        cases.addAll(cases.size() - 1, queueCases());
        cases.addAll(cases.size() - 1, learnCases()); // before the logout, which ends the session
        cases.addAll(cases.size() - 1, radioDeskRules());
        return cases;
    }

    /** A fresh triage ticket merged into a fresh open one: a ticket of an incident, to split out. */
    static String freshInIncident() {
        String open = freshOpen(false);
        String ticket = freshTriage();
        assertThat(desk.loggedIn("pengawas").post("/api/triage/" + ticket + "/merge", Map.of("into", open))
                .status()).isEqualTo(200);
        return ticket;
    }

    // ---- issue 12: the learning page (model, labels, place names) and the ticket page's place correction ----

    /** A label to remove (each removal needs its own). */
    static long freshLabel() {
        try (org.apache.ibatis.session.SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            return id.wadul.routes.learn.Labels.add(s, "label uji nomor " + serial.incrementAndGet(), "infrastruktur",
                    id.wadul.routes.learn.Labels.Source.IMPORT, null);
        }
    }

    /** A taught place name to remove (each removal needs its own). */
    static long freshPlaceName() {
        try (org.apache.ibatis.session.SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            id.wadul.sql.place.PlaceNameMapper m = s.getMapper(id.wadul.sql.place.PlaceNameMapper.class);
            m.insert(new id.wadul.sql.place.PlaceNameRow(0, "pasar uji " + serial.incrementAndGet(), desk.desa,
                    desk.kecamatan, "console", null, "uji", desk.clock.instant()));
            return m.lastInsertId();
        }
    }

    static List<Case> learnCases() {
        return List.of(
                get("GET /learn", "/learn", expect(303, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /api/learn/model", "/api/learn/model", staffOnly()),
                get("GET /api/learn/labels", "/api/learn/labels?q=uji&source=import", staffOnly()),
                new Case("POST /api/learn/labels/{id}/remove", "POST /api/learn/labels/{fresh}/remove",
                        (who, c) -> c.post("/api/learn/labels/" + freshLabel() + "/remove", Map.of()), staffOnly()),
                post("POST /api/learn/labels/{id}/remove", "/api/learn/labels/999999999/remove", Map.of(),
                        expect(401, 403, 403, 403, 403, 403, 404, 404, 403)),
                get("GET /api/learn/places", "/api/learn/places", staffOnly()),
                new Case("POST /api/learn/places", "POST /api/learn/places (a new name)",
                        (who, c) -> c.post("/api/learn/places", Map.of("name", "jembatan uji "
                                + serial.incrementAndGet(), "desa", desk.desa)),
                        expect(401, 403, 403, 403, 403, 403, 201, 201, 403)),
                new Case("POST /api/learn/places", "POST /api/learn/places (an official name)",
                        (who, c) -> c.post("/api/learn/places", Map.of("name", "kuncen", "desa", desk.desa)),
                        expect(401, 403, 403, 403, 403, 403, 400, 400, 403)),
                new Case("POST /api/learn/places/{id}/remove", "POST /api/learn/places/{fresh}/remove",
                        (who, c) -> c.post("/api/learn/places/" + freshPlaceName() + "/remove", Map.of()),
                        staffOnly()),
                onFresh("POST /api/tickets/{number}/place", "POST /api/tickets/{fresh}/place", () -> freshOpen(false),
                        "tickets", "place", Map.of("kecamatan", desk.kecamatan, "desa", desk.desa), staffOnly()));
    }

    // ---- issue 11 item 6: the radio desk's corrections, withdrawals and station area ----------------------------

    /** Siti's session that logs the fresh calls (one login: each costs a bcrypt check). */
    static DeskClient callLogger;

    /** A fresh call logged by A's operator siti (each correction or withdrawal needs its own). */
    static String freshCall() {
        if (callLogger == null) {
            callLogger = desk.loggedIn("siti");
        }
        DeskClient.Reply r = callLogger.post("/api/calls", Map.of("kecamatan", desk.kecamatan,
                "text", "jalan rusak di kuncen panggilan nomor " + serial.incrementAndGet()));
        assertThat(r.status()).isEqualTo(201);
        return r.json().path("ticket").asText();
    }

    /**
     * A's operator (who logged it) and A's admin may correct or withdraw A's call; B's accounts are told there is no
     * such call; the office's roles are not at a call desk.
     */
    static List<Case> radioDeskRules() {
        Map<Who, Set<Integer>> ownStation = expect(401, 200, 200, 404, 404, 403, 403, 403, 403);
        return List.of(
                onFresh("POST /api/calls/{ticket}/correct", "POST /api/calls/{fresh}/correct",
                        DeskAccessReliabilityIT::freshCall, "calls", "correct", Map.of("kecamatan", desk.kecamatan,
                                "desa", desk.desa, "text", "jalan rusak parah di depan balai desa kuncen"), ownStation),
                onFresh("POST /api/calls/{ticket}/withdraw", "POST /api/calls/{fresh}/withdraw",
                        DeskAccessReliabilityIT::freshCall, "calls", "withdraw", Map.of("reason", "salah catat"),
                        ownStation),
                new Case("POST /api/calls/{ticket}/withdraw", "POST /api/calls/{an SMS ticket}/withdraw",
                        (who, c) -> c.post("/api/calls/" + smsTicket + "/withdraw", Map.of()),
                        expect(401, 404, 404, 404, 404, 403, 403, 403, 403)),
                get("GET /api/station/area", "/api/station/area", expect(401, 200, 200, 200, 200, 200, 403, 403, 403)),
                post("POST /api/station/area", "/api/station/area", Map.of("kecamatan", List.of()),
                        expect(401, 403, 200, 403, 200, 403, 403, 403, 403)));
    }

    /** Only the SYSADMIN may: {@code allowed}; any other live session: {@code refused}; nobody: 401. */
    static Map<Who, Set<Integer>> sysadminOnly(int allowed, int refused) {
        return expect(401, refused, refused, refused, refused, 403, allowed, refused, refused);
    }

    static Map<Who, Set<Integer>> withOverride(Map<Who, Set<Integer>> m, Who who, int status) {
        m.put(who, Set.of(status));
        return m;
    }

    @Test
    void everyRouteHasAnEntryAndEveryCallerGetsWhatItMayAndNoMore() {
        List<String> registered = desk.server.routes();
        Set<String> covered = new LinkedHashSet<>();
        table().forEach(c -> covered.add(c.route()));
        assertThat(covered).as("entries for routes the desk does not have")
                .allMatch(r -> registered.contains(r) || OPTIONAL.contains(r));
        assertThat(registered).as("routes without an entry in the access table").allMatch(covered::contains);

        boolean longForm = Boolean.getBoolean("wadul.reliability.long");
        int rounds = longForm ? 5 : 1;
        List<String> problems = new ArrayList<>();
        int requests = 0;
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            Map<Who, DeskClient> callers = callers();
            for (Case c : table()) {
                if (!registered.contains(c.route())) {
                    continue;
                }
                for (Who who : Who.values()) {
                    DeskClient.Reply reply = c.call().apply(who, callers.get(who));
                    requests++;
                    check(c, who, reply, problems);
                }
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        int cases = (int) table().stream().filter(c -> registered.contains(c.route())).count();
        System.out.printf("RELIABILITY desk-access form=%s rounds=%d routes=%d cases=%d callers=%d "
                + "endpoint_x_caller=%d requests=%d problems=%d ms=%d%n", longForm ? "long" : "short", rounds,
                registered.size(), cases, Who.values().length, cases * Who.values().length, requests,
                problems.size(), ms);
        assertThat(problems).as("access problems").isEmpty();
    }

    void check(Case c, Who who, DeskClient.Reply reply, List<String> problems) {
        String body = reply.raw().body() == null ? "" : reply.raw().body();
        String where = c.label() + " as " + who + ": ";
        if (!c.expected().get(who).contains(reply.status())) {
            problems.add(where + "status " + reply.status() + ", expected " + c.expected().get(who) + " " + body);
        }
        for (String never : List.of(PHONE, "081299990002", "6281299990003", SMS_TEXT, "$2a$", "$2b$", "$2y$")) {
            if (body.contains(never) && !(STAFF.contains(who) && !never.startsWith("$"))) {
                problems.add(where + "reply shows " + never);
            }
        }
        if (!STATION_A.contains(who) && !STAFF.contains(who)) {
            for (String secret : List.of(secretTicket, SECRET_TEXT, SECRET_CALLER)) {
                if (body.contains(secret)) {
                    problems.add(where + "another station or nobody sees A's secret: " + secret);
                }
            }
        }
        // the desk's error replies say what is wrong in error/errors only; /health's 503 is its own report
        boolean healthReport = c.label().startsWith("GET /health");
        if (reply.status() >= 400 && !healthReport && reply.json().isObject()) {
            reply.json().fieldNames().forEachRemaining(f -> {
                if (!f.equals("error") && !f.equals("errors")) {
                    problems.add(where + "an error reply carries " + f);
                }
            });
        }
        // the content checks above must have something to find: A's own desk shows the secret call in full
        if ((who == Who.OPERATOR_A || who == Who.ADMIN_A) && c.label().startsWith("GET /api/calls?scope=recent")
                && !body.contains(secretTicket)) {
            problems.add(where + "A's own secret call is missing");
        }
        if ((who == Who.OPERATOR_A || who == Who.ADMIN_A || STAFF.contains(who))
                && c.label().equals("GET /api/tickets?text=pungli") && !body.contains(secretTicket)) {
            problems.add(where + "the secret ticket is missing from the search");
        }
        if (STAFF.contains(who) && c.label().startsWith("GET /api/tickets?citizen=") && !body.contains(secretTicket)) {
            problems.add(where + "the search by the citizen's number misses their ticket");
        }
        if (STAFF.contains(who) && c.label().equals("GET /api/tickets/" + smsTicket) && !body.contains(SMS_TEXT)) {
            problems.add(where + "triage staff do not see the SMS ticket's text");
        }
        checkQueue(c, who, body, problems);
        if ((who == Who.OPERATOR_A || who == Who.ADMIN_A) && c.label().startsWith("GET /api/similar")
                && !body.contains(SECRET_TEXT)) {
            problems.add(where + "A's own secret ticket is missing from similar");
        }
    }

    // ---- the unit queue (issue 11 item 5): "petugas" (OFFICER) stands for Dinas Perhubungan's officer; PUPR's
    // tickets (the SMS and the secret ones) are another unit's to them; triage staff list the escalated tickets.

    static final String DISHUB_OFFICER = "6280000003201";
    static final String DISHUB_TEXT = "lampu lalu lintas mati di perempatan kuncen";
    static String dishubTicket;

    static void startQueue() {
        try (org.apache.ibatis.session.SqlSession s = desk.db.sqlSessionFactory().openSession(true)) {
            id.wadul.sql.unit.PersonMapper people = s.getMapper(id.wadul.sql.unit.PersonMapper.class);
            long account = s.getMapper(id.wadul.sql.desk.OperatorMapper.class).findByUsername("petugas").id();
            people.linkAccount(account, people.findByNumber(DISHUB_OFFICER).id());
        }
        dishubTicket = desk.smsTicket("6281299990004", DISHUB_TEXT, "lalu-lintas");
    }

    /** A fresh ticket for Dinas Perhubungan (the officer's unit), or for PUPR (another unit's). */
    static String freshForUnit(boolean own) {
        int n = serial.incrementAndGet();
        return desk.smsTicket("62813888" + String.format("%05d", n), (own ? "lampu lalu lintas mati nomor "
                : "jalan rusak di kuncen nomor ") + n, own ? "lalu-lintas" : "infrastruktur");
    }

    /** Only the officer of the ticket's unit may: {@code officer}; the rest of the office and the stations 403. */
    static Map<Who, Set<Integer>> officerOnly(int officer) {
        return expect(401, 403, 403, 403, 403, 403, 403, 403, officer);
    }

    List<Case> queueCases() {
        List<Case> cases = new ArrayList<>(List.of(
                get("GET /queue", "/queue", expect(303, 200, 200, 200, 200, 200, 200, 200, 200)),
                get("GET /api/queue", "/api/queue", expect(401, 403, 403, 403, 403, 403, 200, 200, 200)),
                get("GET /api/queue/{number}", "/api/queue/" + dishubTicket, officerOnly(200)),
                new Case("GET /api/queue/{number}", "GET /api/queue/{PUPR's SMS ticket}",
                        (who, c) -> c.get("/api/queue/" + smsTicket), officerOnly(404)),
                new Case("GET /api/queue/{number}", "GET /api/queue/{PUPR's secret ticket}",
                        (who, c) -> c.get("/api/queue/" + secretTicket), officerOnly(404)),
                onFresh("POST /api/queue/{number}/note", "POST /api/queue/{fresh, own}/note",
                        () -> freshForUnit(true), "queue", "note", Map.of("text", "catatan"), officerOnly(200)),
                onFresh("POST /api/queue/{number}/alih", "POST /api/queue/{fresh, own}/alih",
                        () -> freshForUnit(true), "queue", "alih", Map.of("units", List.of("dlh")), officerOnly(200))));
        for (String action : List.of("proses", "selesai", "tolak")) {
            Map<String, Object> body = action.equals("tolak") ? Map.of("reason", "bukan kami") : Map.of();
            cases.add(onFresh("POST /api/queue/{number}/" + action, "POST /api/queue/{fresh, own}/" + action,
                    () -> freshForUnit(true), "queue", action, body, officerOnly(200)));
            cases.add(onFresh("POST /api/queue/{number}/" + action, "POST /api/queue/{fresh, another unit's}/"
                    + action, () -> freshForUnit(false), "queue", action, body, officerOnly(404)));
        }
        return cases;
    }

    /** The officer's own ticket is shown in full but for the citizen's number (Dinas Perhubungan never sees it). */
    static void checkQueue(Case c, Who who, String body, List<String> problems) {
        String where = c.label() + " as " + who + ": ";
        if (who == Who.OFFICER && c.label().equals("GET /api/queue/" + dishubTicket)
                && (!body.contains(DISHUB_TEXT) || body.contains("6281299990004") || body.contains("081299990004"))) {
            problems.add(where + "the officer's own ticket is missing its text or shows the citizen's number");
        }
        if (who == Who.OFFICER && c.label().equals("GET /api/queue") && !body.contains(dishubTicket)) {
            problems.add(where + "the officer's queue misses their unit's ticket");
        }
    }

    /** Fresh sessions for this round; "gone" deactivated and "ended" logged out by A's admin while logged in. */
    Map<Who, DeskClient> callers() {
        Map<Who, DeskClient> m = new EnumMap<>(Who.class);
        DeskClient admin = desk.loggedIn("admina");
        assertThat(admin.post("/api/operators/gone/activate", Map.of()).status()).isEqualTo(200);
        m.put(Who.ANONYMOUS, desk.client());
        m.put(Who.OPERATOR_A, desk.loggedIn("siti"));
        m.put(Who.ADMIN_A, admin);
        m.put(Who.OPERATOR_B, desk.loggedIn("budi"));
        m.put(Who.ADMIN_B, desk.loggedIn("adminb"));
        DeskClient gone = desk.loggedIn("gone");
        DeskClient ended = desk.loggedIn("ended");
        assertThat(admin.post("/api/operators/gone/deactivate", Map.of()).status()).isEqualTo(200);
        assertThat(admin.post("/api/operators/ended/end-sessions", Map.of()).status()).isEqualTo(200);
        m.put(Who.DEACTIVATED, gone);
        m.put(Who.SESSION_ENDED, ended);
        DeskClient noCsrf = desk.loggedIn("siti");
        noCsrf.csrf = null;
        m.put(Who.NO_CSRF, noCsrf);
        DeskClient wrongCsrf = desk.loggedIn("siti");
        wrongCsrf.csrf = desk.loggedIn("siti").csrf;
        m.put(Who.WRONG_CSRF, wrongCsrf);
        m.put(Who.SYSADMIN, desk.loggedIn("root"));
        m.put(Who.SUPERVISOR, desk.loggedIn("pengawas"));
        m.put(Who.OFFICER, desk.loggedIn("petugas"));
        return m;
    }
}
