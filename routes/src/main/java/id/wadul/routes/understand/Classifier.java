package id.wadul.routes.understand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule-based category classifier configured by {@code conf/categories.yaml} (format in conf/README.md).
 *
 * <p>Each category scores the sum of the weights of its keywords and phrases found in the normalised
 * text, each counted once. A keyword matches a word directly or after common Indonesian affixes are
 * stripped ("kebanjiran", "jalannya", "dimaling"); keywords of six letters or more also match with a typo
 * (one, two from nine letters; same first letter) at 70% of their weight. A phrase matches its words in
 * order, with at most one other word between two of them ("jalan sangat rusak"). The best category wins;
 * it is confident when its score reaches {@code thresholds.minScore}, leads the runner-up by at least
 * {@code thresholds.minMargin} and is at least {@code thresholds.minRatio} times the runner-up's. Urgency comes
 * from the separate {@code urgent} terms, whatever the category, unless an {@code urgent.unless} phrase
 * fires ("sudah surut", "rawan kecelakaan").
 */
public final class Classifier {

    public static final String FILE = "categories.yaml";
    public static final String OTHER = "lainnya";

    private final List<Category> categories;
    /** The first category of each code. */
    private final Map<String, Category> categoryByCode = new HashMap<>();
    /** The categories' rules, then the urgent terms, then the phrases that cancel urgency: see {@link Lexicon}. */
    private final List<Category> ruleSets;
    private final int urgent;
    private final int notUrgent;
    private final Lexicon lexicon;
    private final double minScore;
    private final double minMargin;
    private final double minRatio;

    /**
     * A category: code, display name (Bahasa Indonesia), keyword and phrase weights, and the codes of the
     * emergency units an urgent complaint of it goes to at once, whatever else it is routed to.
     */
    public record Category(String code, String name, Map<String, Double> keywords, Map<String, Double> phrases,
            List<String> emergency) {

        public Category {
            keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords)); // keeps the file's order
            phrases = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
            emergency = List.copyOf(emergency);
        }

        /** A category without emergency units. */
        public Category(String code, String name, Map<String, Double> keywords, Map<String, Double> phrases) {
            this(code, name, keywords, phrases, List.of());
        }
    }

    /** The emergency units' codes of a category (none for an unknown code). */
    public List<String> emergencyUnits(String code) {
        return category(code).map(Category::emergency).orElse(List.of());
    }

    /**
     * @param notUrgent phrases that cancel urgency ("sudah surut", "rawan kecelakaan")
     * @param minScore  the least score of a confident decision
     * @param minMargin the least lead over the runner-up
     * @param minRatio  the least ratio of the best score to the runner-up's
     */
    public Classifier(List<Category> categories, Set<String> urgentKeywords, Set<String> urgentPhrases,
            Set<String> notUrgent, double minScore, double minMargin, double minRatio) {
        this.categories = List.copyOf(categories);
        this.categories.forEach(c -> categoryByCode.putIfAbsent(c.code(), c));
        Map<String, Double> uk = new LinkedHashMap<>();
        urgentKeywords.forEach(k -> uk.put(k, 1.0));
        Map<String, Double> up = new LinkedHashMap<>();
        urgentPhrases.forEach(p -> up.put(p, 1.0));
        Map<String, Double> unless = new LinkedHashMap<>();
        notUrgent.forEach(p -> unless.put(p, 1.0));
        List<Category> ruleSets = new ArrayList<>(this.categories);
        this.urgent = ruleSets.size();
        ruleSets.add(new Category("urgent", "urgent", uk, up));
        this.notUrgent = ruleSets.size();
        ruleSets.add(new Category("not-urgent", "not urgent", Map.of(), unless));
        this.ruleSets = List.copyOf(ruleSets);
        this.lexicon = new Lexicon(this.ruleSets);
        this.minScore = minScore;
        this.minMargin = minMargin;
        this.minRatio = minRatio;
    }

    /** Reads {@code conf/categories.yaml}. */
    public static Classifier load(Path confDir) {
        return CategoriesFile.load(confDir);
    }

    public List<Category> categories() {
        return categories;
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(categoryByCode.get(code));
    }

    /** The display name of a category code, or the code itself when unknown. */
    public String categoryName(String code) {
        return category(code).map(Category::name).orElse(code);
    }

    public Classification classify(String normalisedText) {
        Lexicon.Text text = new Lexicon.Text(normalisedText, lexicon);
        // every rule set at once, in the order each one's terms are summed and listed: phrases, then keywords as
        // written, then keywords with a typo (the order matters: it is the matched list's, and floating point
        // sums depend on it)
        Lexicon.Tally tally = new Lexicon.Tally(ruleSets.size(), lexicon.keywordCount());
        lexicon.scorePhrases(text, tally);
        lexicon.scoreKeywords(text, tally);
        lexicon.scoreTypos(text, tally);
        int best = -1;
        double bestScore = 0;
        double second = 0;
        for (int c = 0; c < categories.size(); c++) {
            double score = tally.total(c);
            if (score > bestScore) {
                second = bestScore;
                best = c;
                bestScore = score;
            } else if (score > second) {
                second = score;
            }
        }
        List<String> urgentTerms = tally.matched(urgent);
        List<String> unless = tally.matched(notUrgent);
        List<String> matched = new ArrayList<>(best < 0 ? List.of() : tally.matched(best));
        urgentTerms.forEach(term -> matched.add("urgent:" + term));
        unless.forEach(term -> matched.add("not-urgent:" + term));
        boolean isUrgent = !urgentTerms.isEmpty() && unless.isEmpty();
        if (best < 0) {
            return new Classification(OTHER, 0, false, isUrgent, matched);
        }
        boolean confident = bestScore >= minScore && bestScore - second >= minMargin && bestScore >= second * minRatio;
        return new Classification(categories.get(best).code(), round(bestScore), confident, isUrgent, matched);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
