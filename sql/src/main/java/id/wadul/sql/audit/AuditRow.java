package id.wadul.sql.audit;

import java.time.Instant;

/** One admin change: who, when, what, and the state before and after as JSON (null: none). */
public record AuditRow(long id, Instant at, String actor, String actorRole, String action, String target,
        String beforeJson, String afterJson) {
}
