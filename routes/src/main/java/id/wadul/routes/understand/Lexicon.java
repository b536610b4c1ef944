package id.wadul.routes.understand;

import id.wadul.routes.understand.Classifier.Category;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of all rule sets indexed by word, so that a text is scored against every rule set in one pass over
 * its words instead of one pass per rule set and a lookup per word and rule set: each keyword and phrase word
 * is a term number; a term leads to the keywords written so and to the phrases starting with it; the
 * typo-tolerant keywords are filed by first letter and length and compared once with each word, whatever their
 * rule sets.
 */
final class Lexicon {

    /** A keyword matched with a typo counts this share of its weight. */
    private static final double TYPO_FACTOR = 0.7;

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
     * The normalised text's words as written, and for each word the terms of the {@link Lexicon} among its
     * affix-stripped variants, in the variants' order.
     */
    static final class Text {

        final List<String> raw = new ArrayList<>();
        final List<int[]> words = new ArrayList<>();

        Text(String normalisedText, Lexicon lexicon) {
            for (String token : normalisedText == null ? new String[0] : TextNormaliser.words(normalisedText)) {
                if (!token.isEmpty()) {
                    raw.add(token);
                    words.add(lexicon.terms(Affixes.variants(token)));
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
    static final class Tally {

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
}
