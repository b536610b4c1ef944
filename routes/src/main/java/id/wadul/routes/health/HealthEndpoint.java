package id.wadul.routes.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /health} on the call-in desk's HTTP server, without login: {@code {"status":"UP"|"DOWN",
 * "database":{...},"smpp":{"binds":n},"backlog":n}}, 200 when up, 503 when not. The application builds it with
 * its {@link HealthCheck} and gives it to the desk server; once the application is stopping it answers DOWN.
 */
public final class HealthEndpoint {

    public static final String PATH = "/health";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HealthCheck check;
    private volatile boolean stopping;

    /** @param check what to answer; null: always DOWN (a desk without the application's parts) */
    public HealthEndpoint(HealthCheck check) {
        this.check = check;
    }

    /** An endpoint that answers DOWN: there is nothing to check. */
    public static HealthEndpoint none() {
        return new HealthEndpoint(null);
    }

    /** Adds the route (the desk server calls this). */
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::answer);
    }

    /** From now on it answers DOWN ("stopping"). */
    public void stopping() {
        stopping = true;
    }

    private void answer(Context ctx) throws JsonProcessingException {
        HealthCheck.Report report = check == null || stopping
                ? new HealthCheck.Report(false, Map.of("status", "DOWN", "detail", "starting or stopping"))
                : check.report();
        ctx.status(report.up() ? 200 : 503).contentType("application/json; charset=utf-8")
                .header("Cache-Control", "no-store")
                .result(JSON.writeValueAsBytes(report.body()));
    }
}
