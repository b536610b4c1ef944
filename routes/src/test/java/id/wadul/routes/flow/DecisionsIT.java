package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decide step over claimed and understood messages, in a transaction on the real database. */
class DecisionsIT {

    private static final String CITIZEN = "6281234567890";
    private static final String OTHER = "6282222222222";
    private static final String PUPR_OFFICER = "6280000003101";
    private static final String ROAD = "jln rusak parah di kec padangan tlg diperbaiki";

    private FlowFixture f = new FlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aComplaintTwiceInOneBatchIsOneNewTicketAndARepeatInOrder() {
        List<Batch.Item> items = decided(List.of(f.receive(CITIZEN, ROAD), f.receive(OTHER, ROAD),
                f.receive(CITIZEN, "JLN rusak parah di kec  padangan tlg diperbaiki")));

        assertThat(items).extracting(Batch.Item::outcome).containsExactly(Batch.Outcome.NEW_TICKET,
                Batch.Outcome.NEW_TICKET, Batch.Outcome.REPEAT);
        assertThat(items.get(0).assignment.triage()).isFalse();
        assertThat(items.get(0).assignment.unitCodes()).isNotEmpty();
    }

    @Test
    void aComplaintOfATicketInTheRepeatWindowIsARepeat() {
        f.handle(CITIZEN, ROAD);

        assertThat(decided(List.of(f.receive(CITIZEN, ROAD)))).extracting(Batch.Item::outcome)
                .containsExactly(Batch.Outcome.REPEAT);
    }

    @Test
    void aComplaintTheClassifierIsNotSureOfGoesToTriage() {
        Batch.Item item = decided(List.of(f.receive(CITIZEN, "saya mau tanya soal itu kemarin gimana"))).get(0);

        assertThat(item.outcome()).isEqualTo(Batch.Outcome.NEW_TICKET);
        assertThat(item.assignment.triage()).isTrue();
    }

    @Test
    void commandsAreCommandsAndOfficersAreNotLimited() {
        f = new FlowFixture(with("flow.limit.daily", "1"), f.messages);

        List<Batch.Item> items = decided(List.of(f.receive(PUPR_OFFICER, "PROSES K7M4PX ok"),
                f.receive(PUPR_OFFICER, "SELESAI K7M4PX"), f.receive(CITIZEN, "STATUS K7M4PX")));

        assertThat(items).extracting(Batch.Item::outcome).containsOnly(Batch.Outcome.COMMAND);
    }

    @Test
    void aCitizenOverTheDailyLimitIsIgnoredFromTheFirstMessageOverIt() {
        f = new FlowFixture(with("flow.limit.daily", "2"), f.messages);

        List<Batch.Item> items = decided(List.of(f.receive(CITIZEN, ROAD), f.receive(CITIZEN, "halo"),
                f.receive(CITIZEN, "lampu jalan mati di dander"), f.receive(OTHER, ROAD)));

        assertThat(items).extracting(Batch.Item::outcome).containsExactly(Batch.Outcome.NEW_TICKET,
                Batch.Outcome.COMMAND, Batch.Outcome.OVER_LIMIT, Batch.Outcome.NEW_TICKET);
    }

    @Test
    void aBlockedNumberIsBlockedAndAnsweredOnlyWhenTheSettingsSaySo() {
        f = new FlowFixture(with("flow.blocklist", "6281234567890"), f.messages);
        Batch.Item blocked = decided(List.of(f.receive(CITIZEN, ROAD))).get(0);
        assertThat(blocked.outcome()).isEqualTo(Batch.Outcome.BLOCKED);
        assertThat(blocked.reply).isNull();

        f = new FlowFixture(p -> {
            p.setProperty("flow.blocklist", "6281234567890");
            p.setProperty("flow.blocklist.reply", "true");
            return p;
        }, f.messages);
        blocked = decided(List.of(f.receive(CITIZEN, ROAD))).get(0);
        assertThat(blocked.outcome()).isEqualTo(Batch.Outcome.BLOCKED);
        assertThat(blocked.reply).isNotBlank();
    }

    /** Claims, understands and decides the messages in a transaction that is rolled back. */
    private List<Batch.Item> decided(List<Long> ids) {
        try (SqlSession session = f.db.sqlSessionFactory().openSession(false)) {
            Batch batch = Batch.ofMessages(ids, session, f.clock.instant(), new Writes(null, f.clock.instant()));
            new Inbox(f.db.sqlSessionFactory()).claim(batch);
            new Understanding(FlowFixture.ANALYZER, FlowFixture.REGION).understand(batch);
            new Decisions(f.responsibilities, f.messages, f.settings).decide(batch);
            session.rollback();
            return batch.items();
        }
    }

    private static UnaryOperator<Properties> with(String key, String value) {
        return p -> {
            p.setProperty(key, value);
            return p;
        };
    }
}
