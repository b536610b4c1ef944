package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTest {

    /** A small rule set so each test shows one behaviour. */
    private static final Classifier RULES = new Classifier(List.of(
            new Classifier.Category("infrastruktur", "Infrastruktur", Map.of("jalan", 1.0, "rusak", 1.0, "jembatan", 2.5),
                    Map.of("jalan rusak", 3.0)),
            new Classifier.Category("lalu-lintas", "Lalu lintas", Map.of("lampu", 1.0),
                    Map.of("lampu jalan", 4.0)),
            new Classifier.Category("bencana", "Bencana", Map.of("banjir", 3.5, "kebakaran", 3.5), Map.of()),
            new Classifier.Category("keamanan", "Keamanan", Map.of("kecelakaan", 5.0, "maling", 3.0), Map.of()),
            new Classifier.Category("lainnya", "Lainnya", Map.of(), Map.of())),
            Set.of("banjir", "kebakaran", "kecelakaan"), Set.of("ada maling"), Set.of("sudah surut"), 2.0, 1.0, 1.5);

    @Test
    void phrasesBeatWords() {
        Classification c = RULES.classify("lampu jalan mati");
        assertThat(c.category()).isEqualTo("lalu-lintas");
        assertThat(c.confident()).isTrue();
        assertThat(c.score()).isEqualTo(5.0);
        assertThat(c.matched()).containsExactly("lampu jalan", "lampu");
    }

    @Test
    void phrasesAllowOneWordBetweenAndAffixes() {
        assertThat(RULES.classify("jalannya sangat rusak").matched()).contains("jalan rusak");
        assertThat(RULES.classify("jalan di desa kami rusak").matched()).doesNotContain("jalan rusak");
        assertThat(RULES.classify("rumah kebanjiran").category()).isEqualTo("bencana");
        assertThat(RULES.classify("motor dimaling orang").category()).isEqualTo("keamanan");
    }

    @Test
    void longKeywordsMatchWithATypoForLess() {
        Classification c = RULES.classify("ada kecelakan motor");
        assertThat(c.category()).isEqualTo("keamanan");
        assertThat(c.score()).isEqualTo(3.5);
        assertThat(c.matched()).contains("kecelakaan~kecelakan");
        assertThat(RULES.classify("ada kcelakaan").category()).isEqualTo("keamanan"); // one letter missing
        assertThat(RULES.classify("banjr dimana mana").category()).isEqualTo("bencana"); // six letters: one typo
        assertThat(RULES.classify("lampo jalam").category()).isEqualTo("lainnya"); // under six: none
    }

    @Test
    void notConfidentUnderTheThresholdOrWhenTheRunnerUpIsClose() {
        assertThat(RULES.classify("lampu").confident()).isFalse(); // 1.0 < minScore
        Classification close = RULES.classify("jembatan kebakaran");
        assertThat(close.confident()).isFalse(); // 3.5 vs 2.5: margin 1.0 but ratio 1.4
        assertThat(close.category()).isEqualTo("bencana");
        assertThat(RULES.classify("jembatan rusak").confident()).isTrue(); // 3.5 alone
    }

    @Test
    void nothingMatchedIsLainnya() {
        Classification c = RULES.classify("selamat pagi pak");
        assertThat(c).isEqualTo(new Classification("lainnya", 0, false, false, List.of()));
        assertThat(RULES.classify("").category()).isEqualTo("lainnya");
    }

    @Test
    void urgencyComesFromUrgentTermsAnywhereUnlessCancelled() {
        assertThat(RULES.classify("banjir masuk rumah").urgent()).isTrue();
        assertThat(RULES.classify("ada maling di rumah").urgent()).isTrue();
        assertThat(RULES.classify("ada maling di rumah").matched()).contains("maling", "urgent:ada maling");
        assertThat(RULES.classify("maling motor kemarin").urgent()).isFalse();
        assertThat(RULES.classify("banjir sudah surut").urgent()).isFalse();
        assertThat(RULES.classify("banjir sudah surut").matched()).contains("not-urgent:sudah surut");
    }

    @Test
    void theShippedRulesHaveEveryRequiredCategory() {
        Classifier shipped = Classifier.load(Conf.dir());
        assertThat(shipped.categories()).extracting(Classifier.Category::code).containsExactlyInAnyOrder(
                "infrastruktur", "lalu-lintas", "keamanan", "bencana", "kependudukan", "pendidikan", "kesehatan",
                "sosial", "pertanian", "lingkungan", "air-bersih", "energi", "desa", "kepegawaian", "lainnya");
        assertThat(shipped.categories()).allMatch(c -> !c.name().isBlank());
        assertThat(shipped.categories()).allMatch(c -> c.keywords().keySet().stream().noneMatch(k -> k.contains(" ")));
        assertThat(shipped.categoryName("air-bersih")).contains("PDAM");
    }

    @Test
    void loadingRejectsBrokenRules(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Classifier.FILE), "categories:\n  - code: a\n    keywords: {x: banyak}\n");
        assertThatThrownBy(() -> Classifier.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("categories[0] (a).keywords").hasMessageContaining("'x'");
        Files.writeString(dir.resolve(Classifier.FILE), "categories:\n  - code: a\n  - code: a\n");
        assertThatThrownBy(() -> Classifier.load(dir)).hasMessageContaining("duplicate category code 'a'");
        Files.writeString(dir.resolve(Classifier.FILE), "categories:\n  - name: tanpa kode\n");
        assertThatThrownBy(() -> Classifier.load(dir)).hasMessageContaining("categories[0]: 'code' is required");
    }

    @Test
    void lainnyaIsAddedWhenTheFileForgetsIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Classifier.FILE), "categories:\n  - code: a\n    keywords: {x: 2}\n");
        assertThat(Classifier.load(dir).category("lainnya")).isPresent();
        assertThat(Classifier.load(dir).classify("x").category()).isEqualTo("a");
    }
}
