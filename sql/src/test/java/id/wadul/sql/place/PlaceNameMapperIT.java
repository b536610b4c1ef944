package id.wadul.sql.place;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import java.time.Instant;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceNameMapperIT {

    private static final Instant NOW = Instant.parse("2026-11-29T21:00:00Z");
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
    void aNameIsAddedOncePerDesaListedAndRemoved() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            PlaceNameMapper m = s.getMapper(PlaceNameMapper.class);
            // given a name captured from a ticket
            assertThat(m.insert(new PlaceNameRow(0, "pasar kota", "35.22.19.2001", "35.22.19", "triage", 5L, "sari",
                    NOW))).isEqualTo(1);
            long id = m.lastInsertId();
            // the same name for the same desa again: nothing new; for another desa: a second row
            assertThat(m.insert(new PlaceNameRow(0, "pasar kota", "35.22.19.2001", "35.22.19", "console", null,
                    "root", NOW))).isZero();
            assertThat(m.insert(new PlaceNameRow(0, "pasar kota", "35.22.01.2001", "35.22.01", "console", null,
                    "root", NOW))).isEqualTo(1);
            long other = m.lastInsertId();

            assertThat(m.find(id)).isEqualTo(new PlaceNameRow(id, "pasar kota", "35.22.19.2001", "35.22.19", "triage",
                    5L, "sari", NOW));
            assertThat(m.all()).extracting(PlaceNameRow::id).containsExactly(id, other);

            // when one is removed
            assertThat(m.delete(other)).isEqualTo(1);
            assertThat(m.delete(other)).isZero();
            assertThat(m.all()).extracting(PlaceNameRow::desaCode).containsExactly("35.22.19.2001");
        }
    }
}
