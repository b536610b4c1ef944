package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Classification;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    @Test
    void wordsStemsPairsAndCharacterTrigramsLeaveStopWordsOut() {
        List<String> f = Features.of("jalannya rusak dan berlubang", null);

        assertThat(f).contains("w:jalannya", "s:jalan", "w:rusak", "w:berlubang", "s:lubang",
                "b:jalannya rusak", "b:rusak berlubang", "c:^ja", "c:nya", "c:ya$");
        assertThat(f).doesNotContain("w:dan").noneMatch(s -> s.startsWith("r:"));
    }

    @Test
    void aTypoKeepsMostOfTheWordsTrigrams() {
        List<String> right = Features.of("kebakaran", null).stream().filter(s -> s.startsWith("c:")).toList();
        List<String> typo = Features.of("kebakran", null).stream().filter(s -> s.startsWith("c:")).toList();

        assertThat(typo.stream().filter(right::contains).count()).isGreaterThanOrEqualTo(typo.size() / 2);
        assertThat(Features.of("kebakran", null)).doesNotContain("w:kebakaran");
    }

    @Test
    void theRulesOpinionIsAFeatureAndTheirConfidenceAnother() {
        Classification confident = new Classification("bencana", 5, true, true, List.of("banjir"));
        Classification unsure = new Classification("bencana", 1, false, false, List.of());
        Classification nothing = new Classification("lainnya", 0, false, false, List.of());

        assertThat(Features.of("banjir", confident)).contains("r:bencana", "rc:bencana");
        assertThat(Features.of("banjir", unsure)).contains("r:bencana").doesNotContain("rc:bencana");
        assertThat(Features.of("halo", nothing)).noneMatch(s -> s.startsWith("r"));
    }

    @Test
    void numbersGetNoTrigrams() {
        assertThat(Features.of("rt 03", null)).containsExactly("w:rt", "w:03", "b:rt 03");
    }
}
