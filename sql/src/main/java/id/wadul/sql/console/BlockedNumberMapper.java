package id.wadul.sql.console;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** Numbers blocked from the console until a time (spam, pranks). */
public interface BlockedNumberMapper {

    /** Blocks the number until {@code until}; blocking it again replaces the expiry and reason. */
    int block(@Param("number") String number, @Param("until") Instant until, @Param("reason") String reason,
            @Param("ticketId") Long ticketId, @Param("by") String by, @Param("at") Instant at);

    /** Whether the number is blocked at {@code now}. */
    boolean isBlocked(@Param("number") String number, @Param("now") Instant now);

    /** Those of the numbers blocked at {@code now} (one query for a batch of the flow). */
    java.util.List<String> blockedAmong(@Param("numbers") java.util.Collection<String> numbers, @Param("now") Instant now);

    /** The end of the number's block, or null when it has none (or one that ended). */
    Instant blockedUntil(@Param("number") String number, @Param("now") Instant now);
}
