package id.wadul.routes.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.wadul.routes.understand.Classifier.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The classifier as first written (commit 87a6b6e), kept as the reference that the indexed {@link Classifier}
 * must agree with exactly (category, score, matched terms and their order): see {@link ReferenceTest}.
 * Do not optimise.
 */
final class ReferenceClassifier {

    private static final double TYPO_FACTOR = 0.7;
    private static final String[] SUFFIXES = {"nya", "kan", "an", "i", "lah", "ku", "mu"};
    private static final String[] PREFIXES = {"di", "ke", "ter", "ber", "be", "me", "mem", "men", "meng", "meny", "pe",
        "pem", "pen", "peng", "per", "se", "ng", "ny", "ke"};

    private final List<Category> categories;
    private final List<Rules> rules;
    private final Rules urgent;
    private final Rules notUrgent;
    private final double minScore;
    private final double minMargin;
    private final double minRatio;

    /**
     * @param notUrgent phrases that cancel urgency ("sudah surut", "rawan kecelakaan")
     * @param minScore  the least score of a confident decision
     * @param minMargin the least lead over the runner-up
     * @param minRatio  the least ratio of the best score to the runner-up's
     */
    ReferenceClassifier(List<Category> categories, Set<String> urgentKeywords, Set<String> urgentPhrases,
            Set<String> notUrgent, double minScore, double minMargin, double minRatio) {
        this.categories = List.copyOf(categories);
        Map<String, Double> uk = new LinkedHashMap<>();
        urgentKeywords.forEach(k -> uk.put(k, 1.0));
        Map<String, Double> up = new LinkedHashMap<>();
        urgentPhrases.forEach(p -> up.put(p, 1.0));
        this.urgent = new Rules(new Category("urgent", "urgent", uk, up));
        Map<String, Double> unless = new LinkedHashMap<>();
        notUrgent.forEach(p -> unless.put(p, 1.0));
        this.notUrgent = new Rules(new Category("not-urgent", "not urgent", Map.of(), unless));
        this.rules = this.categories.stream().map(Rules::new).toList();
        this.minScore = minScore;
        this.minMargin = minMargin;
        this.minRatio = minRatio;
    }

