package id.wadul.routes.desk;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Autocomplete over the regency's kecamatan and villages, forgiving of what an operator types in a hurry:
 * case, spaces and punctuation, "kec."/"ds."/"desa"/"kel." prefixes, prefixes of any word, substrings,
 * and one or two typos (transposed, missing, extra or wrong letters).
 */
public final class PlaceSearch {

    /** A kecamatan or village: its official code and name. */
    public record Entry(String code, String name) {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "^(kecamatan|kec|kel|kelurahan|desa|ds|dusun|dsn)\\.?\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Entry> kecamatan;
    private final Map<String, List<Entry>> villagesByKecamatan;
    private final Map<String, Entry> kecamatanByCode = new LinkedHashMap<>();
    private final Map<String, Entry> villageByCode = new LinkedHashMap<>();

    public PlaceSearch(List<Entry> kecamatan, Map<String, List<Entry>> villagesByKecamatan) {
        this.kecamatan = List.copyOf(kecamatan);
        this.villagesByKecamatan = Map.copyOf(villagesByKecamatan);
        kecamatan.forEach(e -> kecamatanByCode.put(e.code(), e));
        villagesByKecamatan.values().forEach(list -> list.forEach(e -> villageByCode.put(e.code(), e)));
    }

    public List<Entry> kecamatan(String query, int limit) {
        return search(kecamatan, query, limit);
    }

    public List<Entry> villages(String kecamatanCode, String query, int limit) {
        return search(villagesByKecamatan.getOrDefault(kecamatanCode, List.of()), query, limit);
    }

    public Optional<Entry> kecamatanByCode(String code) {
        return Optional.ofNullable(code == null ? null : kecamatanByCode.get(code));
    }

    /** The village with this code if it lies in the given kecamatan. */
    public Optional<Entry> villageIn(String kecamatanCode, String villageCode) {
        if (villageCode == null || kecamatanCode == null) {
            return Optional.empty();
        }
        return villagesByKecamatan.getOrDefault(kecamatanCode, List.of()).stream()
                .filter(e -> e.code().equals(villageCode)).findFirst();
    }

    public Optional<Entry> villageByCode(String code) {
        return Optional.ofNullable(code == null ? null : villageByCode.get(code));
    }

    private static List<Entry> search(List<Entry> entries, String query, int limit) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return entries.stream().sorted(Comparator.comparing(Entry::name)).limit(limit).toList();
        }
        record Scored(Entry entry, int score) {
        }
        List<Scored> hits = new ArrayList<>();
        for (Entry e : entries) {
            int score = score(q, normalise(e.name()));
            if (score >= 0) {
                hits.add(new Scored(e, score));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(s -> s.entry().name()))
                .limit(limit).map(Scored::entry).toList();
    }

    /** Lower is better; -1 when not a match. */
    static int score(String q, String name) {
        if (name.equals(q)) {
            return 0;
        }
        if (name.startsWith(q)) {
            return 1;
        }
        String compactQ = q.replace(" ", "");
        String compactName = name.replace(" ", "");
        if (compactName.startsWith(compactQ)) {
            return 1;
        }
        for (String word : name.split(" ")) {
            if (word.startsWith(q)) {
                return 2;
            }
        }
        if (compactName.contains(compactQ)) {
            return 3;
        }
        if (compactQ.length() < 3) {
            return -1;
        }
        int allowed = compactQ.length() >= 6 ? 2 : 1;
        int best = Integer.MAX_VALUE;
        // against the name's prefix of about the query's length (the operator is still typing) and the whole name
        for (int len = Math.max(1, compactQ.length() - 1); len <= Math.min(compactName.length(),
                compactQ.length() + 1); len++) {
            best = Math.min(best, distance(compactQ, compactName.substring(0, len)));
        }
        best = Math.min(best, distance(compactQ, compactName));
        return best <= allowed ? 4 + best : -1;
    }

    /** Lower case ASCII letters, digits and single spaces, without place-type prefixes. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        s = NOT_LETTER.matcher(s.replace('.', ' ')).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        String before;
        do {
            before = s;
            s = PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
