package id.wadul.sql.unit;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import java.time.Instant;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnitMapperIT {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static Database db;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void resyncKeepsRemovedUnitsAndOfficersButInactive() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            UnitMapper m = s.getMapper(UnitMapper.class);
            // given a first sync
            m.upsertUnit("dpupr", "Dinas PUPR", "never", NOW);
            m.upsertUnit("polres", "Polres", "urgent", NOW);
            m.upsertOfficer("dpupr", "Kabid Jalan", "6280000000901", NOW);
            m.upsertOfficer("polres", "Piket", "6280000000201", NOW);

            // when the second sync drops Polres and renames PUPR's officer
            m.deactivateAllOfficers(NOW);
            m.deactivateAllUnits(NOW);
            m.upsertUnit("dpupr", "Dinas PU dan Penataan Ruang", "always", NOW);
            m.upsertOfficer("dpupr", "Kabid Bina Marga", "6280000000901", NOW);

            // then
            assertThat(m.activeUnits()).extracting(UnitRow::code).containsExactly("dpupr");
            assertThat(m.findUnit("dpupr").seesCitizenNumber()).isEqualTo("always");
            assertThat(m.findUnit("polres").active()).isFalse();
            assertThat(m.activeOfficers("dpupr")).extracting(OfficerRow::name).containsExactly("Kabid Bina Marga");
            assertThat(m.unitsOfOfficer("6280000000901")).containsExactly("dpupr");
            assertThat(m.unitsOfOfficer("6280000000201")).isEmpty();
        }
    }
}
