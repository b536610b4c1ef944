package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11: an urgent complaint goes at once to the emergency units its category names, confident or not. */
class AssignmentTest {

    static final Responsibilities TABLE = FlowFixture.ANALYZER.responsibilities();
    static final Assignment.PlaceRef BOJONEGORO = new Assignment.PlaceRef("35.22.15", "Bojonegoro", null, null);
    static final List<String> EMERGENCY = List.of("bpbd", "damkar");

    static Analysis analysis(boolean urgent, boolean confident) {
        return new Analysis("jalan amblas", "infrastruktur", "Infrastruktur", urgent, confident, confident ? 3 : 1,
                List.of(), Optional.empty(), List.of(), "rules");
    }

    static Assignment decide(NewComplaint c, Analysis a) {
        return Assignment.decide(c, a, TABLE, BOJONEGORO, "Infrastruktur", EMERGENCY);
    }

    static List<String> codes(Assignment a) {
        return a.units().stream().map(Unit::code).toList();
    }

    @Test
    void anUrgentConfidentComplaintAlsoGoesToItsCategorysEmergencyUnits() {
        Assignment a = decide(NewComplaint.builder("sms", "x").build(), analysis(true, true));
        assertThat(a.triage()).isFalse();
        assertThat(codes(a)).containsExactly("dpupr", "bpbd", "damkar");
        assertThat(a.unitRule()).endsWith("; urgent: emergency units of infrastruktur [bpbd, damkar]");
    }

    @Test
    void anUrgentUnsureComplaintGoesToTriageTheBestGuessAndTheEmergencyUnits() {
        Assignment a = decide(NewComplaint.builder("sms", "x").build(), analysis(true, false));
        assertThat(a.triage()).isTrue();
        assertThat(codes(a)).containsExactly("kominfo", "dpupr", "bpbd", "damkar");
        assertThat(a.unitRule()).contains("urgent: also best guess").contains("emergency units of infrastruktur");
    }

    @Test
    void aComplaintThatIsNotUrgentGetsNoEmergencyUnits() {
        assertThat(codes(decide(NewComplaint.builder("sms", "x").build(), analysis(false, true))))
                .containsExactly("dpupr");
        assertThat(codes(decide(NewComplaint.builder("sms", "x").build(), analysis(false, false))))
                .containsExactly("kominfo");
    }

    @Test
    void unitsAlreadyRoutedAreNotAddedTwiceAndAnOperatorsChoiceStands() {
        Assignment a = Assignment.decide(NewComplaint.builder("sms", "x").build(), analysis(true, true), TABLE,
                BOJONEGORO, "Infrastruktur", List.of("dpupr"));
        assertThat(codes(a)).containsExactly("dpupr");
        assertThat(a.unitRule()).doesNotContain("emergency");
        NewComplaint chosen = NewComplaint.builder("radio", "x").urgent(true).operator("sari", "Radio")
                .overrides(null, List.of("dishub")).build();
        assertThat(codes(decide(chosen, analysis(true, true)))).containsExactly("dishub");
    }
}
