package id.wadul.routes.understand;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text normaliser as first written, kept as the reference that {@link TextNormaliser} must agree with
 * exactly: see {@link ReferenceTest}. Do not optimise.
 */
final class ReferenceTextNormaliser {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Pattern LONG_RUN = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern FINAL_DOUBLE_CONSONANT = Pattern.compile("([b-df-hj-np-tv-z])\\1$");
    private static final Pattern REDUPLICATION = Pattern.compile("^(\\p{L}{2,})2$");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final Map<String, String> shorthand;

    ReferenceTextNormaliser(Map<String, String> shorthand) {
        Map<String, String> copy = new HashMap<>();
        shorthand.forEach((k, v) -> copy.put(k.trim().toLowerCase(Locale.ROOT), v.trim().toLowerCase(Locale.ROOT)));
        this.shorthand = Map.copyOf(copy);
    }

    String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFD);
        text = DIACRITICS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String token : NOT_WORD.split(text)) {
            String[] parts = token.split("-+");
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

    private String clean(String word) {
        String w = LONG_RUN.matcher(word).replaceAll("$1");
        Matcher redup = REDUPLICATION.matcher(w);
        if (redup.matches()) {
            String base = expand(redup.group(1));
            return base.contains(" ") ? base : base + "-" + base;
        }
        String expanded = expand(w);
        if (expanded.equals(w) && w.length() > 3 && !w.chars().allMatch(Character::isDigit)) {
            w = FINAL_DOUBLE_CONSONANT.matcher(w).replaceAll("$1");
            expanded = expand(w);
        }
        return expanded;
    }

    private String expand(String word) {
        return shorthand.getOrDefault(word, word);
    }
}
