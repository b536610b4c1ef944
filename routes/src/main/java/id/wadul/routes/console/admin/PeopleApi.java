package id.wadul.routes.console.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.sql.audit.AuditRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Units, people and the audit over JSON, for SYSADMIN ({@link PeopleAndUnits}, {@link AuditLog}). */
final class PeopleApi {

    private static final Set<String> UNIT_FIELDS = Set.of("code", "name", "seesCitizenNumber", "active");
    private static final Set<String> PERSON_FIELDS = Set.of("name", "number", "active", "units");
    private static final int AUDIT_PAGE = 100;

    private final PeopleAndUnits admin;
    private final AuditLog audit;
    private final ObjectMapper json;

    PeopleApi(PeopleAndUnits admin, AuditLog audit, ObjectMapper json) {
        this.admin = admin;
        this.audit = audit;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/admin/units", ctx -> {
            SysadminOnly.require(ctx);
            Json.send(ctx, json, 200, admin.units());
        });
        routes.post("/api/admin/units", ctx -> saveUnit(ctx, true));
        routes.post("/api/admin/units/{code}", ctx -> saveUnit(ctx, false));
        routes.get("/api/admin/people", ctx -> {
            SysadminOnly.require(ctx);
            Json.send(ctx, json, 200, admin.people());
        });
        routes.post("/api/admin/people", ctx -> savePerson(ctx, null));
        routes.post("/api/admin/people/{id}", ctx -> savePerson(ctx, id(ctx)));
        routes.get("/api/admin/audit", this::audit);
    }

    private void saveUnit(Context ctx, boolean create) {
        DeskUser user = SysadminOnly.require(ctx);
        JsonNode body = Json.body(ctx, json, UNIT_FIELDS);
        String code = create ? text(body, "code") : ctx.pathParam("code");
        boolean active = !body.has("active") || body.path("active").asBoolean(true);
        Json.send(ctx, json, create ? 201 : 200, admin.saveUnit(user, create, code, text(body, "name"),
                text(body, "seesCitizenNumber"), active));
    }

    private void savePerson(Context ctx, Long id) {
        DeskUser user = SysadminOnly.require(ctx);
        JsonNode body = Json.body(ctx, json, PERSON_FIELDS);
        List<String> units = new ArrayList<>();
        JsonNode list = body.path("units");
        if (!list.isMissingNode() && !list.isArray()) {
            throw ApiException.invalid("units", "Unit harus berupa daftar kode.");
        }
        list.forEach(n -> units.add(n.asText()));
        boolean active = !body.has("active") || body.path("active").asBoolean(true);
        Json.send(ctx, json, id == null ? 201 : 200, admin.savePerson(user, id, text(body, "name"),
                text(body, "number"), active, units));
    }

    private void audit(Context ctx) {
        SysadminOnly.require(ctx);
        long before = parseLong(ctx.queryParam("before"));
        String target = ctx.queryParam("target");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditRow r : audit.page(before, target == null || target.isBlank() ? null : target.strip(),
                AUDIT_PAGE)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("at", r.at().toString());
            row.put("actor", r.actor());
            row.put("actorRole", r.actorRole());
            row.put("action", r.action());
            row.put("target", r.target());
            row.put("before", r.beforeJson());
            row.put("after", r.afterJson());
            rows.add(row);
        }
        Json.send(ctx, json, 200, rows);
    }

    private static long id(Context ctx) {
        long id = parseLong(ctx.pathParam("id"));
        if (id <= 0) {
            throw new ApiException(404, "Orang tidak ditemukan.");
        }
        return id;
    }

    private static long parseLong(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, "Nomor tidak sah: " + (text.length() > 20 ? text.substring(0, 20) : text));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
