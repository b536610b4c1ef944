package id.wadul.routes.console.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.routing.RoutingEditor;
import id.wadul.routes.console.routing.RoutingTable;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The routing table over JSON, for SYSADMIN: read, preview a change, save it, export it as routing.yaml. */
final class RoutingApi {

    private static final Set<String> TABLE_FIELDS = Set.of("triage", "rules", "defaults");
    private static final Set<String> RULE_FIELDS = Set.of("category", "kecamatan", "units");

    private final RoutingEditor editor;
    private final Responsibilities live;
    private final Map<String, String> categories;
    private final Map<String, String> kecamatan;
    private final ObjectMapper json;

    /** @param kecamatan the regency's kecamatan, code -> name */
    RoutingApi(RoutingEditor editor, Responsibilities live, Map<String, String> categories,
            Map<String, String> kecamatan, ObjectMapper json) {
        this.editor = editor;
        this.live = live;
        this.categories = categories;
        this.kecamatan = kecamatan;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/admin/routing", this::current);
        routes.post("/api/admin/routing/preview", ctx -> {
            SysadminOnly.require(ctx);
            Json.send(ctx, json, 200, refusedAs400(() -> editor.preview(table(Json.body(ctx, json, TABLE_FIELDS)))));
        });
        routes.post("/api/admin/routing", ctx -> {
            DeskUser user = SysadminOnly.require(ctx);
            RoutingTable table = table(Json.body(ctx, json, TABLE_FIELDS));
            Json.send(ctx, json, 200, refusedAs400(() -> editor.save(user.username(), user.role().name(), table)));
        });
        routes.get("/api/admin/routing/export", ctx -> {
            SysadminOnly.require(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"routing.yaml\"");
            ctx.contentType("application/yaml; charset=utf-8").result(editor.export().getBytes(StandardCharsets.UTF_8));
        });
    }

    private void current(Context ctx) {
        SysadminOnly.require(ctx);
        Map<String, Object> reply = new LinkedHashMap<>();
        RoutingTable table = editor.current();
        reply.put("triage", table.triage());
        reply.put("rules", table.rules());
        reply.put("defaults", table.defaults());
        reply.put("categories", categories);
        reply.put("kecamatan", kecamatan);
        List<Map<String, String>> units = new ArrayList<>();
        for (Unit u : live.units()) {
            units.add(Map.of("code", u.code(), "name", u.name()));
        }
        reply.put("units", units);
        reply.put("previewSize", RoutingEditor.PREVIEW);
        Json.send(ctx, json, 200, reply);
    }

    private static <T> T refusedAs400(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RoutingEditor.Refused e) {
            throw ApiException.invalid("table", String.join("\n", e.problems()));
        }
    }

    private static RoutingTable table(JsonNode body) {
        List<RoutingTable.Rule> rules = new ArrayList<>();
        JsonNode list = body.path("rules");
        if (!list.isArray()) {
            throw ApiException.invalid("rules", "Aturan harus berupa daftar.");
        }
        for (JsonNode rule : list) {
            if (!rule.isObject()) {
                throw ApiException.invalid("rules", "Setiap aturan harus berupa objek.");
            }
            for (Iterator<String> it = rule.fieldNames(); it.hasNext();) {
                if (!RULE_FIELDS.contains(it.next())) {
                    throw ApiException.invalid("rules", "Aturan hanya berisi category, kecamatan dan units.");
                }
            }
            rules.add(new RoutingTable.Rule(rule.path("category").asText(""), rule.path("kecamatan").asText(""),
                    codes(rule.path("units"))));
        }
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        JsonNode d = body.path("defaults");
        if (!d.isMissingNode() && !d.isObject()) {
            throw ApiException.invalid("defaults", "Bawaan harus berupa objek kategori -> unit.");
        }
        d.fields().forEachRemaining(e -> defaults.put(e.getKey(), codes(e.getValue())));
        return new RoutingTable(body.path("triage").asText(""), rules, defaults);
    }

    private static List<String> codes(JsonNode node) {
        List<String> codes = new ArrayList<>();
        if (node.isTextual()) {
            for (String part : node.asText().split("[,\\s]+")) {
                if (!part.isBlank()) {
                    codes.add(part.strip());
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> codes.add(n.asText().strip()));
        }
        return codes;
    }
}
