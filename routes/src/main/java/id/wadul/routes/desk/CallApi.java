package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.text.SafeText;
import id.wadul.sql.desk.CallRow;
import id.wadul.sql.desk.TicketNote;
import id.wadul.sql.desk.TicketSummary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Autocomplete, live suggestion, similar open tickets, logging a call, the follow-up list (with the station's
 * area's SMS tickets) and the station's area. Texts read from the
 * database go out through {@link SafeText} (rows stored before it existed may hold control characters).
 */
final class CallApi {

    private static final int AUTOCOMPLETE_LIMIT = 10;
    private static final Set<String> SUGGEST_FIELDS = Set.of("text", "kecamatan", "desa", "category");
    private static final Map<String, String> STATE_LABELS = Map.of(
            "TRIAGE", "Diperiksa Kominfo", "OPEN", "Diteruskan ke unit", "IN_PROGRESS", "Sedang diproses",
            "DONE", "Selesai", "REJECTED", "Ditolak");

    private final CallDesk desk;
    private final Advisor advisor;
    private final StationAreas areas;
    private final Duration editWindow;
    private final ObjectMapper json;

    /** @param editWindow how long after logging a call its operator may correct or withdraw it */
    CallApi(CallDesk desk, Advisor advisor, StationAreas areas, Duration editWindow, ObjectMapper json) {
        this.desk = desk;
        this.advisor = advisor;
        this.areas = areas;
        this.editWindow = editWindow;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/kecamatan", ctx -> Json.send(ctx, json, 200,
                advisor.places().kecamatan(ctx.queryParam("q"), AUTOCOMPLETE_LIMIT)));
        routes.get("/api/desa", this::villages);
        routes.get("/api/categories", ctx -> Json.send(ctx, json, 200, codesAndNames(advisor.categories())));
        routes.get("/api/units", ctx -> Json.send(ctx, json, 200, codesAndNames(advisor.units())));
        routes.before("/api/suggest", CallApi::requireCallDesk);
        routes.before("/api/similar", CallApi::requireCallDesk);
        routes.before("/api/calls", CallApi::requireCallDesk);
        routes.before("/api/station/area", CallApi::requireCallDesk);
        routes.post("/api/suggest", this::suggest);
        routes.get("/api/similar", this::similar);
        routes.post("/api/calls", this::logCall);
        routes.get("/api/calls", this::listCalls);
        routes.get("/api/station/area", ctx -> Json.send(ctx, json, 200, areas.area(Json.user(ctx).station())));
        routes.post("/api/station/area", this::setArea);
    }

    private void setArea(Context ctx) {
        JsonNode body = Json.body(ctx, json, Set.of("kecamatan"));
        List<String> codes = new ArrayList<>();
        JsonNode list = body.path("kecamatan");
        if (!list.isArray()) {
            throw ApiException.invalid("kecamatan", "Kirim daftar kode kecamatan (kosong = seluruh kabupaten).");
        }
        list.forEach(k -> codes.add(k.asText().strip()));
        Json.send(ctx, json, 200, areas.set(Json.user(ctx), codes));
    }

    /** Only a radio station's accounts log calls and see their station's calls. */
    private static void requireCallDesk(Context ctx) {
        if (ctx.attribute(DeskServer.USER) != null && !Json.user(ctx).role().atCallDesk()) {
            throw new ApiException(403, "Hanya akun stasiun radio yang boleh mencatat panggilan.");
        }
    }

    private void villages(Context ctx) {
        String kecamatan = ctx.queryParam("kecamatan");
        if (kecamatan == null || advisor.places().kecamatanByCode(kecamatan).isEmpty()) {
            throw ApiException.invalid("kecamatan", "Pilih kecamatan dulu.");
        }
        Json.send(ctx, json, 200, advisor.places().villages(kecamatan, ctx.queryParam("q"), AUTOCOMPLETE_LIMIT));
    }

    private void suggest(Context ctx) {
        JsonNode body = Json.body(ctx, json, SUGGEST_FIELDS);
        String text = SafeText.clean(CallRequest.text(body, "text"));
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("text", "Isi keluhan wajib diisi.");
        }
        if (text.length() > CallValidator.MAX_TEXT) {
            text = text.substring(0, CallValidator.MAX_TEXT);
        }
        Advisor.Suggestion s = advisor.suggest(text, CallRequest.text(body, "kecamatan"),
                CallRequest.text(body, "desa"), CallRequest.text(body, "category"));
        Json.send(ctx, json, 200, s);
    }

    private void similar(Context ctx) {
        DeskUser user = Json.user(ctx);
        List<Map<String, Object>> list = desk.similar(user, ctx.queryParam("category"), ctx.queryParam("desa"))
                .stream().map(t -> ticketView(t, t.takenBy(user.station()))).toList();
        Json.send(ctx, json, 200, list);
    }

    private void logCall(Context ctx) {
        CallRequest request = CallRequest.from(Json.body(ctx, json, CallRequest.FIELDS));
        Json.send(ctx, json, 201, desk.log(Json.user(ctx), request));
    }

    /**
     * The station's calls and its area's SMS tickets ({@link StationAreas}), newest first: {@code kind} "call" or
     * "sms". A call its operator may still correct or withdraw carries {@code editableUntil}.
     */
    private void listCalls(Context ctx) {
        String scope = ctx.queryParam("scope");
        boolean today = scope == null || scope.equals("today");
        if (!today && !scope.equals("recent")) {
            throw ApiException.invalid("scope", "Pilih hari ini atau terbaru.");
        }
        String q = ctx.queryParam("q");
        String ticket = q == null || q.isBlank() ? null : q.strip().toUpperCase(Locale.ROOT);
        DeskUser user = Json.user(ctx);
        List<Map<String, Object>> list = new ArrayList<>();
        desk.calls(user, today && ticket == null, ticket).forEach(v -> list.add(callView(v, user)));
        Instant since = desk.since(today && ticket == null);
        areas.smsTickets(user.station(), since, ticket).forEach(t -> list.add(smsView(t)));
        list.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("createdAt"))).reversed());
        Json.send(ctx, json, 200, list);
    }

    private static List<Map<String, String>> codesAndNames(Map<String, String> entries) {
        return entries.entrySet().stream().map(e -> Map.of("code", e.getKey(), "name", e.getValue())).toList();
    }

    /**
     * A similar ticket: in full when the user's station took it ({@code own}), else only number, channel,
     * category, place, state and date: never another channel's text (which may name the citizen).
     */
    private static Map<String, Object> ticketView(TicketSummary t, boolean own) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ticket", t.number());
        view.put("own", own);
        view.put("channel", t.channel());
        view.put("category", t.category());
        view.put("state", t.state());
        view.put("stateLabel", STATE_LABELS.getOrDefault(t.state(), t.state()));
        view.put("urgent", t.urgent());
        view.put("text", own ? SafeText.clean(t.text()) : null);
        view.put("kecamatan", t.kecamatanName());
        view.put("desa", t.desaName());
        view.put("createdAt", t.createdAt() == null ? null : t.createdAt().toString());
        return view;
    }

    private Map<String, Object> callView(CallDesk.CallView v, DeskUser user) {
        CallRow c = v.call();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", "call");
        view.put("ticket", c.ticketNumber());
        view.put("linked", c.linked());
        view.put("createdAt", c.createdAt() == null ? null : c.createdAt().toString());
        view.put("operator", c.operator());
        view.put("station", SafeText.cleanLine(c.station()));
        view.put("callerName", c.anonymous() ? null : SafeText.cleanLine(c.callerName()));
        view.put("text", SafeText.clean(c.text()));
        view.put("category", c.category());
        view.put("urgent", c.urgent());
        view.put("emergency", c.emergency());
        view.put("anonymous", c.anonymous());
        view.put("secret", c.secret());
        view.put("state", v.state());
        view.put("stateLabel", STATE_LABELS.getOrDefault(v.state(), v.state()));
        view.put("notes", v.notes().stream().map(CallApi::noteView).toList());
        view.put("correctedAt", c.correctedAt() == null ? null : c.correctedAt().toString());
        view.put("withdrawn", c.withdrawnAt() != null);
        boolean mayEdit = !c.linked() && c.withdrawnAt() == null && c.createdAt() != null
                && (c.operator().equals(user.username()) || user.isAdmin())
                && !"DONE".equals(v.state()) && !"REJECTED".equals(v.state());
        view.put("editableUntil", mayEdit ? c.createdAt().plus(editWindow).toString() : null);
        view.put("kecamatanCode", c.kecamatanCode());
        view.put("kecamatanName", advisor.places().kecamatanByCode(c.kecamatanCode()).map(PlaceSearch.Entry::name)
                .orElse(null));
        view.put("desaCode", c.desaCode());
        view.put("desaName", c.desaCode() == null ? null : advisor.places().villageIn(c.kecamatanCode(), c.desaCode())
                .map(PlaceSearch.Entry::name).orElse(null));
        if (c.withdrawnAt() != null) {
            view.put("stateLabel", "Ditarik operator");
        }
        return view;
    }

    /** An SMS ticket of the station's area: no text, no citizen, no secret ticket (the query leaves them out). */
    private static Map<String, Object> smsView(StationAreas.AreaTicket a) {
        TicketSummary t = a.ticket();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", "sms");
        view.put("ticket", t.number());
        view.put("createdAt", t.createdAt() == null ? null : t.createdAt().toString());
        view.put("category", t.category());
        view.put("urgent", t.urgent());
        view.put("kecamatan", t.kecamatanName());
        view.put("desa", t.desaName());
        view.put("state", t.state());
        view.put("stateLabel", STATE_LABELS.getOrDefault(t.state(), t.state()));
        view.put("notes", a.steps().stream().map(CallApi::noteView).toList());
        return view;
    }

    private static Map<String, Object> noteView(TicketNote n) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("at", n.at() == null ? null : n.at().toString());
        view.put("kind", n.kind());
        view.put("unit", n.unitName() != null ? n.unitName() : n.unitCode());
        view.put("detail", SafeText.clean(n.detail()));
        return view;
    }
}
