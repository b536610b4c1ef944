package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Officer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: an urgent complaint never waits in triage alone. Seen: a long flood report marked DARURAT went to
 * triage only, while its first sentence alone went straight to BPBD and Damkar.
 */
class UrgentTriageIT {

    static final String CITIZEN = "6281388880001";
    /** Urgent ("darurat") but unsure between categories: triage, with infrastruktur as the best guess. */
    static final String URGENT_UNSURE = "tolong darurat banjir dan jalan rusak";
    FlowFixture f;

    @BeforeEach
    void start() {
        f = new FlowFixture(p -> p, FlowFixture.defaultMessages());
    }

    @AfterEach
    void stop() {
        f.close();
    }

    static List<String> officers(String unit) {
        return FlowFixture.ANALYZER.responsibilities().unit(unit).orElseThrow().officers().stream()
                .map(Officer::number).toList();
    }

    @Test
    void anUrgentUnsureComplaintGoesToTheBestGuessUnitsAsWellAsTriage() {
        OpenedTicket t = f.tickets.open(NewComplaint.builder("sms", URGENT_UNSURE).citizen(CITIZEN, null)
                .notifyCitizen(true).build());

        assertThat(t.triage()).isTrue();
        assertThat(t.urgent()).isTrue();
        assertThat(t.units()).containsExactlyInAnyOrder("kominfo", "dpupr");
        assertThat(f.ticket(t.number()).state()).isEqualTo("TRIAGE");
        for (String officer : officers("dpupr")) {
            assertThat(f.outboxTo(officer)).hasSize(1).allMatch(o -> o.text().contains("[DARURAT]"));
        }
        assertThat(f.outboxTo(officers("kominfo").get(0))).hasSize(1);
        assertThat(f.events(t.ticketId()).stream().filter(e -> "TRIAGED".equals(e.kind()))
                .map(e -> e.rule())).allMatch(r -> r.contains("urgent: also best guess infrastruktur"));
        assertThat(f.outboxTo(CITIZEN).get(0).text()).contains("diperiksa petugas");
    }

    @Test
    void anUnsureComplaintThatIsNotUrgentWaitsInTriageAlone() {
        OpenedTicket t = f.tickets.open(NewComplaint.builder("sms", "tolong pak ada masalah di kampung kami sudah lama belum ada yang datang")
                .citizen(CITIZEN, null).notifyCitizen(true).build());

        assertThat(t.urgent()).isFalse();
        assertThat(t.triage()).isTrue();
        assertThat(t.units()).containsExactly("kominfo");
    }
}
