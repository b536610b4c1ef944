package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.understand.ClassifyCommand;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyModesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXTS = "anak muda pesta miras sampai pagi\n\njalan rusak parah di dander\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        LearnSettings settings = new LearnSettings(0.90, Duration.ofMinutes(10), dir.resolve("data"));
        return ClassifyModes.run(args, LearnFixtures.RULES, settings, new BufferedReader(new StringReader(stdin)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private Path written() throws IOException {
        return Files.writeString(dir.resolve("labels.jsonl"), LearnFixtures.resource(LearnFixtures.WRITTEN));
    }

    @Test
    void rulesOnlyIsClassifyAsShipped() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ClassifyCommand.run(LearnFixtures.RULES, new BufferedReader(new StringReader(TEXTS)), new PrintStream(plain, true,
                StandardCharsets.UTF_8));

        assertThat(run(TEXTS, "--rules-only")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(plain.toString(StandardCharsets.UTF_8));
        assertThat(lines()).extracting(n -> n.path("decidedBy").asText(null)).containsExactly("rules", null, "rules");
    }

    @Test
    void withoutAStoredModelPlainClassifyIsTheRulesAndSaysSo() throws IOException {
        assertThat(run(TEXTS)).isZero();

        assertThat(err.size()).isZero();
        assertThat(lines().get(0).path("confident").asBoolean()).isFalse();
        assertThat(lines().get(0).path("model").isNull()).isTrue();
    }

    @Test
    void plainClassifyUsesTheStoredModelAndShowsItsVersion() throws IOException {
        TrainedModel m = new Trainer(0.9).train(LearnFixtures.examples(LearnFixtures.written()), 4, 0).orElseThrow();
        new ModelStore(dir.resolve("data")).save(m);

        assertThat(run(TEXTS)).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("model v4, 800 examples");
        assertThat(lines().get(0).path("model").asText()).isEqualTo("v4, 800 examples");
    }

    @Test
    void learnFileThenClassify() throws IOException {
        assertThat(run(TEXTS, "--learn", written().toString())).isZero();

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("category").asText()).isEqualTo("keamanan");
        assertThat(lines.get(0).path("confident").asBoolean()).isTrue();
        assertThat(lines.get(0).path("decidedBy").asText()).isEqualTo("model");
        assertThat(lines.get(0).path("model").asText()).isEqualTo("v1, 800 examples");
        assertThat(lines.get(1).path("category").isNull()).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("learned v1, 800 examples");
    }

    @Test
    void replayDecidesEachLineBeforeLearningItsLabel() throws IOException {
        String labelled = LearnFixtures.resource(LearnFixtures.WRITTEN);

        assertThat(run(labelled, "--replay")).isZero();

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(800);
        // the first lines are decided by the rules alone: no model yet
        assertThat(lines.subList(0, Trainer.MIN_EXAMPLES)).allMatch(n -> n.path("model").isNull());
        assertThat(lines.get(799).path("model").asText()).endsWith(" examples").doesNotStartWith("v1,");
        assertThat(lines.get(799).path("label").asText()).isEqualTo(LearnFixtures.written().get(799).category());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("replay of 800 labelled texts").contains("auto-routed");
    }

    @Test
    void evalPrintsBothSummariesPrecisionAtCoverageAndConfusion() throws IOException {
        assertThat(run("", "--eval", written().toString())).isZero();

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("800 labelled texts, 5-fold cross-validation").contains("rules alone:    auto-routed")
                .contains("rules + model:  auto-routed").contains("coverage  precision").contains("    100%")
                .contains("label \\ said").contains("infrastruktur");
    }

    @Test
    void aBadLabelFileStopsWithItsLinesAndLearnsNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "text,category\njalan rusak,infrastruktur\n,bencana\n");

        assertThatThrownBy(() -> run(TEXTS, "--learn", bad.toString())).isInstanceOf(StartupFailure.class)
                .hasMessageContaining("1 problem(s); nothing imported or learned").hasMessageContaining("line 3: empty text");
        assertThat(out.size()).isZero();
    }

    @Test
    void unknownOrConflictingOptionsAreUsageErrors() {
        assertThatThrownBy(() -> run(TEXTS, "--rules")).isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("unknown option '--rules' for classify");
        assertThatThrownBy(() -> run(TEXTS, "--replay", "--rules-only")).isInstanceOf(StartupFailure.class)
                .hasMessageContaining("classify takes one of");
        assertThatThrownBy(() -> run(TEXTS, "--eval")).isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("--eval needs a file");
    }

    @Test
    void placesFileAddsTaughtNamesWithoutChangingTheGivenMatcher() throws IOException {
        String text = "jalan depan pasar kota berlubang besar\n";
        assertThat(run(text, "--rules-only")).isZero();
        assertThat(lines().get(0).path("desaCode").isNull()).isTrue();
        out.reset();
        Path places = Files.writeString(dir.resolve("places.csv"), "name,desa\nPasar Kota,35.22.19.2011\n");
        assertThat(run(text, "--rules-only", "--places", places.toString())).isZero();
        assertThat(lines().get(0).path("desaCode").asText()).isEqualTo("35.22.19.2011");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 place names", "1 in use");
        assertThat(LearnFixtures.RULES.locations().learned().activeCount()).isZero();
        Path bad = Files.writeString(dir.resolve("bad.csv"), "name,desa\npasar kota,35.22.99.9999\n,35.22.19.2011\n");
        assertThatThrownBy(() -> run(text, "--places", bad.toString())).isInstanceOf(StartupFailure.class)
                .hasMessageContaining("line 2: unknown desa code").hasMessageContaining("line 3: empty name");
    }
}
