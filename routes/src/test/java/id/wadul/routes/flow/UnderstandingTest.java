package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.routes.understand.Command;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The understand step alone: no database, no Camel. */
class UnderstandingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final String CITIZEN = "6281234567890";
    private static final String PUPR_OFFICER = "6280000003101";

    private final Understanding understanding = new Understanding(FlowFixture.ANALYZER, FlowFixture.REGION);

    @Test
    void aCitizensComplaintIsAnalysedAndLocated() {
        Batch.Item item = understood(message(1, CITIZEN, "jln rusak parah di kec padangan tlg diperbaiki"));

        assertThat(item.officer).isFalse();
        assertThat(item.command).isInstanceOf(Command.Complaint.class);
        assertThat(item.complaint.citizenNumber()).isEqualTo(CITIZEN);
        assertThat(item.complaint.inboundMessageId()).isEqualTo(1L);
        assertThat(item.complaint.notifyCitizen()).isTrue();
        assertThat(item.analysis.category()).isEqualTo("infrastruktur");
        assertThat(item.place.kecamatanName()).isEqualToIgnoringCase("Padangan");
        assertThat(item.categoryName).isNotBlank();
        assertThat(item.textHash).hasSize(64);
        assertThat(item.outcome()).isEqualTo(Batch.Outcome.UNDECIDED);
    }

    @Test
    void theSameTextWrittenDifferentlyHasTheSameHashSoItsRepeatIsRecognised() {
        Batch.Item first = understood(message(1, CITIZEN, "jln rusak parah di kec padangan tlg diperbaiki"));
        Batch.Item again = understood(message(2, CITIZEN, "JLN  rusak parah di kec padangan tlg diperbaiki"));

        assertThat(again.repeatKey()).isEqualTo(first.repeatKey()).isNotNull();
    }

    @Test
    void anOfficersActionAndACitizensStatusAreCommandsWithoutAnalysis() {
        Batch batch = batch(message(1, PUPR_OFFICER, "PROSES K7M4PX tim sdh meluncur"),
                message(2, CITIZEN, "STATUS K7M4PX"));

        understanding.understand(batch);

        Batch.Item action = batch.all().get(0);
        assertThat(action.officer).isTrue();
        assertThat(action.command).isInstanceOf(Command.OfficerAction.class);
        assertThat(action.complaint).isNull();
        assertThat(action.analysis).isNull();
        Batch.Item status = batch.all().get(1);
        assertThat(status.officer).isFalse();
        assertThat(status.command).isEqualTo(new Command.StatusQuery("K7M4PX"));
        assertThat(status.repeatKey()).isNull();
    }

    @Test
    void aSecretSmsIsAnAnonymousComplaint() {
        Batch.Item item = understood(message(1, CITIZEN, "RAHASIA pungli di kantor desa ngraho"));

        assertThat(item.complaint.anonymous()).isTrue();
        assertThat(item.complaint.text()).doesNotContain("RAHASIA");
    }

    @Test
    void aDeskCallIsUnderstoodWithTheOperatorsChoices() {
        var kecamatan = FlowFixture.REGION.kecamatan().stream()
                .filter(k -> !k.name().equalsIgnoreCase("Padangan")).findFirst().orElseThrow();
        Batch call = Batch.ofCall(NewComplaint.builder("radio", "jln rusak parah di kec padangan")
                .place(kecamatan.code(), null).overrides("kesehatan", List.of()).build(), null, NOW, null);

        understanding.understand(call);

        Batch.Item item = call.all().get(0);
        assertThat(item.message()).isNull();
        assertThat(item.place.kecamatanCode()).isEqualTo(kecamatan.code());
        assertThat(item.categoryName).isEqualTo(FlowFixture.ANALYZER.classifier().categoryName("kesehatan"));
        assertThat(item.repeatKey()).isNull();
    }

    @Test
    void aDeskCallWithoutTextIsRefused() {
        Batch call = Batch.ofCall(NewComplaint.builder("radio", "  ").build(), null, NOW, null);

        assertThatThrownBy(() -> understanding.understand(call)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    private Batch.Item understood(Inbox.Stored message) {
        Batch batch = batch(message);
        understanding.understand(batch);
        return batch.all().get(0);
    }

    private static Batch batch(Inbox.Stored... messages) {
        Batch batch = Batch.ofMessages(List.of(), null, NOW, null);
        for (Inbox.Stored m : messages) {
            batch.add(new Batch.Item(m, null));
        }
        return batch;
    }

    private static Inbox.Stored message(long id, String from, String text) {
        return new Inbox.Stored(id, from, "1708", text, NOW);
    }
}
