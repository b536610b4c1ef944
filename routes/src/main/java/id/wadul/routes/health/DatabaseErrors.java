package id.wadul.routes.health;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that is not there (server down, connection lost, pool out of connections) from an error of
 * the work itself (a bad row, a constraint). Work that failed for the first reason is not at fault: it is tried
 * again once the database is back, however often it failed meanwhile.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** True when the cause chain says the database could not be reached (SQLState class 08, or a socket error). */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
