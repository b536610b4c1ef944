package id.wadul.routes.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    private static final double TYPO_FACTOR = 0.7;
    private static final String[] SUFFIXES = {"nya", "kan", "an", "i", "lah", "ku", "mu"};
    private static final String[] PREFIXES = {"di", "ke", "ter", "ber", "be", "me", "mem", "men", "meng", "meny", "pe",
        "pem", "pen", "peng", "per", "se", "ng", "ny", "ke"};
    /** The prefixes by first letter, each in the order above: a stem is tried only with those it may start with. */
    private static final Map<Character, List<String>> PREFIXES_BY_INITIAL = Arrays.stream(PREFIXES)
            .collect(Collectors.groupingBy(p -> p.charAt(0), Collectors.toList()));

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

    /** A category: code, display name (Bahasa Indonesia), keyword and phrase weights. */
    public record Category(String code, String name, Map<String, Double> keywords, Map<String, Double> phrases) {

        public Category {
            keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords)); // keeps the file's order
            phrases = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
        }
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

    public static Classifier load(Path confDir) {
        Path file = confDir.resolve(FILE);
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
        if (!codes.contains(OTHER)) {
            categories.add(new Category(OTHER, "Lainnya", Map.of(), Map.of()));
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

    private static Set<String> terms(JsonNode node) {
        Set<String> terms = new LinkedHashSet<>();
        node.forEach(n -> terms.add(normaliseTerm(n.asText())));
        return terms;
    }

    private static String normaliseTerm(String term) {
        return term.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
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
        Text text = new Text(normalisedText, lexicon);
        // every rule set at once, in the order each one's terms are summed and listed: phrases, then keywords as
        // written, then keywords with a typo (the order matters: it is the matched list's, and floating point
        // sums depend on it)
        Tally tally = new Tally(ruleSets.size(), lexicon.keywordCount());
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

    /**
     * The normalised text's words as written, and for each word the terms of the {@link Lexicon} among its
     * affix-stripped variants, in the variants' order.
     */
    private static final class Text {

        final List<String> raw = new ArrayList<>();
        final List<int[]> words = new ArrayList<>();

        Text(String normalisedText, Lexicon lexicon) {
            for (String token : normalisedText == null ? new String[0] : TextNormaliser.words(normalisedText)) {
                if (!token.isEmpty()) {
                    raw.add(token);
                    words.add(lexicon.terms(variants(token)));
                }
            }
        }

        boolean has(int word, int term) {
            for (int t : words.get(word)) {
                if (t == term) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What fired in each rule set so far: its total, its terms in order, and which keywords were counted. */
    private static final class Tally {

        private final double[] totals;
        private final List<List<String>> matched;
        private final boolean[] counted;

        Tally(int ruleSets, int keywords) {
            totals = new double[ruleSets];
            matched = new ArrayList<>(Collections.nCopies(ruleSets, null));
            counted = new boolean[keywords];
        }

        void add(int ruleSet, double weight, String term) {
            totals[ruleSet] += weight;
            if (matched.get(ruleSet) == null) {
                matched.set(ruleSet, new ArrayList<>());
            }
            matched.get(ruleSet).add(term);
        }

        /** Counts a keyword once: true the first time. */
        boolean count(Keyword keyword) {
            boolean first = !counted[keyword.slot()];
            counted[keyword.slot()] = true;
            return first;
        }

        double total(int ruleSet) {
            return totals[ruleSet];
        }

        List<String> matched(int ruleSet) {
            return matched.get(ruleSet) == null ? List.of() : matched.get(ruleSet);
        }
    }

    /**
     * A keyword of one rule set.
     *
     * @param slot its place among all rule sets' keywords, rule set by rule set, each in its file order
     */
    private record Keyword(int ruleSet, int slot, String text, double weight) {
    }

    /** A phrase of one rule set, its words as {@link Lexicon} terms. */
    private record Phrase(int ruleSet, String text, int[] words, double weight) {
    }

    /** A keyword text long enough to match with a typo, with the rule sets' keywords written so. */
    private record TypoTolerant(String text, long letters, List<Keyword> keywords) {
    }

    /**
     * The terms of all rule sets indexed by word, so that a text is scored against every rule set in one pass over
     * its words instead of one pass per rule set and a lookup per word and rule set: each keyword and phrase word
     * is a term number; a term leads to the keywords written so and to the phrases starting with it; the
     * typo-tolerant keywords are filed by first letter and length and compared once with each word, whatever their
     * rule sets.
     */
    private static final class Lexicon {

        private final Map<String, Integer> terms = new HashMap<>();
        private final List<List<Keyword>> keywordsByTerm = new ArrayList<>();
        /** The phrases, rule set by rule set, each in its file order. */
        private final List<Phrase> phrases = new ArrayList<>();
        private final List<List<Integer>> phrasesByFirstTerm = new ArrayList<>();
        /** The typo-tolerant keywords by first letter, then by length. */
        private final Map<Character, List<List<TypoTolerant>>> typoTolerantByInitial = new HashMap<>();
        private int keywordCount;

        Lexicon(List<Category> ruleSets) {
            Map<String, TypoTolerant> typoTolerant = new LinkedHashMap<>();
            for (int r = 0; r < ruleSets.size(); r++) {
                Category rules = ruleSets.get(r);
                for (Map.Entry<String, Double> phrase : rules.phrases().entrySet()) {
                    String[] words = phrase.getKey().split(" ");
                    int[] ids = new int[words.length];
                    for (int w = 0; w < words.length; w++) {
                        ids[w] = term(words[w]);
                    }
                    phrasesByFirstTerm.get(ids[0]).add(phrases.size());
                    phrases.add(new Phrase(r, String.join(" ", words), ids, phrase.getValue()));
                }
                for (Map.Entry<String, Double> entry : rules.keywords().entrySet()) {
                    String text = entry.getKey();
                    Keyword keyword = new Keyword(r, keywordCount++, text, entry.getValue());
                    keywordsByTerm.get(term(text)).add(keyword);
                    if (EditDistance.allowedTypos(text.length()) > 0) {
                        typoTolerant.computeIfAbsent(text, t -> new TypoTolerant(t, EditDistance.letters(t),
                                new ArrayList<>())).keywords().add(keyword);
                    }
                }
            }
            for (TypoTolerant t : typoTolerant.values()) {
                List<List<TypoTolerant>> byLength = typoTolerantByInitial.computeIfAbsent(t.text().charAt(0),
                        c -> new ArrayList<>());
                while (byLength.size() <= t.text().length()) {
                    byLength.add(new ArrayList<>());
                }
                byLength.get(t.text().length()).add(t);
            }
        }

        /** The term number of a keyword or phrase word, a new one if it is the first time. */
        private int term(String text) {
            Integer id = terms.get(text);
            if (id == null) {
                id = terms.size();
                terms.put(text, id);
                keywordsByTerm.add(new ArrayList<>());
                phrasesByFirstTerm.add(new ArrayList<>());
            }
            return id;
        }

        int keywordCount() {
            return keywordCount;
        }

        /** The term numbers of these variants of a word, in order, leaving out the words no rule uses. */
        int[] terms(List<String> variants) {
            int[] ids = new int[variants.size()];
            int n = 0;
            for (String variant : variants) {
                Integer id = terms.get(variant);
                if (id != null) {
                    ids[n++] = id;
                }
            }
            return Arrays.copyOf(ids, n);
        }

        /** Each phrase is tried only where its first word is; those found count in the phrases' order. */
        void scorePhrases(Text text, Tally tally) {
            BitSet found = new BitSet(phrases.size());
            for (int start = 0; start < text.words.size(); start++) {
                for (int term : text.words.get(start)) {
                    for (int p : phrasesByFirstTerm.get(term)) {
                        if (!found.get(p) && rest(phrases.get(p).words(), 1, start, text)) {
                            found.set(p);
                        }
                    }
                }
            }
            for (int p = found.nextSetBit(0); p >= 0; p = found.nextSetBit(p + 1)) {
                Phrase phrase = phrases.get(p);
                tally.add(phrase.ruleSet(), phrase.weight(), phrase.text());
            }
        }

        void scoreKeywords(Text text, Tally tally) {
            for (int[] word : text.words) {
                for (int term : word) {
                    for (Keyword keyword : keywordsByTerm.get(term)) {
                        if (tally.count(keyword)) {
                            tally.add(keyword.ruleSet(), keyword.weight(), keyword.text());
                        }
                    }
                }
            }
        }

        /** Typo matches, only on words no keyword of the rule set matched as written. */
        void scoreTypos(Text text, Tally tally) {
            for (int i = 0; i < text.raw.size(); i++) {
                String token = text.raw.get(i);
                List<List<TypoTolerant>> byLength = typoTolerantByInitial.getOrDefault(token.charAt(0), List.of());
                if (byLength.isEmpty()) {
                    continue;
                }
                long letters = EditDistance.letters(token);
                List<Keyword> close = new ArrayList<>();
                // no keyword allows more than two typos, and the typos allowed depend on the length
                int longest = Math.min(token.length() + 2, byLength.size() - 1);
                for (int length = Math.max(0, token.length() - 2); length <= longest; length++) {
                    int allowed = EditDistance.allowedTypos(length);
                    if (Math.abs(length - token.length()) > allowed) {
                        continue;
                    }
                    for (TypoTolerant candidate : byLength.get(length)) {
                        if (EditDistance.lowerBound(letters, candidate.letters()) <= allowed
                                && EditDistance.distance(token, candidate.text(), allowed) <= allowed) {
                            close.addAll(candidate.keywords());
                        }
                    }
                }
                close.sort(Comparator.comparingInt(Keyword::slot)); // each rule set's keywords in its order
                for (Keyword keyword : close) {
                    if (!writtenAs(text, i, keyword.ruleSet()) && tally.count(keyword)) {
                        tally.add(keyword.ruleSet(), keyword.weight() * TYPO_FACTOR, keyword.text() + "~" + token);
                    }
                }
            }
        }

        /** Whether a keyword of the rule set matched word i as written (or with its affixes). */
        private boolean writtenAs(Text text, int word, int ruleSet) {
            for (int term : text.words.get(word)) {
                for (Keyword keyword : keywordsByTerm.get(term)) {
                    if (keyword.ruleSet() == ruleSet) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Whether the phrase's words from {@code next} on follow the word at {@code at}, each directly after the previous
     * or with one word between.
     */
    private static boolean rest(int[] phrase, int next, int at, Text text) {
        if (next == phrase.length) {
            return true;
        }
        for (int gap = 1; gap <= 2 && at + gap < text.words.size(); gap++) {
            if (text.has(at + gap, phrase[next]) && rest(phrase, next + 1, at + gap, text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word and its stems after common affixes, each once, in the order found: "kebanjiran" gives banjiran,
     * kebanjir, banjir... A word has a handful of them: a list with a contains check is cheaper than a set.
     */
    static List<String> variants(String token) {
        List<String> out = new ArrayList<>(8);
        String base = token;
        int dash = token.indexOf('-');
        if (dash > 0) {
            out.add(token);
            base = token.substring(0, dash); // "jalan-jalan" is "jalan"
        }
        addNew(out, base);
        List<String> stems = new ArrayList<>(4);
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
            addNew(out, stem);
            for (String prefix : PREFIXES_BY_INITIAL.getOrDefault(stem.charAt(0), List.of())) {
                if (stem.startsWith(prefix) && stem.length() - prefix.length() >= 3) {
                    String s = stem.substring(prefix.length());
                    addNew(out, s);
                    if (s.startsWith("per") && s.length() > 6) {
                        addNew(out, s.substring(3)); // "diperbaiki" -> perbaik -> baik
                    }
                }
            }
        }
        return out;
    }

    private static void addNew(List<String> out, String variant) {
        if (!out.contains(variant)) {
            out.add(variant);
        }
    }
}
