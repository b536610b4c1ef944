package id.wadul.routes.config;

import java.util.Set;

/**
 * A mistake in how wadul was started (settings, command line, a port taken, another wadul on the data folder),
 * told to the user in one or two lines: what is wrong, and what to do. {@code WadulMain} prints the message
 * without a stack trace and exits with {@link #status()}; the trace goes to the log at DEBUG.
 *
 * <p>Other modules cannot depend on this class, so their own one-line start-up exceptions are recognised by
 * class name ({@link #USER_FACING}): anywhere in a cause chain, they are shown the same way.
 */
public final class StartupFailure extends RuntimeException {

    /** Exit status of a mistake in the command line (unknown command or option). */
    public static final int USAGE = 2;
    /** Exit status of a wrong setting or a start-up condition (port in use, data folder taken). */
    public static final int FAILED = 1;

    /** Exceptions of other modules whose message is written for the user (one line, says what to do). */
    static final Set<String> USER_FACING = Set.of("id.wadul.sql.DataFolderInUseException");

    private final int status;

    public StartupFailure(String message) {
        this(message, FAILED, null);
    }

    public StartupFailure(String message, Throwable cause) {
        this(message, FAILED, cause);
    }

    public StartupFailure(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public static StartupFailure usage(String message) {
        return new StartupFailure(message, USAGE, null);
    }

    public int status() {
        return status;
    }

    /**
     * The user-facing failure in {@code error}'s cause chain: a StartupFailure, or one of {@link #USER_FACING}
     * (wrapped with its message); null when there is none (an unexpected error).
     */
    public static StartupFailure find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StartupFailure failure) {
                return failure;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (USER_FACING.contains(c.getName())) {
                    return new StartupFailure(t.getMessage(), FAILED, t);
                }
            }
        }
        return null;
    }
}
