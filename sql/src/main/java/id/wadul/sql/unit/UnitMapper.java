package id.wadul.sql.unit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Units: imported from routing.yaml on the first run, then edited in the console. */
public interface UnitMapper {

    /** Inserts or updates the unit (name, visibility, active). */
    int upsertUnit(@Param("code") String code, @Param("name") String name,
            @Param("seesCitizenNumber") String seesCitizenNumber, @Param("active") boolean active,
            @Param("now") Instant now);

    /** Inserts or updates the unit and marks it active. */
    default int upsertUnit(String code, String name, String seesCitizenNumber, Instant now) {
        return upsertUnit(code, name, seesCitizenNumber, true, now);
    }

    UnitRow findUnit(@Param("code") String code);

    List<UnitRow> activeUnits();

    /** Every unit, active or not, by code. */
    List<UnitRow> allUnits();

    int countUnits();
}
