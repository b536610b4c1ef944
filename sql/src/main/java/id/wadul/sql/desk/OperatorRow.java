package id.wadul.sql.desk;

import java.time.Instant;

/**
 * A call-in desk account as stored in {@code desk_operator}.
 *
 * @param role         one of id.wadul.routes.desk.Role: OPERATOR, ADMIN, SUPERVISOR, OFFICER, SYSADMIN
 * @param passwordHash bcrypt hash ({@code $2b$...}); never the password
 * @param lockedUntil  logins refused until then after repeated failures, or null
 */
public record OperatorRow(long id, String username, String passwordHash, String role, String station,
        boolean active, int failedLogins, Instant lockedUntil, Instant createdAt) {

    @Override
    public String toString() {
        return "OperatorRow[id=" + id + ", username=" + username + ", role=" + role + ", station=" + station
                + ", active=" + active + "]";
    }
}
