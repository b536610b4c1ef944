package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketRow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketServiceIT {

    private static final String CITIZEN = "6281234567890";
    private static final String POLSEK_PADANGAN = "6280000002101";
    private static final String POLRES_1 = "6280000000201";
    private static final String POLRES_2 = "6280000000202";
    private static final String PUPR_1 = "6280000003101";
    private static final String PUPR_2 = "6280000003102";
    private static final String KOMINFO_1 = "6280000000101";

    private final FlowFixture f = new FlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    static NewComplaint sms(String from, String text) {
        return new NewComplaint("sms", from, null, text, false, false, false, true, null, null, null, List.of(), null,
                null, null);
    }

    @Test
    void urgentAccidentGoesToPolsekAndPolresWhoSeeTheNumber() {
        // when
        OpenedTicket t = f.tickets.open(sms(CITIZEN, "ada kecelakaan motor di padangan korban luka"));

        // then
        assertThat(t.duplicateOf()).isFalse();
        assertThat(t.triage()).isFalse();
        assertThat(t.urgent()).isTrue();
        assertThat(t.category()).isEqualTo("keamanan");
        assertThat(t.units()).containsExactly("polsek-padangan", "polres");
        assertThat(t.number()).matches("[ACDEFGHJKMNPQRTUVWXY34679]{6}");

        TicketRow row = f.ticket(t.number());
        assertThat(row.state()).isEqualTo("OPEN");
        assertThat(row.kecamatanName()).isEqualTo("Padangan");
        assertThat(row.dueAt()).isEqualTo(f.clock.instant().plus(Duration.ofHours(4)));
        assertThat(f.activeUnits(t.ticketId())).containsExactlyInAnyOrder("polsek-padangan", "polres");

        List<TicketEventRow> events = f.events(t.ticketId());
        assertThat(events).extracting(TicketEventRow::kind)
                .containsExactly("CREATED", "ROUTED", "FORWARDED", "ROUTED", "FORWARDED");
        assertThat(events.get(0).rule()).contains("kecelakaan");
        assertThat(events.get(0).actor()).isEqualTo("0812****7890");
        assertThat(events.get(1).rule()).contains("keamanan");

        assertThat(f.outbox()).extracting(OutboxRow::recipient)
                .containsExactlyInAnyOrder(POLSEK_PADANGAN, POLRES_1, POLRES_2, CITIZEN);
        OutboxRow forward = f.outboxTo(POLRES_1).get(0);
        assertThat(forward.text()).contains(t.number(), "keamanan", "Padangan", "081234567890", "kecelakaan motor",
                "DARURAT");
        OutboxRow receipt = f.outboxTo(CITIZEN).get(0);
        assertThat(receipt.text()).contains(t.number(), "STATUS " + t.number(), "1708");
        assertThat(receipt.eventKey()).isEqualTo("ticket:" + t.ticketId() + ":receipt");
    }

    @Test
    void aRoadComplaintReachesPuprWithTheNumberMasked() {
        OpenedTicket t = f.tickets.open(sms(CITIZEN, "jln rusak parah di kec padangan tlg diperbaiki"));

        assertThat(t.units()).containsExactly("dpupr");
        assertThat(f.ticket(t.number()).dueAt()).isEqualTo(f.clock.instant().plus(Duration.ofHours(72)));
        assertThat(f.outboxTo(PUPR_1)).singleElement().satisfies(o -> assertThat(o.text())
                .contains("0812****7890").doesNotContain("081234567890").doesNotContain("DARURAT"));
        assertThat(f.outboxTo(PUPR_2)).hasSize(1);
    }

    @Test
    void anonymousComplaintHidesTheCitizenEvenFromPolice() {
        OpenedTicket t = f.tickets.open(new NewComplaint("sms", CITIZEN, null,
                "ada kecelakaan motor di padangan korban luka", true, false, false, true, null, null, null, List.of(),
                null, null, null));

        assertThat(f.outboxTo(POLRES_1).get(0).text()).contains("dirahasiakan").doesNotContain("7890");
        assertThat(f.ticket(t.number()).anonymous()).isTrue();
    }

    @Test
    void unclearComplaintGoesToTheTriageDesk() {
        OpenedTicket t = f.tickets.open(sms(CITIZEN, "saya mau tanya soal itu kemarin gimana"));

        assertThat(t.triage()).isTrue();
        assertThat(t.units()).containsExactly("kominfo");
        assertThat(f.ticket(t.number()).state()).isEqualTo("TRIAGE");
        assertThat(f.events(t.ticketId()).get(1).kind()).isEqualTo("TRIAGED");
        assertThat(f.events(t.ticketId()).get(1).rule()).contains("not confident");
        assertThat(f.outboxTo(KOMINFO_1)).hasSize(1);
        assertThat(f.outboxTo(CITIZEN).get(0).text()).contains("diperiksa petugas");
    }

    @Test
    void theSameTextFromTheSameNumberWithinTheWindowIsTheSameTicket() {
        // given
        OpenedTicket first = f.tickets.open(sms(CITIZEN, "jln rusak parah di kec padangan tlg diperbaiki"));
        int rows = f.outbox().size();

        // when the citizen sends it again an hour later, in other case and spacing
        f.clock.advance(Duration.ofHours(1));
        OpenedTicket again = f.tickets.open(sms(CITIZEN, "JLN  rusak parah di kec padangan tlg diperbaiki"));

        // then
        assertThat(again.duplicateOf()).isTrue();
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.units()).containsExactly("dpupr");
        assertThat(f.outbox()).hasSize(rows + 1);
        assertThat(f.outbox().get(rows).recipient()).isEqualTo(CITIZEN);
        assertThat(f.outbox().get(rows).text()).contains("sudah tercatat", first.number());
        assertThat(f.events(first.ticketId())).extracting(TicketEventRow::kind).contains("DUPLICATE");

        // and another number, or after the window, is a new ticket
        assertThat(f.tickets.open(sms("6285555555555", "jln rusak parah di kec padangan tlg diperbaiki"))
                .duplicateOf()).isFalse();
        f.clock.advance(Duration.ofHours(24));
        assertThat(f.tickets.open(sms(CITIZEN, "jln rusak parah di kec padangan tlg diperbaiki")).number())
                .isNotEqualTo(first.number());
    }

    @Test
    void radioCallWithTheOperatorsChoices() {
        // given an operator who picked the place and the unit, and a caller without a number
        NewComplaint call = new NewComplaint("radio", null, "Pak Darmo", "jembatan di desa kami ambrol", false, true,
                true, true, "35.22.19", null, null, List.of("dpupr", "bpbd"), "sari", "Radio Malowopati", null);

        // when
        OpenedTicket t = f.tickets.open(call);

        // then
        assertThat(t.units()).containsExactly("dpupr", "bpbd");
        assertThat(t.urgent()).isTrue();
        TicketRow row = f.ticket(t.number());
        assertThat(row.channel()).isEqualTo("radio");
        assertThat(row.operator()).isEqualTo("sari");
        assertThat(row.station()).isEqualTo("Radio Malowopati");
        assertThat(row.kecamatanName()).isEqualTo("Padangan");
        assertThat(row.secret()).isTrue();
        assertThat(row.notifyCitizen()).isFalse();
        assertThat(f.events(t.ticketId()).get(0).actorKind()).isEqualTo("OPERATOR");
        assertThat(f.events(t.ticketId()).get(1).rule()).contains("operator sari");
        assertThat(f.outbox()).extracting(OutboxRow::recipient).doesNotContainNull()
                .contains(PUPR_1, PUPR_2).allMatch(r -> r.startsWith("628000"));
        assertThat(f.outboxTo(PUPR_1).get(0).text()).contains("Pak Darmo", "Padangan");
    }

    @Test
    void unknownOverridesAreRefusedAndNothingIsStored() {
        NewComplaint bad = new NewComplaint("radio", null, null, "jalan rusak", false, false, false, false, "99.99",
                null, null, List.of(), "sari", "Radio Malowopati", null);

        assertThatThrownBy(() -> f.tickets.open(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99.99");
        assertThat(f.outbox()).isEmpty();
    }
}
