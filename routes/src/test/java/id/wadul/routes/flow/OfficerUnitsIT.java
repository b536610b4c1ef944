package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.console.routing.RoutingTables;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketRow;
import id.wadul.sql.unit.PersonMapper;
import java.time.Duration;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 11: one number in several units, and Kominfo's officers answering the reminders they receive. */
class OfficerUnitsIT {

    private static final String CITIZEN = "6281234567890";
    private static final String DISHUB_1 = "6280000003201";
    private static final String KOMINFO_1 = "6280000000101";
    private static final String ROAD = "jln rusak parah di kec padangan tlg diperbaiki";

    private final FlowFixture f = new FlowFixture();

    /** The fixture's table is the shared analyzer's: back to routing.yaml's for the next test class. */
    @AfterEach
    void close() {
        f.responsibilities.replaceWith(Responsibilities.load(FlowFixture.CONF, FlowFixture.REGION));
        f.close();
    }

    private String lastTo(String number) {
        List<OutboxRow> rows = f.outboxTo(number);
        assertThat(rows).as("SMS to %s", number).isNotEmpty();
        return rows.get(rows.size() - 1).text();
    }

    private TicketRow road() {
        return f.ticketsOfMessage(f.handle(CITIZEN, ROAD)).get(0);
    }

    @Test
    void anOfficerOfTwoUnitsActsForTheUnitOfTheTicket() {
        TicketRow t = road();
        assertThat(f.activeUnits(t.id())).containsExactly("dpupr");
        f.handle(DISHUB_1, "PROSES " + t.number());
        assertThat(lastTo(DISHUB_1)).contains("tidak ditujukan ke unit Anda");

        // when Dishub's officer also joins PUPR in the database (applied without a restart)
        try (SqlSession s = f.db.sqlSessionFactory().openSession(true)) {
            PersonMapper people = s.getMapper(PersonMapper.class);
            people.addMember("dpupr", people.findByNumber(DISHUB_1).id());
        }
        RoutingTables.apply(f.db.sqlSessionFactory(), f.responsibilities);
        assertThat(f.responsibilities.unitsOfOfficer(DISHUB_1)).extracting(u -> u.code())
                .containsExactlyInAnyOrder("dishub", "dpupr");

        // then their PROSES acts for PUPR, the ticket's unit
        f.handle(DISHUB_1, "PROSES " + t.number() + " tim meluncur");
        assertThat(f.ticket(t.number()).state()).isEqualTo("IN_PROGRESS");
        TicketEventRow proses = f.events(t.id()).stream().filter(e -> e.kind().equals("PROSES")).findFirst()
                .orElseThrow();
        assertThat(proses.unitCode()).isEqualTo("dpupr");
        assertThat(proses.actor()).isEqualTo(DISHUB_1);
    }

    @Test
    void kominfoAnswersTheRemindersItReceivesButNotOtherTickets() {
        TicketRow t = road();
        Escalator escalator = f.wiring.escalator();

        // not escalated: not Kominfo's
        f.handle(KOMINFO_1, "PROSES " + t.number());
        assertThat(lastTo(KOMINFO_1)).contains("tidak ditujukan ke unit Anda");
        assertThat(f.ticket(t.number()).state()).isEqualTo("OPEN");

        // overdue: the reminder to Kominfo asks for PROSES/SELESAI, and its answer is taken
        f.clock.advance(Duration.ofHours(73));
        assertThat(escalator.escalateOverdue()).isEqualTo(1);
        assertThat(lastTo(KOMINFO_1)).contains("PENGINGAT", t.number());
        f.handle(KOMINFO_1, "SELESAI " + t.number() + " sudah dikonfirmasi ke desa");
        assertThat(lastTo(KOMINFO_1)).contains("OK", t.number());
        assertThat(f.ticket(t.number()).state()).isEqualTo("DONE");
        TicketEventRow done = f.events(t.id()).stream().filter(e -> e.kind().equals("SELESAI")).findFirst()
                .orElseThrow();
        assertThat(done.unitCode()).isEqualTo("kominfo");

        // an officer of another unit still may not, escalated or not
        f.handle(DISHUB_1, "TOLAK " + t.number() + " bukan kami");
        assertThat(lastTo(DISHUB_1)).contains("tidak ditujukan ke unit Anda");
    }
}
