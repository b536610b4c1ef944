package id.wadul.routes.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Common Indonesian affixes, stripped so that a keyword matches its inflected forms: "kebanjiran", "jalannya",
 * "dimaling", "diperbaiki".
 */
final class Affixes {

    private static final String[] SUFFIXES = {"nya", "kan", "an", "i", "lah", "ku", "mu"};
    private static final String[] PREFIXES = {"di", "ke", "ter", "ber", "be", "me", "mem", "men", "meng", "meny", "pe",
        "pem", "pen", "peng", "per", "se", "ng", "ny", "ke"};
    /** The prefixes by first letter, each in the order above: a stem is tried only with those it may start with. */
    private static final Map<Character, List<String>> PREFIXES_BY_INITIAL = Arrays.stream(PREFIXES)
            .collect(Collectors.groupingBy(p -> p.charAt(0), Collectors.toList()));

    private Affixes() {
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
