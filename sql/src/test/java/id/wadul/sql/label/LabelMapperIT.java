package id.wadul.sql.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import java.time.Instant;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LabelMapperIT {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
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
    void labelsAreAddedCountedListedAndAWrongOneRemoved() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            LabelMapper m = s.getMapper(LabelMapper.class);
            assertThat(m.count()).isEqualTo(new LabelCount(0, 0));
            // given two labels, one from a ticket
            m.insert("jalan rusak di dander", "infrastruktur", "import", null, NOW);
            long first = m.lastInsertId();
            m.insert("lampu jalan mati", "infrastruktur", "alih", 42L, NOW);
            long second = m.lastInsertId();

            // then
            assertThat(m.count()).isEqualTo(new LabelCount(2, second));
            assertThat(m.all()).extracting(LabelRow::text).containsExactly("jalan rusak di dander", "lampu jalan mati");
            assertThat(m.find(first)).isEqualTo(new LabelRow(first, "jalan rusak di dander", "infrastruktur", "import",
                    null, NOW));
            assertThat(m.ofTicket(42)).extracting(LabelRow::source).containsExactly("alih");

            // when the wrong one is removed
            assertThat(m.delete(second)).isEqualTo(1);
            assertThat(m.delete(second)).isZero();
            assertThat(m.count()).isEqualTo(new LabelCount(1, first));
        }
    }

    @Test
    void anUnknownSourceIsRefused() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            LabelMapper m = s.getMapper(LabelMapper.class);
            assertThatThrownBy(() -> m.insert("tes", "lainnya", "guess", null, NOW)).hasMessageContaining("ck_label_source");
        }
    }

    @Test
    void recentLabelsAreFoundByTextCategoryAndSourceAndCountedBySource() {
        try (SqlSession s = db.sqlSessionFactory().openSession(false)) {
            LabelMapper m = s.getMapper(LabelMapper.class);
            m.insert("banjir di kanor sampai lutut", "bencana", "triage", 7L, NOW);
            long flood = m.lastInsertId();
            m.insert("jembatan kanor ambrol", "infrastruktur", "selesai", 8L, NOW);
            long bridge = m.lastInsertId();
            m.insert("pungli 50% di kantor", "kepegawaian", "triage", 9L, NOW);
            long levy = m.lastInsertId();

            assertThat(m.recent("kanor", null, null, 0, 10)).extracting(LabelRow::id).containsExactly(bridge, flood);
            assertThat(m.recent("kanor", null, null, bridge, 10)).extracting(LabelRow::id).containsExactly(flood);
            assertThat(m.recent(null, "bencana", "triage", 0, 10)).extracting(LabelRow::id).containsExactly(flood);
            assertThat(m.recent(null, null, "triage", 0, 1)).extracting(LabelRow::id).containsExactly(levy);
            assertThat(m.countBySource()).contains(new LabelSourceCount("selesai", 1))
                    .filteredOn(c -> c.source().equals("triage")).extracting(LabelSourceCount::count)
                    .allMatch(n -> n >= 2);
            s.rollback();
        }
    }
}
