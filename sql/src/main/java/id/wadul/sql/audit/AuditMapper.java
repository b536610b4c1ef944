package id.wadul.sql.audit;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The admin audit table ({@code admin_audit}): written once per change, never updated. */
public interface AuditMapper {

    int insert(AuditRow row);

    /** The newest entries first, older than {@code beforeId} (0: from the newest), optionally of one target. */
    List<AuditRow> page(@Param("beforeId") long beforeId, @Param("target") String target, @Param("limit") int limit);
}
