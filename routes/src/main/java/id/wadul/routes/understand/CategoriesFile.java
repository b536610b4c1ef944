package id.wadul.routes.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.wadul.routes.understand.Classifier.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code conf/categories.yaml} (format in conf/README.md) into a {@link Classifier}. */
final class CategoriesFile {

    private CategoriesFile() {
    }

    static Classifier load(Path confDir) {
        Path file = confDir.resolve(Classifier.FILE);
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.path("categories").isArray()) {
            throw new IllegalArgumentException(file + ": a 'categories' list is required");
        }
        List<Category> categories = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode node : root.path("categories")) {
            String where = file.getFileName() + ": categories[" + index++ + "]";
            String code = node.path("code").asText("").strip();
            if (code.isEmpty()) {
                throw new IllegalArgumentException(where + ": 'code' is required");
            }
            if (!codes.add(code)) {
                throw new IllegalArgumentException(where + ": duplicate category code '" + code + "'");
            }
            where += " (" + code + ")";
            categories.add(new Category(code, node.path("name").asText(code),
                    weights(node.path("keywords"), where + ".keywords"), weights(node.path("phrases"), where + ".phrases"),
                    codes(node.path("emergency"), where + ".emergency")));
        }
        if (!codes.contains(Classifier.OTHER)) {
            categories.add(new Category(Classifier.OTHER, "Lainnya", Map.of(), Map.of()));
        }
        JsonNode thresholds = root.path("thresholds");
        return new Classifier(categories, terms(root.path("urgent").path("keywords")),
                terms(root.path("urgent").path("phrases")), terms(root.path("urgent").path("unless")),
                thresholds.path("minScore").asDouble(2.0), thresholds.path("minMargin").asDouble(1.0),
                thresholds.path("minRatio").asDouble(1.0));
    }

    private static Map<String, Double> weights(JsonNode node, String where) {
        Map<String, Double> weights = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return weights;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected 'term: weight' entries");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException(where + ": weight of '" + e.getKey() + "' must be a number");
            }
            weights.put(normaliseTerm(e.getKey()), e.getValue().asDouble());
        }
        return weights;
    }

    /** A list of unit codes (checked against the units at start: {@code ComplaintAnalyzer.checkCategories}). */
    private static List<String> codes(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + ": expected a list of unit codes, e.g. [bpbd, damkar]");
        }
        List<String> codes = new ArrayList<>();
        node.forEach(n -> codes.add(n.asText("").strip()));
        if (codes.contains("")) {
            throw new IllegalArgumentException(where + ": an empty unit code");
        }
        return codes;
    }

    private static Set<String> terms(JsonNode node) {
        Set<String> terms = new LinkedHashSet<>();
        node.forEach(n -> terms.add(normaliseTerm(n.asText())));
        return terms;
    }

    private static String normaliseTerm(String term) {
        return term.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
