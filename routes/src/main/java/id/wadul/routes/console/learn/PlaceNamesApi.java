package id.wadul.routes.console.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.console.tickets.Fields;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.learn.PlaceLearning;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.LearnedPlaces;
import id.wadul.routes.understand.Region;
import id.wadul.sql.place.PlaceNameRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The place names taught over JSON: {@code GET /api/learn/places} (each with its desa and status: in use,
 * ambiguous, official, too general), {@code POST /api/learn/places} ({@code name}, {@code desa}: added by hand) and
 * {@code POST /api/learn/places/{id}/remove}. Changes are audited and applied to the location matcher at once.
 */
final class PlaceNamesApi {

    private final SqlSessionFactory sql;
    private final PlaceLearning places;
    private final Region region;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;

    PlaceNamesApi(SqlSessionFactory sql, PlaceLearning places, ComplaintAnalyzer analyzer, AuditLog audit, Clock clock,
            ObjectMapper json) {
        this.sql = sql;
        this.places = places;
        this.region = analyzer.locations().region();
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/learn/places", ctx -> {
            LearnConsole.require(ctx);
            Json.send(ctx, json, 200, list());
        });
        routes.post("/api/learn/places", this::add);
        routes.post("/api/learn/places/{id}/remove", this::remove);
    }

    private Map<String, Object> list() {
        List<PlaceNameRow> rows;
        try (SqlSession session = sql.openSession(true)) {
            rows = places.all(session);
        }
        LearnedPlaces now = places.current();
        List<Map<String, Object>> newestFirst = new java.util.ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            newestFirst.add(view(rows.get(i), now));
        }
        return Map.of("places", newestFirst);
    }

    private Map<String, Object> view(PlaceNameRow r, LearnedPlaces now) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.id());
        v.put("name", r.name());
        v.put("desaCode", r.desaCode());
        v.put("desa", region.village(r.desaCode()).map(d -> d.name()).orElse(r.desaCode()));
        v.put("kecamatan", region.kecamatan(r.kecamatanCode()).map(k -> k.name()).orElse(r.kecamatanCode()));
        v.put("source", r.source());
        v.put("ticketId", r.ticketId());
        v.put("createdBy", r.createdBy());
        v.put("createdAt", r.createdAt().toString());
        v.put("status", now == null ? null : now.status(r.name()).name().toLowerCase(java.util.Locale.ROOT));
        return v;
    }

    private void add(Context ctx) {
        DeskUser user = LearnConsole.require(ctx);
        JsonNode body = Json.body(ctx, json, Set.of("name", "desa"));
        String name = Fields.requiredText(body, "name");
        String desa = Fields.requiredText(body, "desa");
        PlaceNameRow row;
        try (SqlSession session = sql.openSession(false)) {
            try {
                row = places.add(session, name, desa, user.username(), clock.instant());
            } catch (PlaceLearning.Refused e) {
                throw ApiException.invalid(e.field(), e.getMessage());
            }
            audit.record(session, user.username(), user.role().name(), "place.add", "place:" + row.id(), null,
                    view(row, null));
            session.commit();
        }
        places.apply();
        Json.send(ctx, json, 201, view(row, places.current()));
    }

    private void remove(Context ctx) {
        DeskUser user = LearnConsole.require(ctx);
        long id = LearnConsole.id(ctx);
        try (SqlSession session = sql.openSession(false)) {
            PlaceNameRow row = places.remove(session, id)
                    .orElseThrow(() -> new ApiException(404, "Nama tempat " + id + " tidak ditemukan."));
            audit.record(session, user.username(), user.role().name(), "place.remove", "place:" + id,
                    view(row, null), null);
            session.commit();
        }
        places.apply();
        Json.send(ctx, json, 200, Map.of("id", id, "removed", true));
    }
}
