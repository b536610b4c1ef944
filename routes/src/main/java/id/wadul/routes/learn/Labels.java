package id.wadul.routes.learn;

import id.wadul.sql.label.LabelMapper;
import java.time.Instant;
import java.util.Locale;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plain API for labels: what the learned routing learns from. Runs in the caller's session (and its
 * transaction); the periodic retraining picks new labels up.
 */
public final class Labels {

    private static final Logger LOG = LoggerFactory.getLogger(Labels.class);

    /** Where a label came from. */
    public enum Source {
        /** A history file ({@code wadul.jar learn FILE}). */
        IMPORT,
        /** The console's triage decision. */
        TRIAGE,
        /** An officer's ALIH to a unit that handles one category. */
        ALIH,
        /** A ticket closed SELESAI by a unit it was routed to. */
        SELESAI;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Labels() {
    }

    /**
     * Adds a label and returns its id.
     *
     * @param ticketId the ticket it came from, or null
     */
    public static long add(SqlSession session, String text, String category, Source source, Long ticketId) {
        return add(session, text, category, source, ticketId, Instant.now());
    }

    /** The same, at the given time (the flow's clock). */
    public static long add(SqlSession session, String text, String category, Source source, Long ticketId,
            Instant createdAt) {
        LabelMapper labels = session.getMapper(LabelMapper.class);
        labels.insert(text, category, source.code(), ticketId, createdAt);
        long id = labels.lastInsertId();
        LOG.info("Label {} added: {} from {} (ticket id {})", id, category, source.code(), ticketId);
        return id;
    }

    /** Removes a wrong label; false when there was none with that id. */
    public static boolean remove(SqlSession session, long id) {
        boolean removed = session.getMapper(LabelMapper.class).delete(id) == 1;
        LOG.info("Label {} {}", id, removed ? "removed" : "to remove not found");
        return removed;
    }
}
