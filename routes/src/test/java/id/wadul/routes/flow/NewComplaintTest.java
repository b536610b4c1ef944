package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewComplaintTest {

    @Test
    void anSmsComplaintTellsTheCitizenAndComesFromItsMessage() {
        NewComplaint c = NewComplaint.sms("6281234567890", "jalan rusak", true, 42);

        assertThat(c).isEqualTo(new NewComplaint("sms", "6281234567890", null, "jalan rusak", true, false, false, true,
                null, null, null, List.of(), null, null, 42L));
    }

    @Test
    void theBuilderSetsEachFieldItIsGiven() {
        NewComplaint c = NewComplaint.builder("radio", "jembatan ambrol").citizen("6281", "Pak Darmo")
                .anonymous(true).secret(true).urgent(true).notifyCitizen(true).place("35.22.01", "35.22.01.2001")
                .overrides("infrastruktur", List.of("dpupr")).operator("sari", "Radio Malowopati")
                .inboundMessage(7L).build();

        assertThat(c).isEqualTo(new NewComplaint("radio", "6281", "Pak Darmo", "jembatan ambrol", true, true, true,
                true, "35.22.01", "35.22.01.2001", "infrastruktur", List.of("dpupr"), "sari", "Radio Malowopati",
                7L));
    }

    @Test
    void withoutACitizenNumberNobodyIsToldAndUnsetFieldsAreEmpty() {
        NewComplaint c = NewComplaint.builder("radio", "jalan rusak").notifyCitizen(true).build();

        assertThat(c).isEqualTo(new NewComplaint("radio", null, null, "jalan rusak", false, false, false, false, null,
                null, null, List.of(), null, null, null));
    }
}
