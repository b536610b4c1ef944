package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Officer;
import id.wadul.sql.incident.IncidentMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 4: reports of the same thing from different citizens join one incident. The unit gets one forward
 * and then "+N laporan" SMS; every citizen keeps their own ticket and hears the unit's PROSES and SELESAI.
 */
class IncidentsIT {

    static final String[] ROAD = {
        "jalan rusak berlubang di desa Sukorejo kecamatan Bojonegoro, mohon segera diperbaiki",
        "jalan di desa Sukorejo kec Bojonegoro rusak parah, banyak lubangnya",
        "lubang besar di jalan desa Sukorejo kecamatan Bojonegoro, jalan rusak bahaya",
        "tolong jalan rusak berlubang desa Sukorejo kecamatan Bojonegoro segera diperbaiki",
        "jalannya rusak dan berlubang di ds Sukorejo kecamatan Bojonegoro",
    };
    /** The same category and place, another matter. */
    static final String BRIDGE = "jembatan kayu di desa Sukorejo kecamatan Bojonegoro ambrol papannya patah";
    /** The same matter in another desa of the same kecamatan. */
    static final String ROAD_KADIPATEN = "jalan rusak berlubang di desa Kadipaten kecamatan Bojonegoro, mohon segera diperbaiki";

    FlowFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    static String citizen(int i) {
        return "62813777700" + String.format("%02d", i);
    }

    @Test
    void nReportsFromNCitizensMakeOneForwardAndNMinusOneUpdatesAndEveryCitizenHearsProsesAndSelesai() {
        f = new FlowFixture();
        List<String> officers = officers("dpupr");
        assertThat(officers).isNotEmpty();
        // two in batches of their own, three in one batch
        f.handle(citizen(0), ROAD[0]);
        f.clock.advance(Duration.ofMinutes(20));
        f.handle(citizen(1), ROAD[1]);
        f.clock.advance(Duration.ofMinutes(20));
        List<Long> ids = new ArrayList<>();
        for (int i = 2; i < ROAD.length; i++) {
            ids.add(f.receive(citizen(i), ROAD[i]));
        }
        assertThat(f.inbox.handleAll(ids)).isEqualTo(3);

        List<TicketRow> tickets = new ArrayList<>();
        for (int i = 0; i < ROAD.length; i++) {
            List<OutboxRow> toCitizen = f.outboxTo(citizen(i));
            assertThat(toCitizen).as("citizen %d's receipt", i).hasSize(1);
            assertThat(toCitizen.get(0).text()).startsWith("Aduan diterima, no tiket");
            tickets.add(f.ticket(ticketOf(toCitizen.get(0))));
        }
        assertThat(tickets).extracting(TicketRow::category).containsOnly("infrastruktur");
        assertThat(tickets).extracting(TicketRow::desaName).containsOnly("Sukorejo");
        assertThat(tickets).extracting(TicketRow::state).containsOnly("OPEN");
        String first = tickets.get(0).number();
        assertThat(incident(tickets.get(0).id())).extracting(TicketRow::number)
                .containsExactlyElementsOf(tickets.stream().map(TicketRow::number).toList());
        for (String officer : officers) {
            List<String> texts = f.outboxTo(officer).stream().map(OutboxRow::text).toList();
            assertThat(texts).as("one forward, then +1 .. +4").hasSize(ROAD.length);
            assertThat(texts.get(0)).startsWith("WADUL " + first + " ").contains("PROSES/SELESAI/TOLAK");
            for (int n = 1; n < ROAD.length; n++) {
                assertThat(texts.get(n)).startsWith("WADUL " + first + " +" + n + " laporan")
                        .contains(tickets.get(n).number());
                assertThat(texts.get(n).length()).as("one SMS").isLessThanOrEqualTo(160);
            }
        }
        assertThat(f.events(tickets.get(3).id())).anyMatch(e -> "INCIDENT".equals(e.kind())
                && e.rule().startsWith("incident: infrastruktur x 35.22.15 x "));

        // the unit answers the middle ticket: every ticket moves, every citizen is told
        f.handle(officers.get(0), "PROSES " + tickets.get(2).number() + " tim sudah berangkat");
        for (int i = 0; i < ROAD.length; i++) {
            TicketRow t = tickets.get(i);
            assertThat(f.ticket(t.number()).state()).isEqualTo("IN_PROGRESS");
            assertThat(f.outboxTo(citizen(i))).as("citizen %d", i).hasSize(2).last()
                    .satisfies(o -> assertThat(o.text()).contains("Tiket " + t.number() + " sedang diproses")
                            .contains("tim sudah berangkat"));
        }
        f.handle(officers.get(0), "SELESAI " + first + " sudah ditambal");
        for (int i = 0; i < ROAD.length; i++) {
            TicketRow t = tickets.get(i);
            assertThat(f.ticket(t.number()).state()).isEqualTo("DONE");
            assertThat(f.outboxTo(citizen(i))).hasSize(3).last()
                    .satisfies(o -> assertThat(o.text()).contains("Tiket " + t.number() + " SELESAI"));
        }
    }

