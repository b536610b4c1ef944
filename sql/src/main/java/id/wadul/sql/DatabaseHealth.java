package id.wadul.sql;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link Database#health()} knows about the database right now, for a health endpoint and the logs.
 *
 * <p>Example text for a person: {@code "database down since 14:32:05: connection refused; restart attempt 3"}.
 *
 * @param state    {@link State#UP}, {@link State#DOWN} (unreachable, nothing being done about it, e.g. an
 *                 external server) or {@link State#RESTARTING} (the embedded server is being started again)
 * @param detail   one line on why, e.g. the last connection error; empty when up
 * @param since    when the database entered this state
 * @param restarts how many times the embedded server was started again since {@link Database#start}; during
 *                 {@link State#RESTARTING} this counts the attempt under way
 */
public record DatabaseHealth(State state, String detail, Instant since, int restarts) {

    /** The database's state as the application sees it. */
    public enum State {
        /** The pool reaches the server. */
        UP,
        /** The server cannot be reached; an external one is waited for, the pool reconnects by itself. */
        DOWN,
        /** The embedded server died and is being started again (with backoff). */
        RESTARTING
    }

    public DatabaseHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        detail = detail == null ? "" : detail;
    }

    /** True when the pool reaches the server. */
    public boolean isUp() {
        return state == State.UP;
    }
}
