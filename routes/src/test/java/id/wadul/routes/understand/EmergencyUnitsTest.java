package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** categories.yaml's emergency units: read per category, and an unknown unit code stops the start. */
class EmergencyUnitsTest {

    @Test
    void theShippedCategoriesNameTheirEmergencyUnits() {
        Classifier shipped = Classifier.load(Conf.dir());
        assertThat(shipped.emergencyUnits("bencana")).containsExactly("bpbd", "damkar");
        assertThat(shipped.emergencyUnits("keamanan")).containsExactly("polres");
        assertThat(shipped.emergencyUnits("pendidikan")).isEmpty();
        assertThat(shipped.emergencyUnits("no-such-category")).isEmpty();
        ComplaintAnalyzer.checkCategories(shipped, Conf.analyzer().responsibilities());
    }

    @Test
    void anUnknownEmergencyUnitIsAStartUpErrorNamingTheCategoryAndTheCode() {
        List<Classifier.Category> categories = new ArrayList<>(Classifier.load(Conf.dir()).categories());
        categories.add(new Classifier.Category("banjir-bandang", "Banjir bandang", Map.of("bandang", 3.0), Map.of(),
                List.of("bpbd", "bpdb")));
        Classifier typo = new Classifier(categories, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), 2.0,
                1.0, 1.5);
        assertThatThrownBy(() -> ComplaintAnalyzer.checkCategories(typo, Conf.analyzer().responsibilities()))
                .hasMessage("categories.yaml: category 'banjir-bandang': emergency: unknown unit 'bpdb'"
                        + " (not a unit of routing.yaml)");
    }
}
