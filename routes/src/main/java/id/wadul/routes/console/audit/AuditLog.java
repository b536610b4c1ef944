package id.wadul.routes.console.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.sql.audit.AuditMapper;
import id.wadul.sql.audit.AuditRow;
import java.time.Clock;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every admin change as one row of {@code admin_audit}: who (username and role), when, what (action and
 * target), and the state before and after as JSON. Never a password or its hash: callers pass views.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Who acts from the command line. */
    public static final String CLI = "cli";

    private final SqlSessionFactory sql;
    private final Clock clock;

    public AuditLog(SqlSessionFactory sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Records a change in the caller's transaction (committed with the change itself). */
    public void record(SqlSession session, String actor, String actorRole, String action, String target,
            Object before, Object after) {
        session.getMapper(AuditMapper.class).insert(new AuditRow(0, clock.instant(), actor, actorRole, action,
                target, json(before), json(after)));
        LOG.info("Admin audit: {} ({}) {} {}", actor, actorRole, action, target);
    }

    /** Records a change that was already committed. */
    public void record(String actor, String actorRole, String action, String target, Object before, Object after) {
        try (SqlSession session = sql.openSession(true)) {
            record(session, actor, actorRole, action, target, before, after);
        }
    }

    /** Newest first, before entry {@code beforeId} (0: from the newest), optionally of one target. */
    public List<AuditRow> page(long beforeId, String target, int limit) {
        try (SqlSession session = sql.openSession(true)) {
            return session.getMapper(AuditMapper.class).page(beforeId, target, limit);
        }
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit value not serialisable", e);
        }
    }
}
