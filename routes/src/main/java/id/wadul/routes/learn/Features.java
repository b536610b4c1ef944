package id.wadul.routes.learn;

import id.wadul.routes.understand.Classification;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * The features of one complaint for the learned model, from its text after {@code TextNormaliser} (lower case,
 * shorthand expanded) and the rules' classification. They fit long web complaints and short SMS alike:
 * <ul>
 *   <li>{@code w:} each word that is not an Indonesian stop word (Lucene's list);</li>
 *   <li>{@code s:} its stem by Lucene's {@link IndonesianStemmer} ("perbaikan" and "diperbaiki" share one), when it
 *       differs from the word;</li>
 *   <li>{@code b:} each pair of neighbouring words, stop words left out ("jalan rusak", "lampu mati");</li>
 *   <li>{@code c:} character 3-grams of each word with its boundaries ("^ja", "jal", "an$"): a typo
 *       ("jlan", "rusaak") keeps most of them;</li>
 *   <li>{@code r:} and {@code rc:} the rules' best category and, when the rules were confident, that category
 *       again: the model learns how far to trust the rules in each category.</li>
 * </ul>
 * Features are strings; {@link Vocabulary} numbers them. A feature may occur more than once (term frequency).
 */
public final class Features {

    private static final CharArraySet STOP = IndonesianAnalyzer.getDefaultStopSet();

    private Features() {
    }

    public static List<String> of(String normalisedText, Classification rules) {
        List<String> out = new ArrayList<>(64);
        String previous = null;
        IndonesianStemmer stemmer = new IndonesianStemmer();
        for (String word : normalisedText.strip().split("\\s+")) {
            if (word.isEmpty() || STOP.contains(word)) {
                continue;
            }
            out.add("w:" + word);
            String stem = stem(stemmer, word);
            if (!stem.equals(word)) {
                out.add("s:" + stem);
            }
            if (previous != null) {
                out.add("b:" + previous + " " + word);
            }
            previous = word;
            ngrams(word, out);
        }
        if (rules != null && rules.score() > 0) {
            out.add("r:" + rules.category());
            if (rules.confident()) {
                out.add("rc:" + rules.category());
            }
        }
        return out;
    }

    /** Lucene's Indonesian stem of the word (particles, possessives, prefixes and suffixes removed). */
    static String stem(IndonesianStemmer stemmer, String word) {
        char[] chars = word.toCharArray();
        int length = stemmer.stem(chars, chars.length, true);
        return new String(chars, 0, length);
    }

    private static void ngrams(String word, List<String> out) {
        if (word.length() < 3 || word.chars().anyMatch(Character::isDigit)) {
            return;
        }
        String w = "^" + word + "$";
        for (int i = 0; i + 3 <= w.length(); i++) {
            out.add("c:" + w.substring(i, i + 3));
        }
    }
}
