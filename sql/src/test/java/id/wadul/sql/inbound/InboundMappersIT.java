package id.wadul.sql.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboundMappersIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabase.fresh();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.truncateAll(database);
    }

    @Test
    void multiRowInsertSetsDistinctIdsAndKeepsEmoji() {
        // given
        List<InboundMessageRow> rows = List.of(message("k1", "Jalan rusak 😡🙏 di ds. Ngraho", NOW),
                message("k2", "lampu mati", NOW), message("k3", "banjir", NOW));
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            InboundMessageMapper mapper = session.getMapper(InboundMessageMapper.class);
            // when
            int inserted = mapper.insertAll(rows);
            session.commit();
            // then
            assertThat(inserted).isEqualTo(3);
            assertThat(rows).extracting(InboundMessageRow::getId).doesNotContain(0L).doesNotHaveDuplicates();
            InboundMessageRow stored = mapper.findById(rows.get(0).getId());
            assertThat(stored.getText()).isEqualTo("Jalan rusak 😡🙏 di ds. Ngraho");
            assertThat(stored.getDedupeKey()).isEqualTo("k1");
            assertThat(stored.getReceivedAt()).isEqualTo(NOW);
            assertThat(stored.getState()).isEqualTo(InboundState.RECEIVED);
            assertThat(stored.getHandledAt()).isNull();
            assertThat(mapper.findById(rows.get(2).getId()).getText()).isEqualTo("banjir");
        }
    }

    @Test
    void findsRecentDedupeKeysOnlyWithinTheWindow() {
        // given
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            InboundMessageMapper mapper = session.getMapper(InboundMessageMapper.class);
            mapper.insertAll(List.of(message("old", "a", NOW.minusSeconds(3600)), message("new", "b", NOW),
                    message("other", "c", NOW)));
            session.commit();
            // when
            List<InboundMessageRow> found = mapper.findRecentByDedupeKeys(List.of("old", "new", "absent"),
                    NOW.minusSeconds(600));
            // then
            assertThat(found).extracting(InboundMessageRow::getDedupeKey).containsExactly("new");
            assertThat(found.get(0).getReceivedAt()).isEqualTo(NOW);
            assertThat(found.get(0).getId()).isPositive();
            assertThat(found.get(0).getText()).as("deduplication does not read the text").isNull();
        }
    }

    @Test
    void receivedMessagesAfterAnIdAndMarkHandled() {
        // given
        List<InboundMessageRow> rows = List.of(message("a", "1", NOW), message("b", "2", NOW),
                message("c", "3", NOW));
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            InboundMessageMapper mapper = session.getMapper(InboundMessageMapper.class);
            mapper.insertAll(rows);
            // when
            int handled = mapper.markHandled(rows.get(0).getId(), NOW);
            int again = mapper.markHandled(rows.get(0).getId(), NOW);
            session.commit();
            // then
            assertThat(handled).isEqualTo(1);
            assertThat(again).isZero();
            assertThat(mapper.findById(rows.get(0).getId()).getState()).isEqualTo(InboundState.HANDLED);
            assertThat(mapper.findById(rows.get(0).getId()).getHandledAt()).isEqualTo(NOW);
            assertThat(mapper.findReceivedAfter(0, 10)).extracting(InboundMessageRow::getText)
                    .containsExactly("2", "3");
            assertThat(mapper.findReceivedAfter(rows.get(1).getId(), 10)).extracting(InboundMessageRow::getText)
                    .containsExactly("3");
            assertThat(mapper.findReceivedAfter(0, 1)).hasSize(1);
        }
    }

    @Test
    void lockReceivedGivesTheReceivedOnesInIdOrderWhateverTheOrderAsked() {
        // given three messages, the first one handled
        List<InboundMessageRow> rows = List.of(message("a", "1", NOW), message("b", "2", NOW),
                message("c", "3", NOW));
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            InboundMessageMapper mapper = session.getMapper(InboundMessageMapper.class);
            mapper.insertAll(rows);
            mapper.markHandled(rows.get(0).getId(), NOW);
            session.commit();
            // when they are asked for newest first
            List<InboundMessageRow> locked = mapper.lockReceived(
                    List.of(rows.get(2).getId(), rows.get(1).getId(), rows.get(0).getId()));
            // then the received ones come in id order, with their text
            assertThat(locked).extracting(InboundMessageRow::getText).containsExactly("2", "3");
            session.rollback();
        }
    }

    @Test
    void partsArePendingUntilAssembled() {
        // given
        List<InboundPartRow> parts = List.of(part("p1", 1), part("p2", 2), part("p3", 3));
        try (SqlSession session = database.sqlSessionFactory().openSession()) {
            InboundPartMapper partMapper = session.getMapper(InboundPartMapper.class);
            InboundMessageMapper messageMapper = session.getMapper(InboundMessageMapper.class);
            partMapper.insertAll(parts);
            session.commit();
            assertThat(partMapper.findPending()).extracting(InboundPartRow::getSeq).containsExactly(1, 2, 3);
            assertThat(partMapper.findRecentByDedupeKeys(List.of("p2"), NOW.minusSeconds(60)))
                    .extracting(InboundPartRow::getId).containsExactly(parts.get(1).getId());
            InboundMessageRow message = message("m", "abc", NOW);
            messageMapper.insertAll(List.of(message));
            // when
            int marked = partMapper.markAssembled(message.getId(),
                    List.of(parts.get(0).getId(), parts.get(1).getId()));
            session.commit();
            // then
            assertThat(marked).isEqualTo(2);
            assertThat(partMapper.findPending()).extracting(InboundPartRow::getSeq).containsExactly(3);
            assertThat(partMapper.findByMessageId(message.getId())).extracting(InboundPartRow::getText)
                    .containsExactly("part 1", "part 2");
            assertThat(partMapper.markAssembled(message.getId(), List.of(parts.get(0).getId()))).isZero();
        }
    }

    private static InboundMessageRow message(String key, String text, Instant receivedAt) {
        InboundMessageRow row = new InboundMessageRow();
        row.setAccount("kannel");
        row.setSource("6281234567890");
        row.setDestination("1708");
        row.setText(text);
        row.setDataCoding(8);
        row.setTotalParts(1);
        row.setDedupeKey(key);
        row.setReceivedAt(receivedAt);
        return row;
    }

    private static InboundPartRow part(String key, int seq) {
        InboundPartRow row = new InboundPartRow();
        row.setAccount("kannel");
        row.setSource("6281234567890");
        row.setDestination("1708");
        row.setReference(42);
        row.setTotal(3);
        row.setSeq(seq);
        row.setText("part " + seq);
        row.setDataCoding(0);
        row.setDedupeKey(key);
        row.setReceivedAt(NOW);
        return row;
    }
}
