package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.sql.desk.OperatorRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Login (slowed per username and address by {@link LoginThrottle}), logout, and the current user. */
final class AuthApi {

    private static final Set<String> LOGIN_FIELDS = Set.of("username", "password");
    static final String REFUSED = "Nama pengguna atau kata sandi salah.";

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
    }

    private void login(Context ctx) {
        JsonNode body = Json.body(ctx, json, LOGIN_FIELDS);
        String username = CallRequest.text(body, "username");
        String address = ctx.ip();
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ApiException(429, "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + seconds
                    + " detik.");
        }
        JsonNode password = body.path("password");
        if (username == null || !password.isTextual()) {
            throttle.failed(username, address);
            throw new ApiException(401, REFUSED);
        }
        if (Passwords.tooLong(password.asText())) {
            throttle.failed(username, address);
            throw ApiException.invalid("password", Passwords.tooLongMessage());
        }
        Optional<OperatorRow> operator = accounts.authenticate(username, password.asText());
        if (operator.isEmpty()) {
            throttle.failed(username, address);
            throw new ApiException(401, REFUSED);
        }
        throttle.succeeded(username, address);
        Sessions.Opened opened = sessions.open(operator.get());
        ctx.cookie(cookie(opened.token(), (int) settings.sessionMax().toSeconds()));
        Json.send(ctx, json, 200, me(opened.user()));
    }

    private void logout(Context ctx) {
        Json.body(ctx, json, Set.of());
        sessions.close(Json.user(ctx));
        ctx.cookie(cookie("", 0));
        ctx.status(204);
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
}
