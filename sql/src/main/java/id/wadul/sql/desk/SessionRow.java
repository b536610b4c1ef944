package id.wadul.sql.desk;

import java.time.Instant;

/** A login session of the desk ({@code desk_session}); the cookie's token is stored only as its SHA-256. */
public record SessionRow(String tokenHash, long operatorId, String csrfToken, Instant createdAt, Instant lastSeenAt) {

    @Override
    public String toString() {
        return "SessionRow[operatorId=" + operatorId + ", createdAt=" + createdAt + "]";
    }
}
