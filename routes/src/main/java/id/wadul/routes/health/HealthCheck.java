package id.wadul.routes.health;

import id.wadul.sql.DatabaseHealth;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What {@code GET /health} says: UP when the database is reachable, DOWN (and why) when it is not, with the
 * number of SMPP binds and the backlog (stored messages not yet handled, as far as the database can say).
 * A database found down is also reported to {@link DatabaseAvailability}, so the inbound store answers at once.
 */
public final class HealthCheck {

    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(2);
    /** Asks on threads of its own: one stuck on a pool waiting for the server does not hold up the next. */
    private static final ExecutorService ASKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "health-check");
        t.setDaemon(true);
        return t;
    });

    private final Supplier<DatabaseHealth> database;
    private final DatabaseAvailability availability;
    private final IntSupplier binds;
    private final IntSupplier backlog;

    /**
     * @param database     the database's own view ({@code Database::health})
     * @param availability the inbound store's view, marked down when the database is found down
     * @param binds        SMPP sessions bound now
     * @param backlog      RECEIVED messages (a query: only asked when the database is up)
     */
    public HealthCheck(Supplier<DatabaseHealth> database, DatabaseAvailability availability, IntSupplier binds,
            IntSupplier backlog) {
        this.database = database;
        this.availability = availability;
        this.binds = binds;
        this.backlog = backlog;
    }

    /** True when the database is up: the endpoint answers 200, else 503. */
    public record Report(boolean up, Map<String, Object> body) {
    }

    public Report report() {
        DatabaseHealth db = ask(database::get);
        boolean up = db != null && db.isUp();
        Map<String, Object> dbPart = new LinkedHashMap<>();
        if (db == null) {
            dbPart.put("status", "DOWN");
            dbPart.put("detail", "no answer from the connection pool within " + ASK_TIMEOUT.toSeconds() + " s");
        } else {
            dbPart.put("status", db.state().name());
            if (!db.detail().isEmpty()) {
                dbPart.put("detail", db.detail());
            }
            dbPart.put("since", db.since().toString());
            dbPart.put("restarts", db.restarts());
        }
        if (!up) {
            availability.markDown(new IllegalStateException(String.valueOf(dbPart.get("detail"))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("database", dbPart);
        body.put("smpp", Map.of("binds", binds.getAsInt()));
        Integer waiting = up ? ask(backlog::getAsInt) : null;
        body.put("backlog", waiting);
        return new Report(up, body);
    }

    /** The answer, or null when it threw or took longer than {@link #ASK_TIMEOUT} (a pool waiting for a server). */
    private static <T> T ask(Supplier<T> question) {
        try {
            return CompletableFuture.supplyAsync(question, ASKERS).get(ASK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }
}
