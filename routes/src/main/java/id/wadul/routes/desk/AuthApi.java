package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.sql.desk.OperatorRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Login, logout, the current user with its CSRF token, and the admins' account management. */
final class AuthApi {

    private final Accounts accounts;
    private final Sessions sessions;
    private final DeskSettings settings;
    private final ObjectMapper json;
    private final LoginThrottle throttle;

    AuthApi(Accounts accounts, Sessions sessions, DeskSettings settings, ObjectMapper json, LoginThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.settings = settings;
        this.json = json;
        this.throttle = throttle;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/login", this::login);
        routes.post("/api/logout", this::logout);
        routes.get("/api/me", ctx -> Json.send(ctx, json, 200, me(Json.user(ctx))));
        routes.get("/api/operators", this::listOperators);
        routes.post("/api/operators", this::createOperator);
    }

    private void login(Context ctx) {
        if (!throttle.tryAcquire(ctx.ip())) {
            throw new ApiException(429, "Terlalu banyak percobaan masuk. Tunggu beberapa menit.");
        }
        JsonNode body = Json.body(ctx, json);
        String username = CallRequest.text(body, "username");
        JsonNode password = body.path("password");
        if (username == null || !password.isTextual()) {
            throw new ApiException(401, "Nama pengguna atau kata sandi salah.");
        }
        Accounts.LoginResult result = accounts.authenticate(username, password.asText());
        if (result instanceof Accounts.Locked) {
            throw new ApiException(429, "Akun dikunci sementara karena salah kata sandi berulang. Coba lagi nanti.");
        }
        if (!(result instanceof Accounts.LoggedIn loggedIn)) {
            throw new ApiException(401, "Nama pengguna atau kata sandi salah.");
        }
        Sessions.Opened opened = sessions.open(loggedIn.operator());
        ctx.cookie(cookie(opened.token(), (int) settings.sessionMax().toSeconds()));
        Json.send(ctx, json, 200, me(opened.user()));
    }

    private void logout(Context ctx) {
        sessions.close(Json.user(ctx));
        ctx.cookie(cookie("", 0));
        ctx.status(204);
    }

    private void listOperators(Context ctx) {
        requireAdmin(ctx);
        List<Map<String, Object>> list = accounts.list().stream().map(AuthApi::operatorView).toList();
        Json.send(ctx, json, 200, list);
    }

    private void createOperator(Context ctx) {
        requireAdmin(ctx);
        JsonNode body = Json.body(ctx, json);
        String password = body.path("password").isTextual() && !body.path("password").asText().isEmpty()
                ? body.path("password").asText() : null;
        boolean generated = password == null;
        if (generated) {
            password = Passwords.generate();
        }
        OperatorRow row = accounts.create(CallRequest.text(body, "username"), CallRequest.text(body, "role"),
                CallRequest.text(body, "station"), password);
        Map<String, Object> view = operatorView(row);
        if (generated) {
            // shown once to the admin who created the account; never stored or logged
            view.put("password", password);
        }
        Json.send(ctx, json, 201, view);
    }

    private static void requireAdmin(Context ctx) {
        if (!Json.user(ctx).isAdmin()) {
            throw new ApiException(403, "Hanya admin yang boleh mengelola akun.");
        }
    }

    private Cookie cookie(String value, int maxAge) {
        return new Cookie(DeskServer.COOKIE, value, "/", maxAge, settings.secureCookie(), true, null,
                SameSite.STRICT);
    }

    private static Map<String, Object> me(DeskUser user) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", user.username());
        me.put("role", user.role().name());
        me.put("station", user.station());
        me.put("csrfToken", user.csrfToken());
        return me;
    }

    private static Map<String, Object> operatorView(OperatorRow row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", row.username());
        view.put("role", row.role());
        view.put("station", row.station());
        view.put("active", row.active());
        view.put("createdAt", row.createdAt() == null ? null : row.createdAt().toString());
        return view;
    }
}
