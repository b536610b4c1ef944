package id.wadul.sql.desk;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Accounts of the call-in desk ({@code desk_operator}). */
public interface OperatorMapper {

    /** Inserts an account; a taken username fails with the unique key {@code uq_desk_operator_username}. */
    int insert(@Param("username") String username, @Param("passwordHash") String passwordHash,
            @Param("role") String role, @Param("station") String station, @Param("createdAt") Instant createdAt);

    OperatorRow findByUsername(@Param("username") String username);

    OperatorRow findById(@Param("id") long id);

    List<OperatorRow> listAll();

    /** The accounts of one station (compared exactly), by username. */
    List<OperatorRow> listByStation(@Param("station") String station);

    /** Every station name an account has. */
    List<String> stations();

    /** Sets a new password hash and clears the failure count. */
    int updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash);

    int countActiveAdmins();

    /** Clears the failure count and lock columns (no longer set: logins are slowed per address instead). */
    int resetFailures(@Param("id") long id);

    int setActive(@Param("id") long id, @Param("active") boolean active);
}
