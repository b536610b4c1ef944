package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.console.ConsoleTicketMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Duration;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a citizen's SMS answering triage's question (the console's "ask": an ASKED event and its SMS) joins
 * the asked ticket while it waits in triage and within flow.ask.window (2d); after the window, from another
 * number, or once the ticket left triage, an SMS is a complaint again.
 */
class AskReplyIT {

    static final String CITIZEN = "6281355550001";
    static final String NEIGHBOUR = "6281355550002";
    static final String UNSURE = "tolong pak ada masalah di kampung kami sudah lama belum ada yang datang";
    static final String ANSWER = "jalan di desa kuncen kec padangan berlubang besar pak";
    FlowFixture f;

    @BeforeEach
    void start() {
        f = new FlowFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** The citizen's unsure complaint, waiting in triage, and triage's question to them (as the console asks). */
    TicketRow asked(String citizen, String text) {
        TicketRow t = f.ticketsOfMessage(f.handle(citizen, text)).get(0);
        assertThat(t.state()).as("'%s' waits in triage", text).isEqualTo("TRIAGE");
        try (SqlSession s = f.db.sqlSessionFactory().openSession(true)) {
            s.getMapper(TicketMapper.class).insertEvent(new TicketEventRow(0, t.id(), f.clock.instant(), "STAFF",
                    "sari", "ASKED", null, "Di desa mana, pak?", null));
        }
        return t;
    }

    List<TicketEventRow> answers(TicketRow t) {
        return f.events(t.id()).stream().filter(e -> e.kind().equals("ANSWERED")).toList();
    }

    @Test
    void theCitizensAnswerJoinsTheAskedTicketWithAReceipt() {
        TicketRow older = f.ticketsOfMessage(f.handle("6281355550009", UNSURE + " juga")).get(0);
        TicketRow t = asked(CITIZEN, UNSURE);
        f.clock.advance(Duration.ofHours(5));

        long answer = f.handle(CITIZEN, ANSWER);
        assertThat(f.state(answer)).isEqualTo("HANDLED");
        assertThat(f.ticketsOfMessage(answer)).as("no new ticket").isEmpty();
        assertThat(answers(t)).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEqualTo(ANSWER);
            assertThat(e.actorKind()).isEqualTo("CITIZEN");
            assertThat(e.actor()).isEqualTo("0813****0001");
        });
        assertThat(f.ticket(t.number()).state()).as("still in triage").isEqualTo("TRIAGE");
        List<OutboxRow> toCitizen = f.outboxTo(CITIZEN);
        assertThat(toCitizen.get(toCitizen.size() - 1).text()).contains("Keterangan Anda", t.number());
        assertThat(toCitizen.get(toCitizen.size() - 1).ticketId()).isEqualTo(t.id());

        // the triage queue puts the answered ticket first, before the older one
        try (SqlSession s = f.db.sqlSessionFactory().openSession(true)) {
            List<String> queue = s.getMapper(ConsoleTicketMapper.class).triageQueue(100).stream()
                    .map(TicketRow::number).toList();
            assertThat(queue).containsSubsequence(t.number(), older.number());
        }

        // a STATUS question is still a command; a one-word answer (else answered with the help text) joins too
        f.handle(CITIZEN, "STATUS " + t.number());
        assertThat(answers(t)).hasSize(1);
        long word = f.handle(CITIZEN, "Kuncen");
        assertThat(f.ticketsOfMessage(word)).isEmpty();
        assertThat(answers(t)).extracting(TicketEventRow::detail).containsExactly(ANSWER, "Kuncen");
        assertThat(f.outboxTo(CITIZEN).get(f.outboxTo(CITIZEN).size() - 1).text()).contains("Keterangan Anda");
    }

    @Test
    void afterTheWindowFromAnotherNumberOrOutOfTriageAnSmsIsANewComplaint() {
        TicketRow t = asked(CITIZEN, UNSURE);

        long neighbour = f.handle(NEIGHBOUR, ANSWER);
        assertThat(f.ticketsOfMessage(neighbour)).as("another number: a complaint of its own").hasSize(1);

        f.clock.advance(Duration.ofDays(2).plusMinutes(1));
        long late = f.handle(CITIZEN, ANSWER + " sekali");
        assertThat(f.ticketsOfMessage(late)).as("after the 2d window: a new ticket").hasSize(1);
        assertThat(answers(t)).isEmpty();

        // asked again, then released from triage: the citizen's next SMS is a complaint again
        TicketRow again = asked("6281355550003", UNSURE + " lagi");
        try (SqlSession s = f.db.sqlSessionFactory().openSession(true)) {
            s.getMapper(TicketMapper.class).updateState(again.id(), "OPEN", f.clock.instant());
        }
        long released = f.handle("6281355550003", ANSWER + " juga");
        assertThat(f.ticketsOfMessage(released)).hasSize(1);
        assertThat(answers(again)).isEmpty();
    }

    @Test
    void severalAnswersInOneBatchEachJoinTheirTicket() {
        TicketRow first = asked(CITIZEN, UNSURE);
        TicketRow second = asked(NEIGHBOUR, UNSURE + " pak");
        long a = f.receive(CITIZEN, ANSWER);
        long b = f.receive(NEIGHBOUR, "di desa ngeper pak");
        long c = f.receive("6281355550004", ANSWER + " dan lampunya mati");
        assertThat(f.inbox.handleAll(List.of(a, b, c))).isEqualTo(3);
        assertThat(answers(first)).extracting(TicketEventRow::detail).containsExactly(ANSWER);
        assertThat(answers(second)).extracting(TicketEventRow::detail).containsExactly("di desa ngeper pak");
        assertThat(f.ticketsOfMessage(a)).isEmpty();
        assertThat(f.ticketsOfMessage(b)).isEmpty();
        assertThat(f.ticketsOfMessage(c)).hasSize(1);
    }
}
