package id.wadul.routes.understand;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two complaint texts are, simply enough to explain on a ticket: the share of words they have in common
 * (Jaccard: shared words / all words of either), over the normalised texts' content words, each reduced to a
 * crude stem ("berlubang" and "lubangnya" are "lubang"). Words of two letters or less and common function words
 * ("di", "yang", "mohon", "sudah"...) do not count.
 */
public final class TextSimilarity {

    private static final Set<String> STOP = Set.of("yang", "dan", "atau", "ada", "ini", "itu", "dari", "untuk",
            "dengan", "sudah", "belum", "tidak", "mohon", "tolong", "segera", "sangat", "sekali", "juga", "karena",
            "kami", "saya", "kita", "warga", "pak", "bapak", "ibu", "bu", "terima", "kasih", "agar", "bisa", "akan",
            "masih", "lagi", "banyak", "pada", "oleh", "dalam", "kalau", "tapi", "tetapi", "desa", "kecamatan",
            "dusun", "kelurahan", "rt", "rw", "sejak", "hari", "sini", "sana", "pihak", "terkait", "laporan",
            "lapor", "melaporkan", "aduan", "mengadukan");
    private static final List<String> SUFFIXES = List.of("nya", "kan", "an");
    private static final List<String> PREFIXES = List.of("meng", "meny", "mem", "men", "ber", "ter", "per", "me",
            "di", "ke", "se", "pe");
    private static final int MIN_STEM = 4;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

    private TextSimilarity() {
    }

    /** The stems of a normalised text's content words. */
    public static Set<String> words(String normalisedText) {
        Set<String> words = new HashSet<>();
        for (String token : NOT_WORD.split(normalisedText)) {
            String w = token.contains("-") ? token.substring(0, Math.max(0, token.indexOf('-'))) : token;
            if (w.length() > 2 && !STOP.contains(w)) {
                words.add(stem(w));
            }
        }
        return words;
    }

    /** Shared words over all words of either, 0 to 1; 0 when either has no content word. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** One suffix, then one prefix, each only when at least four letters remain. */
    static String stem(String word) {
        String w = word;
        for (String s : SUFFIXES) {
            if (w.endsWith(s) && w.length() - s.length() >= MIN_STEM) {
                w = w.substring(0, w.length() - s.length());
                break;
            }
        }
        for (String p : PREFIXES) {
            if (w.startsWith(p) && w.length() - p.length() >= MIN_STEM) {
                w = w.substring(p.length());
                break;
            }
        }
        return w;
    }
}