    @Test
    void aReportNotSimilarEnoughInAnotherDesaOrOutsideTheWindowIsATicketOfItsOwn() {
        f = new FlowFixture();
        List<String> officers = officers("dpupr");
        f.handle(citizen(0), ROAD[0]);
        f.handle(citizen(1), BRIDGE);
        f.handle(citizen(2), ROAD_KADIPATEN);
        f.clock.advance(f.settings.incidentWindow().plusMinutes(1));
        f.handle(citizen(3), ROAD[3]);
        f.handle(citizen(3), ROAD[3]); // a repeat stays a repeat

        assertThat(f.outboxTo(citizen(1)).get(0).text()).contains("Diteruskan");
        for (int i = 0; i < 4; i++) {
            TicketRow t = f.ticket(ticketOf(f.outboxTo(citizen(i)).get(0)));
            assertThat(t.category()).as(t.text()).isEqualTo("infrastruktur");
            assertThat(incident(t.id())).as("ticket %d is in no incident", i).isEmpty();
        }
        assertThat(f.outboxTo(citizen(3))).hasSize(2).last()
                .satisfies(o -> assertThat(o.text()).startsWith("Aduan yg sama sudah tercatat"));
        for (String officer : officers) {
            assertThat(f.outboxTo(officer)).hasSize(4).allMatch(o -> !o.text().contains(" laporan "));
        }
    }

    @Test
    void withIncidentsOffEveryReportIsForwarded() {
        f = new FlowFixture(p -> {
            p.setProperty("flow.incident.enabled", "false");
            return p;
        }, FlowFixture.defaultMessages());
        f.handle(citizen(0), ROAD[0]);
        f.handle(citizen(1), ROAD[1]);
        for (String officer : officers("dpupr")) {
            assertThat(f.outboxTo(officer)).hasSize(2).allMatch(o -> o.text().contains("PROSES/SELESAI/TOLAK"));
        }
    }

    @Test
    void anUrgentReportJoiningAnIncidentThatIsNotStillReachesTheUnitsInFull() {
        f = new FlowFixture();
        f.handle(citizen(0), ROAD[0]);
        f.handle(citizen(1), "darurat " + ROAD[1]);
        TicketRow urgent = f.ticket(ticketOf(f.outboxTo(citizen(1)).get(0)));
        assertThat(urgent.urgent()).isTrue();
        for (String officer : officers("dpupr")) {
            assertThat(f.outboxTo(officer)).hasSize(2).last()
                    .satisfies(o -> assertThat(o.text()).contains("[DARURAT]").contains("PROSES/SELESAI/TOLAK"));
        }
    }

    @Test
    void aUnitsAlihOrTolakOnOneReportMovesTheWholeIncidentAndEveryCitizenHears() {
        f = new FlowFixture();
        for (int i = 0; i < 3; i++) {
            f.handle(citizen(i), ROAD[i]);
        }
        List<TicketRow> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(f.ticket(ticketOf(f.outboxTo(citizen(i)).get(0))));
        }
        String officer = officers("dpupr").get(0);

        // ALIH on a joined report: every report of the incident goes to the new unit, every citizen is told
        f.handle(officer, "ALIH " + tickets.get(1).number() + " dishub");
        for (int i = 0; i < 3; i++) {
            TicketRow t = tickets.get(i);
            assertThat(f.activeUnits(t.id())).as("ticket %d", i).containsExactly("dishub");
            assertThat(f.outboxTo(citizen(i))).last().satisfies(o -> assertThat(o.text())
                    .contains("Tiket " + t.number() + " dialihkan ke"));
        }
        // and the new unit's TOLAK on the first report rejects them all, every citizen told why
        String dishub = officers("dishub").get(0);
        f.handle(dishub, "TOLAK " + tickets.get(0).number() + " bukan jalan kabupaten");
        for (int i = 0; i < 3; i++) {
            TicketRow t = tickets.get(i);
            assertThat(f.ticket(t.number()).state()).isEqualTo("REJECTED");
            assertThat(f.outboxTo(citizen(i))).last().satisfies(o -> assertThat(o.text())
                    .contains("Tiket " + t.number() + " tidak dapat ditindaklanjuti", "bukan jalan kabupaten"));
        }
    }

    @Test
    void anOverdueIncidentRemindsItsUnitOnceNotOncePerReport() {
        f = new FlowFixture();
        for (int i = 0; i < 3; i++) {
            f.handle(citizen(i), ROAD[i]);
        }
        String first = ticketOf(f.outboxTo(citizen(0)).get(0));
        assertThat(incident(f.ticket(first).id())).hasSize(3);
        Escalator escalator = new Escalator(f.db.sqlSessionFactory(), f.messages, f.responsibilities, f.settings,
                f.clock);

        // when the incident is overdue
        f.clock.advance(f.settings.sla(false).plusHours(1));

        // then its first ticket is escalated, once, and the unit's officers get one reminder
        assertThat(escalator.escalateOverdue()).isEqualTo(1);
        for (String officer : officers("dpupr")) {
            assertThat(f.outboxTo(officer).stream().map(OutboxRow::text).filter(t -> t.contains("PENGINGAT")))
                    .singleElement().asString().contains(first);
        }
        // and once it is closed nothing of the incident is left to escalate (SELESAI moves every report)
        f.handle(officers("dpupr").get(0), "SELESAI " + first + " sudah ditambal");
        f.clock.advance(f.settings.escalationRepeat().plusHours(1));
        assertThat(escalator.escalateOverdue()).isZero();
    }

    private List<TicketRow> incident(long ticketId) {
        try (SqlSession s = f.db.sqlSessionFactory().openSession(true)) {
            IncidentMapper m = s.getMapper(IncidentMapper.class);
            Long incident = m.incidentOf(ticketId);
            return incident == null ? List.of() : m.tickets(incident);
        }
    }

    static String ticketOf(OutboxRow receipt) {
        return receipt.text().replaceAll(".*tiket:? ([A-Z0-9]+).*", "$1");
    }

    static List<String> officers(String unit) {
        return FlowFixture.ANALYZER.responsibilities().unit(unit).orElseThrow().officers().stream()
                .map(Officer::number).toList();
    }
}
