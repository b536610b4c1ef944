package id.wadul.routes.store;

/** The inbound store refused an item because the database cannot be reached right now; the link should retry. */
public final class DatabaseUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String reason) {
        super("database unavailable: " + reason);
    }
}
