package id.wadul.routes.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the kecamatan and village named in a normalised complaint.
 *
 * <p>Every run of one to three words is compared, without spaces, to every kecamatan and village name
 * ("sumber rejo" is Sumberrejo). Typos are tolerated for names of six letters or more (one up to eight
 * letters, two from nine), never in the first letter. A "kecamatan"/"kec" or "desa"/"ds"/"dusun"/
 * "kelurahan"/"kel" before the name raises its score; names that are also ordinary words ("Sudah",
 * "Bareng", "Padang", "Sekaran") are only taken after such a prefix. A name shared by a kecamatan and
 * one of its villages means the kecamatan unless "desa" precedes it. A village name found in several
 * kecamatan is resolved by the kecamatan mentioned; when none is, the village named like its kecamatan is
 * taken (the kecamatan's seat, "ds sugihwaras"), or none. Where two readings of the same words overlap, the
 * better-scoring one wins (an exact village beats a kecamatan with typos), except that a village of the
 * kecamatan named wins over a better match in another kecamatan. The kecamatan named like
 * the regency (Bojonegoro) counts only when no other kecamatan is named or it has the prefix.
 *
 * <p>Place names the office taught ({@link LearnedPlaces}: "pasar kota", "jembatan kali ketek") are found too, as
 * the desa they were taught for, when the text has them word for word (spaces aside). Such a name scores
 * {@value #LEARNED_SCORE}: more than an official name without a prefix that it overlaps ("pasar padangan" taught
 * for a desa of Padangan), less than an official name after its prefix ("ds ngeper"), and a kecamatan named in the
 * text still keeps only its own villages. {@link #useLearned} swaps the taught names while complaints are being
 * matched; each {@link #find} uses one set of them.
 */
public final class LocationMatcher {

    private static final Set<String> KECAMATAN_PREFIX = Set.of("kecamatan", "kec", "kcm", "kc");
    private static final Set<String> VILLAGE_PREFIX = Set.of("desa", "ds", "deso", "dusun", "dsn", "kelurahan", "kel", "dukuh");
    private static final Set<String> REGENCY_PREFIX = Set.of("kabupaten", "kab", "pemkab", "polres", "regency");
    /** Words that never start or sit inside a place name. */
    private static final Set<String> STOP = Set.of("di", "ke", "dari", "dan", "yang", "rt", "rw", "no", "jalan",
            "kecamatan", "kec", "kcm", "kc", "desa", "ds", "deso", "dusun", "dsn", "kelurahan", "kel", "dukuh", "kabupaten",
            "kab", "pemkab", "kota", "depan", "dekat", "sebelah", "arah", "menuju", "antara", "sampai", "tidak");
    /** Ordinary words that are also place names here: taken only after a prefix. */
    private static final Set<String> COMMON = Set.of("sudah", "padang", "bareng", "panjang", "jari", "temu", "gajah",
            "pacul", "petak", "pojok", "deru", "turi", "bulu", "kunci", "sumbang", "pelem", "wedi", "kolong", "geger",
            "pesen", "kalangan", "karangan", "tanggungan", "kemiri", "pandan", "sengon", "pancur", "babad", "tengah",
            "sumber", "kali", "pasar", "baru", "mojo", "soko", "sedeng", "bendo", "talun", "beji", "tanjung", "kauman",
            "sekaran", "sekarang", "kandangan", "banjaran", "kacangan", "tikusan", "ledok", "katur", "pilang", "gading",
            "bakung", "bungur", "kenep", "setren", "teleng", "prigi", "malingmati", "donan", "jono", "mori", "bogo",
            "tengger", "pesan", "pasinan", "kedaton", "kadipaten", "kepatihan", "panjunan", "lengkong", "klampok",
            "besah", "trate", "wotan", "napis", "sudu", "leran", "tebon", "semanding", "mlaten", "pengkol", "kuncen");

    /**
     * The names by first letter, then by length: a run of words is compared only with the names that could match
     * it within their typos, and the names' order (kecamatan, then villages, by code) still breaks ties.
     */
    private final Map<Character, List<List<Name>>> namesByInitial = new HashMap<>();

    /** A taught name's score: above an exact official name (1.0), below one after its prefix (1.5). */
    static final double LEARNED_SCORE = 1.2;

    private final Region region;
    /** The taught names in force, replaced whole by {@link #useLearned}. */
    private volatile Learned learned = new Learned(LearnedPlaces.NONE, Map.of());

    public LocationMatcher(Region region) {
        this.region = region;
        String regency = Region.compact(region.name().replaceFirst("(?i)^(kabupaten|kota)\\s+", ""));
        List<Name> names = new ArrayList<>();
        for (Kecamatan k : region.kecamatan()) {
            names.add(name(names.size(), Region.compact(k.name()), k, null, regency));
        }
        for (Village v : region.villages()) {
            names.add(name(names.size(), Region.compact(v.name()), region.kecamatan(v.kecamatanCode()).orElseThrow(), v,
                    regency));
        }
        for (Name name : names) {
            if (!name.compact().isEmpty()) {
                List<List<Name>> byLength = namesByInitial.computeIfAbsent(name.compact().charAt(0),
                        c -> new ArrayList<>());
                while (byLength.size() <= name.compact().length()) {
                    byLength.add(new ArrayList<>());
                }
                byLength.get(name.compact().length()).add(name);
            }
        }
    }

    private static Name name(int order, String compact, Kecamatan kecamatan, Village village, String regency) {
        return new Name(order, compact, kecamatan, village, COMMON.contains(compact), compact.equals(regency),
                EditDistance.letters(compact));
    }

    /**
     * From now on finds the taught names of {@code places} (instead of those before): how a name the office taught
     * applies to the next complaint without a restart.
     */
    public void useLearned(LearnedPlaces places) {
        Map<String, Name> byDesa = new HashMap<>();
        int order = Integer.MAX_VALUE / 2; // after every official name: ties go to those
        for (Village v : region.villages()) {
            byDesa.put(v.code(), new Name(order++, "", region.kecamatan(v.kecamatanCode()).orElseThrow(), v, false,
                    false, 0));
        }
        this.learned = new Learned(places, Map.copyOf(byDesa));
    }

    /** The regency whose names this matcher finds. */
    public Region region() {
        return region;
    }

    /** The taught names in force. */
    public LearnedPlaces learned() {
        return learned.places();
    }

    /** Whether a word (lower case, no spaces) is one that never names a place alone here. */
    static boolean ordinaryWord(String compact) {
        return STOP.contains(compact) || COMMON.contains(compact);
    }

    public Optional<Place> find(String normalisedText) {
        String[] tokens = normalisedText == null ? new String[0] : TextNormaliser.words(normalisedText);
        List<Hit> all = hits(tokens);
        // where readings overlap ("ds sumberjo": village Sumberjo exactly, kecamatan Sumberrejo with typos),
        // only the best-scoring ones stay
        List<Hit> hits = all.stream().filter(h -> all.stream().noneMatch(o -> o.overlaps(h) && o.score() > h.score() + 1e-9))
                .toList();
        Comparator<Hit> best = Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::start);
        Optional<Hit> kecamatan = hits.stream().filter(h -> h.name().village() == null).sorted(best).findFirst();
        List<Hit> villages = hits.stream().filter(h -> h.name().village() != null).sorted(best).toList();
        if (kecamatan.isPresent()) {
            Hit k = kecamatan.get();
            // a village of that kecamatan, even one that lost its overlap to a better reading elsewhere
            // ("ds banaran kec baureno": Banjaran of Baureno with a typo, not Banaran of Malo)
            Optional<Hit> village = all.stream().filter(h -> h.name().village() != null).sorted(best)
                    .filter(v -> v.name().kecamatan().equals(k.name().kecamatan()))
                    .filter(v -> v.prefixed() || v.start() != k.start() || v.end() != k.end())
                    .findFirst();
            return Optional.of(place(k.name().kecamatan(), village.orElse(null), k.score()));
        }
        if (villages.isEmpty()) {
            return Optional.empty();
        }
        double topScore = villages.get(0).score();
        List<Hit> top = villages.stream().filter(v -> v.score() >= topScore - 1e-9).toList();
        if (top.stream().map(v -> v.name().kecamatan().code()).distinct().count() > 1) {
            // the same name in several kecamatan: the one named like its kecamatan ("ds sugihwaras") or none
            Optional<Hit> eponymous = top.stream().filter(v -> Region.compact(v.name().kecamatan().name())
                    .equals(v.name().compact())).findFirst();
            return eponymous.map(v -> place(v.name().kecamatan(), v, 0)); // e.g. "ds sumberagung": empty
        }
        return Optional.of(place(villages.get(0).name().kecamatan(), villages.get(0), 0));
    }

    private static Place place(Kecamatan kecamatan, Hit village, double kecamatanScore) {
        double score = kecamatanScore + (village == null ? 0 : village.score());
        return village == null
                ? new Place(kecamatan.code(), kecamatan.name(), null, null, score)
                : new Place(kecamatan.code(), kecamatan.name(), village.name().village().code(),
                        village.name().village().name(), score);
    }

    private List<Hit> hits(String[] tokens) {
        String[] compact = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            compact[i] = Region.compact(tokens[i]);
        }
        List<Hit> hits = new ArrayList<>();
        learnedHits(compact, hits);
        for (int start = 0; start < tokens.length; start++) {
            String before = start > 0 ? tokens[start - 1] : "";
            if (REGENCY_PREFIX.contains(before)) {
                continue;
            }
            boolean kecPrefix = KECAMATAN_PREFIX.contains(before);
            boolean vilPrefix = VILLAGE_PREFIX.contains(before);
            String text = "";
            for (int end = start + 1; end <= Math.min(tokens.length, start + 3); end++) {
                if (STOP.contains(tokens[end - 1])) {
                    break;
                }
                text += compact[end - 1];
                if (text.length() < 4) {
                    continue;
                }
                List<List<Name>> byLength = namesByInitial.getOrDefault(text.charAt(0), List.of());
                long letters = EditDistance.letters(text);
                int first = hits.size();
                // no name allows more than two typos, so only names up to two letters shorter or longer can match
                int longest = Math.min(text.length() + 2, byLength.size() - 1);
                for (int length = Math.max(0, text.length() - 2); length <= longest; length++) {
                    int allowed = EditDistance.allowedTypos(length);
                    if (Math.abs(length - text.length()) > allowed) {
                        continue; // the typos allowed depend on the length: the whole bucket is out of reach
                    }
                    for (Name name : byLength.get(length)) {
                        if (EditDistance.lowerBound(letters, name.letters()) > allowed) {
                            continue;
                        }
                        int distance = EditDistance.distance(text, name.compact(), allowed);
                        if (distance > allowed) {
                            continue;
                        }
                        boolean isVillage = name.village() != null;
                        boolean prefixed = isVillage ? vilPrefix : kecPrefix;
                        boolean otherPrefix = isVillage ? kecPrefix : vilPrefix;
                        if (!prefixed && (name.common() || COMMON.contains(text))) {
                            continue;
                        }
                        double score = 1.0 - 0.15 * distance + (prefixed ? 0.5 : 0) - (otherPrefix ? 0.3 : 0);
                        if (!isVillage && !prefixed && name.regency()) {
                            score *= 0.5;
                        }
                        hits.add(new Hit(start, end, name, score, prefixed));
                    }
                }
                // visiting by length mixed up the names' order; restore it, find breaks ties between equal scores by it
                hits.subList(first, hits.size()).sort(Comparator.comparingInt(h -> h.name().order()));
            }
        }
        return hits;
    }

    /** The taught names in the text, word for word (spaces aside), each as a hit on the desa it was taught for. */
    private void learnedHits(String[] compact, List<Hit> hits) {
        Learned taught = this.learned;
        int maxWords = taught.places().maxWords();
        for (int start = 0; start < compact.length && maxWords > 0; start++) {
            StringBuilder text = new StringBuilder();
            for (int end = start + 1; end <= Math.min(compact.length, start + maxWords); end++) {
                text.append(compact[end - 1]);
                Village desa = taught.places().desa(text.toString());
                if (desa != null) {
                    hits.add(new Hit(start, end, taught.byDesa().get(desa.code()), LEARNED_SCORE, false));
                }
            }
        }
    }

    /** The taught names and, for each desa of the regency, the {@link Name} a taught name's hit carries. */
    private record Learned(LearnedPlaces places, Map<String, Name> byDesa) {
    }

    /**
     * A kecamatan or village name, lower case without spaces, with what the matching needs of it worked out once.
     *
     * @param order    its place among all names (kecamatan, then villages, each by code)
     * @param common   it is also an ordinary word ({@link #COMMON})
     * @param regency  it is the regency's own name (Bojonegoro)
     * @param letters  {@link EditDistance#letters} of the name
     */
    private record Name(int order, String compact, Kecamatan kecamatan, Village village, boolean common,
            boolean regency, long letters) {
    }

    private record Hit(int start, int end, Name name, double score, boolean prefixed) {

        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }
}
