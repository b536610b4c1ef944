package id.wadul.sql.desk;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** Login sessions of the desk ({@code desk_session}). */
public interface SessionMapper {

    int insert(SessionRow session);

    SessionRow find(@Param("tokenHash") String tokenHash);

    int touch(@Param("tokenHash") String tokenHash, @Param("lastSeenAt") Instant lastSeenAt);

    int delete(@Param("tokenHash") String tokenHash);

    /** Ends every session of one account. */
    int deleteByOperator(@Param("operatorId") long operatorId);

    /** Removes sessions idle since before {@code idleBefore} or created before {@code createdBefore}. */
    int deleteExpired(@Param("idleBefore") Instant idleBefore, @Param("createdBefore") Instant createdBefore);
}
