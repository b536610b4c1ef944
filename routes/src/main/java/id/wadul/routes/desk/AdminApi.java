package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.sql.desk.OperatorRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Account management over JSON ({@link AccountAdmin}): a station's admin for their station's accounts, a
 * SYSADMIN for every account.
 */
final class AdminApi {

    private static final Set<String> CREATE_FIELDS = Set.of("username", "role", "station", "password", "person");
    private static final Set<String> PASSWORD_FIELDS = Set.of("password");

    private final AccountAdmin admin;
    private final ObjectMapper json;

    AdminApi(AccountAdmin admin, ObjectMapper json) {
        this.admin = admin;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/operators", this::list);
        routes.post("/api/operators", this::create);
        routes.post("/api/operators/{username}/deactivate", ctx -> setActive(ctx, false));
        routes.post("/api/operators/{username}/activate", ctx -> setActive(ctx, true));
        routes.post("/api/operators/{username}/password", this::resetPassword);
        routes.post("/api/operators/{username}/unlock", this::unlock);
        routes.post("/api/operators/{username}/end-sessions", this::endSessions);
    }

    private void list(Context ctx) {
        List<Map<String, Object>> list = admin.list(requireAdmin(ctx)).stream().map(AdminApi::view).toList();
        Json.send(ctx, json, 200, list);
    }

    private void create(Context ctx) {
        DeskUser user = requireAdmin(ctx);
        JsonNode body = Json.body(ctx, json, CREATE_FIELDS);
        String password = optionalPassword(body);
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate();
        }
        JsonNode person = body.path("person");
        if (!person.isMissingNode() && !person.isNull() && !person.canConvertToLong()) {
            throw ApiException.invalid("person", "Orang harus berupa nomor id.");
        }
        OperatorRow row = admin.create(user, CallRequest.text(body, "username"), CallRequest.text(body, "role"),
                CallRequest.text(body, "station"), password, person.canConvertToLong() ? person.asLong() : null);
        Map<String, Object> view = view(row);
        if (generated) {
            // shown once to the admin who created the account; never stored or logged
            view.put("password", password);
        }
        Json.send(ctx, json, 201, view);
    }

    private void setActive(Context ctx, boolean active) {
        DeskUser user = requireAdmin(ctx);
        Json.body(ctx, json, Set.of());
        Json.send(ctx, json, 200, view(admin.setActive(user, ctx.pathParam("username"), active)));
    }

    private void resetPassword(Context ctx) {
        DeskUser user = requireAdmin(ctx);
        JsonNode body = Json.body(ctx, json, PASSWORD_FIELDS);
        String given = optionalPassword(body);
        String password = admin.resetPassword(user, ctx.pathParam("username"), given);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("username", Accounts.normalise(ctx.pathParam("username")));
        if (given == null) {
            reply.put("password", password);
        }
        Json.send(ctx, json, 200, reply);
    }

    private void unlock(Context ctx) {
        DeskUser user = requireAdmin(ctx);
        Json.body(ctx, json, Set.of());
        admin.unlock(user, ctx.pathParam("username"));
        Json.send(ctx, json, 200, Map.of("username", Accounts.normalise(ctx.pathParam("username"))));
    }

    private void endSessions(Context ctx) {
        DeskUser user = requireAdmin(ctx);
        Json.body(ctx, json, Set.of());
        int ended = admin.endSessions(user, ctx.pathParam("username"));
        Json.send(ctx, json, 200, Map.of("username", Accounts.normalise(ctx.pathParam("username")),
                "ended", ended));
    }

    private static String optionalPassword(JsonNode body) {
        JsonNode node = body.path("password");
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }

    private static DeskUser requireAdmin(Context ctx) {
        DeskUser user = Json.user(ctx);
        if (!user.isAdmin() && user.role() != Role.SYSADMIN) {
            throw new ApiException(403, "Hanya admin yang boleh mengelola akun.");
        }
        return user;
    }

    private static Map<String, Object> view(OperatorRow row) {
        return AccountAdmin.view(row);
    }
}
