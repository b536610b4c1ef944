package id.wadul.sql.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.sql.Database;
import id.wadul.sql.audit.AuditMapper;
import id.wadul.sql.audit.AuditRow;
import id.wadul.sql.routing.DefaultRow;
import id.wadul.sql.routing.RoutingMapper;
import id.wadul.sql.routing.RuleRow;
import id.wadul.sql.testing.TestDatabase;
import java.time.Instant;
import org.apache.ibatis.exceptions.PersistenceException;
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
    void aPersonBelongsToSeveralUnitsAndOneNumberIsOnePerson() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            UnitMapper units = s.getMapper(UnitMapper.class);
            PersonMapper people = s.getMapper(PersonMapper.class);
            // given two units and one person in both
            units.upsertUnit("dpupr", "Dinas PUPR", "never", NOW);
            units.upsertUnit("polres", "Polres", "urgent", NOW);
            people.insert("Kabid Jalan", "6280000000901", true, NOW);
            long id = people.lastInsertId();
            people.addMember("dpupr", id);
            people.addMember("polres", id);
            people.addMember("polres", id);

            // when a unit is deactivated and renamed
            units.upsertUnit("polres", "Polres Bojonegoro", "always", false, NOW);

            // then
            assertThat(people.unitsOf(id)).containsExactly("dpupr", "polres");
            assertThat(units.activeUnits()).extracting(UnitRow::code).containsExactly("dpupr");
            assertThat(units.findUnit("polres")).isEqualTo(new UnitRow("polres", "Polres Bojonegoro", "always", false));
            assertThat(people.findByNumber("6280000000901").name()).isEqualTo("Kabid Jalan");
            assertThatThrownBy(() -> people.insert("Lain", "6280000000901", true, NOW))
                    .isInstanceOf(PersistenceException.class);
        }
    }

    @Test
    void routingTableAndAuditRoundTrip() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            s.getMapper(UnitMapper.class).upsertUnit("kominfo", "Kominfo", "never", NOW);
            RoutingMapper routing = s.getMapper(RoutingMapper.class);
            assertThat(routing.triage()).isNull();
            routing.setTriage("kominfo");
            routing.insertRule(new RuleRow("keamanan", "*", "kominfo", 0));
            routing.insertDefault(new DefaultRow("bencana", "kominfo", 0));
            assertThat(routing.triage()).isEqualTo("kominfo");
            assertThat(routing.rules()).containsExactly(new RuleRow("keamanan", "*", "kominfo", 0));
            assertThat(routing.defaults()).containsExactly(new DefaultRow("bencana", "kominfo", 0));

            AuditMapper audit = s.getMapper(AuditMapper.class);
            audit.insert(new AuditRow(0, NOW, "root", "SYSADMIN", "unit.create", "kominfo", null, "{\"a\":1}"));
            audit.insert(new AuditRow(0, NOW, "root", "SYSADMIN", "unit.update", "polres", "{}", "{}"));
            assertThat(audit.page(0, null, 10)).extracting(AuditRow::action).containsExactly("unit.update",
                    "unit.create");
            assertThat(audit.page(0, "kominfo", 10)).singleElement()
                    .satisfies(r -> assertThat(r.afterJson()).isEqualTo("{\"a\":1}"));
        }
    }
}
