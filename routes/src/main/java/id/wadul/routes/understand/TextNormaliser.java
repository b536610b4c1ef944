package id.wadul.routes.understand;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an SMS as people type it into plain lower-case words: punctuation becomes spaces (the words
 * stay), spaces collapse, runs of three or more identical letters shrink to one ("parahhh" becomes
 * "parah"), a doubled final consonant shrinks too ("tolongg"), "2"-reduplication is written out
 * ("jalan2" becomes "jalan-jalan") and SMS shorthand is expanded from {@code conf/shorthand.properties}
 * ("yg" becomes "yang", "kec" becomes "kecamatan").
 */
public final class TextNormaliser {

    public static final String FILE = "shorthand.properties";

    private static final Pattern LONG_RUN = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern FINAL_DOUBLE_CONSONANT = Pattern.compile("([b-df-hj-np-tv-z])\\1$");
    private static final Pattern REDUPLICATION = Pattern.compile("^(\\p{L}{2,})2$");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("-+");

    private final Map<String, String> shorthand;

    public TextNormaliser(Map<String, String> shorthand) {
        Map<String, String> copy = new HashMap<>();
        shorthand.forEach((k, v) -> copy.put(k.trim().toLowerCase(Locale.ROOT), v.trim().toLowerCase(Locale.ROOT)));
        this.shorthand = Map.copyOf(copy);
    }

    /** Reads {@code shorthand.properties} from the conf folder. */
    public static TextNormaliser load(Path confDir) {
        Path file = confDir.resolve(FILE);
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return new TextNormaliser(map);
    }

    public String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw;
        if (!isAscii(raw)) { // plain ASCII, most SMS, has nothing to decompose and no marks to remove
            text = DIACRITICS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
        }
        text = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String token : tokens(text)) {
            String[] parts = token.indexOf('-') < 0 ? new String[] {token} : DASHES.split(token);
            if (parts.length == 2 && !parts[0].isEmpty() && parts[0].equals(parts[1])) {
                words.add(clean(parts[0]) + "-" + clean(parts[1])); // "jalan-jalan" stays one word
                continue;
            }
            for (String part : parts) {
                if (!part.isEmpty()) {
                    words.add(clean(part));
                }
            }
        }
        return String.join(" ", words);
    }

    /**
     * One word's runs, reduplication, final double consonant and shorthand. Most words have none of the first
     * three: a look at the letters decides whether the (slower) patterns need to run at all.
     */
    private String clean(String word) {
        String w = mayHaveLongRun(word) ? LONG_RUN.matcher(word).replaceAll("$1") : word;
        if (w.endsWith("2")) {
            Matcher redup = REDUPLICATION.matcher(w);
            if (redup.matches()) {
                String base = expand(redup.group(1));
                return base.contains(" ") ? base : base + "-" + base;
            }
        }
        String expanded = expand(w);
        if (expanded.equals(w) && w.length() > 3 && !allDigits(w)
                && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)) { // else no double final consonant
            w = FINAL_DOUBLE_CONSONANT.matcher(w).replaceAll("$1");
            expanded = expand(w);
        }
        return expanded;
    }

    /**
     * The runs of letters, digits and dashes ({@code \p{L}}, {@code \p{N}}, '-') by code point: what splitting on
     * {@code [^\p{L}\p{N}-]+} gives, less its empty strings, without a regular expression over the whole text.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            boolean inWord = c == '-' || Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** {@code \p{N}}: a decimal digit, a letter number (Roman numerals) or another number ("½", "²"). */
    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The words of a normalised text, as {@code text.strip().split("\\s+")} gives them (a blank text gives one empty
     * word), without a regular expression: the classifier and the location matcher both start with this.
     */
    static String[] words(String text) {
        String stripped = text.strip();
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < stripped.length(); i++) {
            if (isSpace(stripped.charAt(i))) {
                if (start < i) {
                    words.add(stripped.substring(start, i));
                }
                start = i + 1;
            }
        }
        words.add(stripped.substring(start)); // strip() leaves no space at the end: the last word, or "" for blank
        return words.toArray(new String[0]);
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Three equal chars in a row, or any surrogate: a letter outside the BMP repeated is two chars repeated,
     * so for those the pattern decides.
     */
    private static boolean mayHaveLongRun(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isSurrogate(c) || i >= 2 && c == word.charAt(i - 1) && c == word.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String expand(String word) {
        return shorthand.getOrDefault(word, word);
    }
}
