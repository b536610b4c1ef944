package id.wadul.routes.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /health} on the call-in desk's HTTP server, without login: {@code {"status":"UP"|"DOWN",
 * "database":{...},"smpp":{"binds":n},"backlog":n}}, 200 when up, 503 when not (or not started yet). The
 * application publishes its {@link HealthCheck} under the HTTP port it listens on, so each server in a JVM
 * answers for its own application.
 */
public final class HealthEndpoint {

    public static final String PATH = "/health";
    private static final Map<Integer, HealthCheck> CHECKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private HealthEndpoint() {
    }

    /** Adds the route (the desk server calls this). */
    public static void register(RoutesConfig routes) {
        routes.get(PATH, HealthEndpoint::answer);
    }

    /** From now on the server on {@code httpPort} answers with this check. */
    public static void publish(int httpPort, HealthCheck check) {
        CHECKS.put(httpPort, check);
    }

    /** The server on {@code httpPort} answers DOWN ("stopping") again. */
    public static void withdraw(int httpPort) {
        CHECKS.remove(httpPort);
    }

    private static void answer(Context ctx) throws JsonProcessingException {
        HealthCheck check = CHECKS.get(ctx.req().getLocalPort());
        HealthCheck.Report report = check == null
                ? new HealthCheck.Report(false, Map.of("status", "DOWN", "detail", "starting or stopping"))
                : check.report();
        ctx.status(report.up() ? 200 : 503).contentType("application/json; charset=utf-8")
                .header("Cache-Control", "no-store")
                .result(JSON.writeValueAsBytes(report.body()));
    }
}