    static ReferenceClassifier load(Path confDir) {
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
                    weights(node.path("keywords"), where + ".keywords"), weights(node.path("phrases"), where + ".phrases")));
        }
        if (!codes.contains(Classifier.OTHER)) {
            categories.add(new Category(Classifier.OTHER, "Lainnya", Map.of(), Map.of()));
        }
        JsonNode thresholds = root.path("thresholds");
        return new ReferenceClassifier(categories, terms(root.path("urgent").path("keywords")),
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

    private static Set<String> terms(JsonNode node) {
        Set<String> terms = new LinkedHashSet<>();
        node.forEach(n -> terms.add(normaliseTerm(n.asText())));
        return terms;
    }

    private static String normaliseTerm(String term) {
        return term.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    Classification classify(String normalisedText) {
        Text text = new Text(normalisedText);
        Category best = null;
        Score bestScore = new Score(0, List.of());
        double second = 0;
        for (Rules category : rules) {
            Score score = category.score(text);
            if (score.value() > bestScore.value()) {
                second = bestScore.value();
                best = category.category();
                bestScore = score;
            } else if (score.value() > second) {
                second = score.value();
            }
        }
        List<String> urgentTerms = urgent.score(text).matched();
        List<String> unless = notUrgent.score(text).matched();
        List<String> matched = new ArrayList<>(bestScore.matched());
        urgentTerms.forEach(term -> matched.add("urgent:" + term));
        unless.forEach(term -> matched.add("not-urgent:" + term));
        boolean isUrgent = !urgentTerms.isEmpty() && unless.isEmpty();
        if (best == null) {
            return new Classification(Classifier.OTHER, 0, false, isUrgent, matched);
        }
        boolean confident = bestScore.value() >= minScore && bestScore.value() - second >= minMargin
                && bestScore.value() >= second * minRatio;
        return new Classification(best.code(), round(bestScore.value()), confident, isUrgent, matched);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private record Score(double value, List<String> matched) {
    }

    /** The normalised text's words, each with its affix-stripped variants, and all variants together. */
    private static final class Text {

        final List<String> raw = new ArrayList<>();
        final List<Set<String>> words = new ArrayList<>();
        final Set<String> all = new HashSet<>();

        Text(String normalisedText) {
            for (String token : normalisedText == null ? new String[0] : normalisedText.strip().split("\\s+")) {
                if (!token.isEmpty()) {
                    raw.add(token);
                    Set<String> variants = variants(token);
                    words.add(variants);
                    all.addAll(variants);
                }
            }
        }
    }

    /** A category's terms indexed for scoring: keywords by word, typo-tolerant ones by first letter. */
    private static final class Rules {

        private final Category category;
        private final List<Map.Entry<String[], Double>> phrases = new ArrayList<>();
        private final Map<Character, List<String>> fuzzyByInitial = new HashMap<>();

        Rules(Category category) {
            this.category = category;
            category.phrases().forEach((phrase, weight) -> phrases.add(Map.entry(phrase.split(" "), weight)));
            for (String keyword : category.keywords().keySet()) {
                if (ReferenceEditDistance.allowedTypos(keyword.length()) > 0) {
                    fuzzyByInitial.computeIfAbsent(keyword.charAt(0), c -> new ArrayList<>()).add(keyword);
                }
            }
        }

        Category category() {
            return category;
        }

        Score score(Text text) {
            double total = 0;
            List<String> matched = new ArrayList<>();
            for (Map.Entry<String[], Double> phrase : phrases) {
                if (text.all.contains(phrase.getKey()[0]) && phraseMatches(phrase.getKey(), text.words)) {
                    total += phrase.getValue();
                    matched.add(String.join(" ", phrase.getKey()));
                }
            }
            Set<String> found = new HashSet<>();
            boolean[] exact = new boolean[text.raw.size()];
            for (int i = 0; i < text.words.size(); i++) {
                for (String variant : text.words.get(i)) {
                    Double weight = category.keywords().get(variant);
                    if (weight != null) {
                        exact[i] = true;
                        if (found.add(variant)) {
                            total += weight;
                            matched.add(variant);
                        }
                    }
                }
            }
            // typo matches only on words no keyword of the category matched as written
            for (int i = 0; i < text.raw.size(); i++) {
                String token = text.raw.get(i);
                if (exact[i]) {
                    continue;
                }
                for (String keyword : fuzzyByInitial.getOrDefault(token.charAt(0), List.of())) {
                    int allowed = ReferenceEditDistance.allowedTypos(keyword.length());
                    if (!found.contains(keyword) && ReferenceEditDistance.distance(token, keyword, allowed) <= allowed) {
                        found.add(keyword);
                        total += category.keywords().get(keyword) * TYPO_FACTOR;
                        matched.add(keyword + "~" + token);
                    }
                }
            }
            return new Score(total, matched);
        }
    }

    /** The phrase's words in order, each next one directly after the previous or with one word between. */
    private static boolean phraseMatches(String[] phrase, List<Set<String>> words) {
        for (int start = 0; start < words.size(); start++) {
            if (words.get(start).contains(phrase[0]) && rest(phrase, 1, start, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rest(String[] phrase, int next, int at, List<Set<String>> words) {
        if (next == phrase.length) {
            return true;
        }
        for (int gap = 1; gap <= 2 && at + gap < words.size(); gap++) {
            if (words.get(at + gap).contains(phrase[next]) && rest(phrase, next + 1, at + gap, words)) {
                return true;
            }
        }
        return false;
    }

    /** The word and its stems after common affixes: "kebanjiran" gives banjiran, kebanjir, banjir... */
    static Set<String> variants(String token) {
        Set<String> out = new LinkedHashSet<>();
        String base = token;
        int dash = token.indexOf('-');
        if (dash > 0) {
            out.add(token);
            base = token.substring(0, dash); // "jalan-jalan" is "jalan"
        }
        out.add(base);
        List<String> stems = new ArrayList<>();
        stems.add(base);
        for (String suffix : SUFFIXES) {
            if (base.endsWith(suffix) && base.length() - suffix.length() >= 3) {
                String s = base.substring(0, base.length() - suffix.length());
                stems.add(s);
                for (String inner : SUFFIXES) { // "-kannya", "-annya"
                    if (s.endsWith(inner) && s.length() - inner.length() >= 3) {
                        stems.add(s.substring(0, s.length() - inner.length()));
                    }
                }
            }
        }
        for (String stem : stems) {
            out.add(stem);
            for (String prefix : PREFIXES) {
                if (stem.startsWith(prefix) && stem.length() - prefix.length() >= 3) {
                    String s = stem.substring(prefix.length());
                    out.add(s);
                    if (s.startsWith("per") && s.length() > 6) {
                        out.add(s.substring(3)); // "diperbaiki" -> perbaik -> baik
                    }
                }
            }
        }
        return out;
    }
}
