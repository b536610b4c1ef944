package id.wadul.sql.label;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The learned routing's labels. */
public interface LabelMapper {

    int insert(@Param("text") String text, @Param("category") String category, @Param("source") String source,
            @Param("ticketId") Long ticketId, @Param("createdAt") Instant createdAt);

    long lastInsertId();

    /** Removes a wrong label; returns 1, or 0 when there was none with that id. */
    int delete(@Param("id") long id);

    LabelRow find(@Param("id") long id);

    LabelCount count();

    /** Every label, oldest first. */
    List<LabelRow> all();

    /**
     * The newest labels first, before id {@code beforeId} (0: from the newest), optionally only those whose text
     * contains {@code text} or of one category or source.
     */
    List<LabelRow> recent(@Param("text") String text, @Param("category") String category,
            @Param("source") String source, @Param("beforeId") long beforeId, @Param("limit") int limit);

    /** How many labels came from each source. */
    List<LabelSourceCount> countBySource();

    /** The labels that came from a ticket, oldest first. */
    List<LabelRow> ofTicket(@Param("ticketId") long ticketId);
}
