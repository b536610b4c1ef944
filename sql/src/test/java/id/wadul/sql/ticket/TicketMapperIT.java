package id.wadul.sql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.unit.UnitMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketMapperIT {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00.123Z");
    private static Database db;

    @BeforeAll
    static void start() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(db);
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            s.getMapper(UnitMapper.class).upsertUnit("dpupr", "Dinas PUPR", "never", NOW);
            s.getMapper(UnitMapper.class).upsertUnit("polres", "Polres", "urgent", NOW);
        }
    }

    /** Inserts one ticket; returns its id. */
    private static long insert(TicketMapper m, TicketRow row) {
        return m.insertAll(List.of(row)).get(0).id();
    }

    static TicketRow ticket(String number, String citizen, String hash, Instant created, String state, Instant due) {
        return new TicketRow(0, number, "sms", citizen, null, false, false, true, "jalan rusak parah 😡",
                "jalan rusak parah", hash, "infrastruktur", false, true, "35.22.19", "Padangan", null, null, state,
                due, 0, null, null, null, 7L, created, created);
    }

    @Test
    void insertedTicketReadsBackWithEveryColumnAndUtcTimes() {
        try (SqlSession s = db.sqlSessionFactory().openSession(false)) {
            TicketMapper m = s.getMapper(TicketMapper.class);
            // given
            long id = insert(m, ticket("K7M4PX", "6281234567890", "h1", NOW, "OPEN", NOW.plus(72, ChronoUnit.HOURS)));
            s.commit();

            // when
            TicketRow read = m.findByNumber("K7M4PX");

            // then
            assertThat(read.id()).isEqualTo(id);
            assertThat(read.text()).isEqualTo("jalan rusak parah 😡");
            assertThat(read.createdAt()).isEqualTo(NOW);
            assertThat(read.dueAt()).isEqualTo(NOW.plus(72, ChronoUnit.HOURS));
            assertThat(read.inboundMessageId()).isEqualTo(7L);
            assertThat(read.lastEscalatedAt()).isNull();
            assertThat(read.closed()).isFalse();
            assertThat(m.findById(id)).isEqualTo(read);
        }
    }

    @Test
    void repeatIsFoundOnlyWithinTheWindowAndForTheSameNumberAndText() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            TicketMapper m = s.getMapper(TicketMapper.class);
            insert(m, ticket("AAAAAA", "6281111111111", "h1", NOW.minus(2, ChronoUnit.HOURS), "OPEN", NOW));
            insert(m, ticket("CCCCCC", "6281111111111", "h1", NOW.minus(30, ChronoUnit.HOURS), "OPEN", NOW));

            RepeatKey same = new RepeatKey("6281111111111", "h1");
            assertThat(m.findRepeats(List.of(same), NOW.minus(24, ChronoUnit.HOURS))).extracting(TicketRow::number)
                    .containsExactly("AAAAAA");
            assertThat(m.findRepeats(List.of(same), NOW.minus(1, ChronoUnit.HOURS))).isEmpty();
            assertThat(m.findRepeats(List.of(new RepeatKey("6282222222222", "h1")), NOW.minus(24, ChronoUnit.HOURS)))
                    .isEmpty();
            assertThat(m.findRepeats(List.of(new RepeatKey("6281111111111", "h2")), NOW.minus(24, ChronoUnit.HOURS)))
                    .isEmpty();
        }
    }

    @Test
    void unitsEventsAndLatestNote() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            TicketMapper m = s.getMapper(TicketMapper.class);
            long id = insert(m, ticket("DDDDDD", null, "h", NOW, "OPEN", NOW));
            // given a ticket routed to PUPR, then handed over to Polres
            m.addUnit(id, "dpupr", NOW);
            m.insertEvent(new TicketEventRow(0, id, NOW, "SYSTEM", "wadul", "ROUTED", "dpupr", null, "rule x"));
            m.insertEvent(new TicketEventRow(0, id, NOW, "OFFICER", "6280000000201", "PROSES", "dpupr", "dicek", null));
            m.deactivateUnit(id, "dpupr");
            m.addUnit(id, "polres", NOW);
            m.insertEvent(new TicketEventRow(0, id, NOW, "CITIZEN", "0812****7890", "STATUS_QUERY", null, "", null));

            // then
            assertThat(m.activeUnits(id)).containsExactly("polres");
            assertThat(m.events(id)).extracting(TicketEventRow::kind)
                    .containsExactly("ROUTED", "PROSES", "STATUS_QUERY");
            assertThat(m.events(id).get(0).rule()).isEqualTo("rule x");
            assertThat(m.latestNote(id, List.of("PROSES", "SELESAI"))).isEqualTo("dicek");
            assertThat(m.latestNote(id, List.of("SELESAI"))).isNull();

            // and routing back to PUPR re-activates it
            m.addUnit(id, "dpupr", NOW);
            assertThat(m.activeUnits(id)).containsExactlyInAnyOrder("polres", "dpupr");
        }
    }

    @Test
    void manyTicketsAreInsertedInOneStatementAndReadBackExactly() {
        try (SqlSession s = db.sqlSessionFactory().openSession(false)) {
            TicketMapper m = s.getMapper(TicketMapper.class);
            // given a desk ticket with a name, an operator and no inbound message, and an SMS one
            TicketRow desk = new TicketRow(0, "HJK2MN", "radio", null, "Bu Sri", true, true, false,
                    "Lampu jalan mati \"total\" 'sejak' kemarin\n😡", "lampu jalan mati", "h3", "lalu-lintas", true,
                    false, null, null, null, null, "TRIAGE", NOW.plus(4, ChronoUnit.HOURS), 0, null, "sari",
                    "Radio Malowopati", null, NOW, NOW);
            List<TicketRow> rows = List.of(ticket("K7M4PX", "6281234567890", "h1", NOW, "OPEN", NOW), desk);

            // when
            List<TicketId> ids = m.insertAll(rows);
            s.commit();

            // then each row reads back as it was given, with its id
            assertThat(ids).extracting(TicketId::number).containsExactly("K7M4PX", "HJK2MN");
            assertThat(ids.get(1).id()).isGreaterThan(ids.get(0).id());
            for (int i = 0; i < rows.size(); i++) {
                TicketRow given = rows.get(i);
                assertThat(m.findById(ids.get(i).id())).isEqualTo(new TicketRow(ids.get(i).id(), given.number(),
                        given.channel(), given.citizenNumber(), given.citizenName(), given.anonymous(),
                        given.secret(), given.notifyCitizen(), given.text(), given.normalisedText(),
                        given.textHash(), given.category(), given.urgent(), given.confident(),
                        given.kecamatanCode(), given.kecamatanName(), given.desaCode(), given.desaName(),
                        given.state(), given.dueAt(), 0, null, given.operator(), given.station(),
                        given.inboundMessageId(), given.createdAt(), given.updatedAt()));
            }
        }
    }

    @Test
    void repeatsAndTakenNumbersAreFoundForManyKeysAtOnce() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            TicketMapper m = s.getMapper(TicketMapper.class);
            insert(m, ticket("AAAAAA", "6281111111111", "h1", NOW.minus(2, ChronoUnit.HOURS), "OPEN", NOW));
            insert(m, ticket("BBBBBB", "6281111111111", "h1", NOW.minus(1, ChronoUnit.HOURS), "OPEN", NOW));
            insert(m, ticket("CCCCCC", "6282222222222", "h2", NOW.minus(30, ChronoUnit.HOURS), "OPEN", NOW));
            insert(m, ticket("DDDDDD", "6283333333333", "h3", NOW.minus(3, ChronoUnit.HOURS), "OPEN", NOW));

            List<TicketRow> found = m.findRepeats(List.of(new RepeatKey("6281111111111", "h1"),
                    new RepeatKey("6282222222222", "h2"), new RepeatKey("6283333333333", "h1"),
                    new RepeatKey("6283333333333", "h3")), NOW.minus(24, ChronoUnit.HOURS));

            // newest first; CCCCCC is outside the window, DDDDDD's number sent another text too
            assertThat(found).extracting(TicketRow::number).containsExactly("BBBBBB", "AAAAAA", "DDDDDD");
            assertThat(m.takenNumbers(List.of("ZZZZZZ", "BBBBBB", "CCCCCC"))).containsExactlyInAnyOrder("BBBBBB",
                    "CCCCCC");
            assertThat(m.takenNumbers(List.of("ZZZZZZ"))).isEmpty();
        }
    }

    @Test
    void manyEventsAndUnitsInOneStatementKeepTheirOrder() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            TicketMapper m = s.getMapper(TicketMapper.class);
            long id = insert(m, ticket("EEEEEE", null, "h", NOW, "OPEN", NOW));
            m.addUnit(id, "dpupr", NOW);
            m.deactivateUnit(id, "dpupr");

            m.addUnits(List.of(new TicketUnitRow(id, "polres", NOW), new TicketUnitRow(id, "dpupr", NOW)));
            m.insertEvents(List.of(
                    new TicketEventRow(0, id, NOW, "SYSTEM", "wadul", "CREATED", null, "sms; 😡 \"x\"", null),
                    new TicketEventRow(0, id, NOW.plusMillis(1), "SYSTEM", "wadul", "ROUTED", "polres", "Polres",
                            "rule y"),
                    new TicketEventRow(0, id, NOW.plusMillis(2), "SYSTEM", "wadul", "FORWARDED", "polres", null,
                            null)));

            assertThat(m.activeUnits(id)).containsExactlyInAnyOrder("polres", "dpupr");
            List<TicketEventRow> events = m.events(id);
            assertThat(events).extracting(TicketEventRow::kind).containsExactly("CREATED", "ROUTED", "FORWARDED");
            assertThat(events.get(0).detail()).isEqualTo("sms; 😡 \"x\"");
            assertThat(events.get(1).rule()).isEqualTo("rule y");
            assertThat(events.get(2).detail()).isNull();
            assertThat(events.get(2).at()).isEqualTo(NOW.plusMillis(2));
        }
    }

    @Test
    void overdueSkipsClosedAndRecentlyEscalatedTickets() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            TicketMapper m = s.getMapper(TicketMapper.class);
            Instant past = NOW.minus(1, ChronoUnit.HOURS);
            long overdue = insert(m, ticket("EEEEEE", null, "h", NOW.minus(5, ChronoUnit.DAYS), "OPEN", past));
            insert(m, ticket("FFFFFF", null, "h", NOW.minus(5, ChronoUnit.DAYS), "DONE", past));
            insert(m, ticket("GGGGGG", null, "h", NOW, "OPEN", NOW.plus(1, ChronoUnit.HOURS)));

            assertThat(m.overdue(NOW, NOW.minus(24, ChronoUnit.HOURS), 10)).extracting(TicketRow::number)
                    .containsExactly("EEEEEE");

            m.markEscalated(overdue, NOW);
            assertThat(m.overdue(NOW, NOW.minus(24, ChronoUnit.HOURS), 10)).isEmpty();
            assertThat(m.findById(overdue).escalations()).isEqualTo(1);
            // a day later both open tickets are overdue, the escalated one may be escalated again
            assertThat(m.overdue(NOW.plus(25, ChronoUnit.HOURS), NOW.plus(1, ChronoUnit.HOURS), 10))
                    .extracting(TicketRow::number).containsExactly("EEEEEE", "GGGGGG");
        }
    }

    @Test
    void dailyCountsPerNumberAndDay() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            DailyCountMapper m = s.getMapper(DailyCountMapper.class);
            LocalDate today = LocalDate.of(2026, 11, 23);

            assertThat(m.count("6281", today)).isNull();
            m.increment("6281", today);
            m.increment("6281", today);
            m.increment("6281", today.plusDays(1));

            assertThat(m.count("6281", today)).isEqualTo(2);
            assertThat(m.count("6281", today.plusDays(1))).isEqualTo(1);

            // many numbers at once: added to what they had
            m.incrementAll(List.of(new NumberCount("6281", 3), new NumberCount("6282", 1)), today);
            assertThat(m.counts(List.of("6281", "6282", "6283"), today)).containsExactlyInAnyOrder(
                    new NumberCount("6281", 5), new NumberCount("6282", 1));
        }
    }
}
