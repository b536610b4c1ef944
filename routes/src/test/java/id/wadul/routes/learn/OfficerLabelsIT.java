package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.wadul.gateway.OutboundSender;
import id.wadul.routes.app.FlowWiring;
import id.wadul.routes.app.StepsContext;
import id.wadul.routes.config.Settings;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.FlowTransactions;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.UnitSync;
import id.wadul.sql.Database;
import id.wadul.sql.inbound.InboundMessageMapper;
import id.wadul.sql.inbound.InboundMessageRow;
import id.wadul.sql.label.LabelMapper;
import id.wadul.sql.label.LabelRow;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Officers' SMS through the real flow leave labels: the hook in the flow's ticket updates. */
class OfficerLabelsIT {

    private static final String CITIZEN = "6281200000077";
    private static final String PUPR_1 = "6280000003101";
    private static final String TRIAGE_1 = "6280000000101";
    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private final Database db = TestDatabase.shared();
    private final StepsContext camel = new StepsContext();
    private FlowTransactions inbox;

    @BeforeEach
    void flow() {
        TestDatabase.truncateAll(db);
        UnitSync.sync(db.sqlSessionFactory(), LearnFixtures.RULES.responsibilities(), NOW);
        FlowSettings settings = FlowSettings.from(Settings.load(LearnFixtures.CONF, new Properties()));
        OutboundSender noLink = sms -> {
            throw new AssertionError("nothing is sent in this test");
        };
        FlowWiring wiring = new FlowWiring(db.sqlSessionFactory(), LearnFixtures.RULES,
                Messages.load(LearnFixtures.CONF.resolve("messages.properties")), settings,
                Clock.fixed(NOW, ZoneOffset.UTC), new Random(1), noLink, (uri, body) -> { }, camel);
        camel.start(wiring);
        inbox = wiring.transactions();
    }

    @AfterEach
    void close() {
        camel.close();
    }

    private long sms(String from, String text) {
        InboundMessageRow row = new InboundMessageRow();
        row.setAccount("demo");
        row.setSource(from);
        row.setDestination("1708");
        row.setText(text);
        row.setTotalParts(1);
        row.setDedupeKey(from + ":" + text);
        row.setReceivedAt(NOW);
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            s.getMapper(InboundMessageMapper.class).insertAll(List.of(row));
        }
        assertThat(inbox.handle(row.getId())).isTrue();
        return row.getId();
    }

    private TicketRow ticketOf(long messageId) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(TicketMapper.class).findByInboundMessage(messageId).get(0);
        }
    }

    private List<LabelRow> labels() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(LabelMapper.class).all();
        }
    }

    @Test
    void selesaiByTheRoutedUnitAndAlihFromTriageBecomeLabels() {
        TicketRow road = ticketOf(sms(CITIZEN, "jalan rusak parah di dander"));
        TicketRow vague = ticketOf(sms(CITIZEN, "saya mau tanya soal itu kemarin gimana"));
        assertThat(labels()).isEmpty();

        sms(PUPR_1, "SELESAI " + road.number());
        sms(TRIAGE_1, "ALIH " + vague.number() + " DPUPR");

        assertThat(labels()).extracting(LabelRow::text, LabelRow::category, LabelRow::source, LabelRow::ticketId)
                .containsExactly(tuple("jalan rusak parah di dander", "infrastruktur", "selesai", road.id()),
                        tuple("saya mau tanya soal itu kemarin gimana", "infrastruktur", "alih", vague.id()));
    }
}
