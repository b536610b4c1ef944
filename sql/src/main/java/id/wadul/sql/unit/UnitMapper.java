package id.wadul.sql.unit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Units and officers. Written only by the startup sync from the routing table. */
public interface UnitMapper {

    int deactivateAllUnits(@Param("now") Instant now);

    int deactivateAllOfficers(@Param("now") Instant now);

    /** Inserts or updates the unit and marks it active. */
    int upsertUnit(@Param("code") String code, @Param("name") String name,
            @Param("seesCitizenNumber") String seesCitizenNumber, @Param("now") Instant now);

    /** Inserts or updates the officer and marks them active. */
    int upsertOfficer(@Param("unitCode") String unitCode, @Param("name") String name,
            @Param("number") String number, @Param("now") Instant now);

    UnitRow findUnit(@Param("code") String code);

    List<UnitRow> activeUnits();

    List<OfficerRow> activeOfficers(@Param("unitCode") String unitCode);

    /** Codes of the active units the number is an active officer of. */
    List<String> unitsOfOfficer(@Param("number") String number);
}
