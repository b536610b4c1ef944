package id.wadul.routes.learn;

import id.wadul.routes.understand.ComplaintAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The shipped conf/ (Bojonegoro) and the project-written labelled complaints of the tests. */
final class LearnFixtures {

    static final Path CONF = Path.of("../conf");
    static final ComplaintAnalyzer RULES = ComplaintAnalyzer.load(CONF, "35.22");
    /** 800 invented complaints written by bench/labelled/generate.py (seed 3). */
    static final String WRITTEN = "written-800.jsonl";

    private LearnFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = LearnFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelFile.Label> written() {
        LabelFile.Contents c = LabelFile.parse(resource(WRITTEN), Map.of(), ClassifyModes.known(RULES));
        if (!c.ok()) {
            throw new IllegalStateException(c.problems().toString());
        }
        return c.labels();
    }

    static List<Example> examples(List<LabelFile.Label> labels) {
        Examples examples = Examples.of(RULES);
        return labels.stream().map(l -> examples.example(l.text(), l.category())).toList();
    }
}
