package id.wadul.routes.flow;

import id.wadul.routes.understand.Officer;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.unit.UnitMapper;
import java.time.Instant;
import java.util.Locale;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the unit and officer tables match routing.yaml, in one transaction: units and officers no
 * longer configured stay in the tables (tickets refer to them) but become inactive.
 */
public final class UnitSync {

    private static final Logger LOG = LoggerFactory.getLogger(UnitSync.class);

    private UnitSync() {
    }

    public static void sync(SqlSessionFactory sessions, Responsibilities responsibilities, Instant now) {
        try (SqlSession session = sessions.openSession(false)) {
            UnitMapper mapper = session.getMapper(UnitMapper.class);
            mapper.deactivateAllOfficers(now);
            mapper.deactivateAllUnits(now);
            int units = 0;
            int officers = 0;
            for (Unit unit : responsibilities.units()) {
                mapper.upsertUnit(unit.code(), unit.name(),
                        unit.seesCitizenNumber().name().toLowerCase(Locale.ROOT), now);
                units++;
                for (Officer officer : unit.officers()) {
                    mapper.upsertOfficer(unit.code(), officer.name(), officer.number(), now);
                    officers++;
                }
            }
            session.commit();
            LOG.info("Synced {} units and {} officers from routing.yaml", units, officers);
        }
    }
}
