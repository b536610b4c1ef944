package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    private static double similarity(String a, String b) {
        TextNormaliser n = Conf.analyzer().normaliser();
        return TextSimilarity.jaccard(TextSimilarity.words(n.normalise(a)), TextSimilarity.words(n.normalise(b)));
    }

    @Test
    void contentWordsAreStemmedAndFunctionWordsLeftOut() {
        assertThat(TextSimilarity.words("jalan di desa sukorejo rusak parah banyak lubangnya mohon diperbaiki"))
                .containsExactlyInAnyOrder("jalan", "sukorejo", "rusak", "parah", "lubang", "perbaiki");
        assertThat(TextSimilarity.words("jalan berlubang kebanjiran")).containsExactlyInAnyOrder("jalan", "lubang",
                "banjir");
    }

    @Test
    void jaccardIsSharedWordsOverAllWordsOfEither() {
        assertThat(TextSimilarity.jaccard(Set.of("jalan", "rusak", "lubang"), Set.of("jalan", "rusak", "parah")))
                .isCloseTo(2.0 / 4, within(1e-9));
        assertThat(TextSimilarity.jaccard(Set.of("jalan"), Set.of("jalan"))).isEqualTo(1.0);
        assertThat(TextSimilarity.jaccard(Set.of(), Set.of("jalan"))).isZero();
    }

    @Test
    void twoCitizensReportingTheSameHoleAreSimilarAndABridgeIsNot() {
        String first = "jalan rusak berlubang di desa Sukorejo kecamatan Bojonegoro, mohon segera diperbaiki";
        assertThat(similarity(first, "jln di ds Sukorejo kec Bojonegoro rusak parah, banyak lubangnya"))
                .isGreaterThanOrEqualTo(0.35);
        assertThat(similarity(first, "jembatan kayu di desa Sukorejo kecamatan Bojonegoro ambrol papannya patah"))
                .isLessThan(0.35);
    }
}
