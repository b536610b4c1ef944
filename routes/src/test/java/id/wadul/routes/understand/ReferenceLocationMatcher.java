package id.wadul.routes.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The location matcher as first written (every run of words against every name), kept as the reference that
 * the indexed {@link LocationMatcher} must agree with exactly: see {@link ReferenceTest}. Do not optimise.
 */
final class ReferenceLocationMatcher {

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

    private final Region region;
    private final Map<Character, List<Name>> namesByInitial = new HashMap<>();

    ReferenceLocationMatcher(Region region) {
        this.region = region;
        for (Kecamatan k : region.kecamatan()) {
            add(new Name(Region.compact(k.name()), k, null));
        }
        for (Village v : region.villages()) {
            add(new Name(Region.compact(v.name()), region.kecamatan(v.kecamatanCode()).orElseThrow(), v));
        }
    }

    private void add(Name name) {
        if (!name.compact().isEmpty()) {
            namesByInitial.computeIfAbsent(name.compact().charAt(0), c -> new ArrayList<>()).add(name);
        }
    }

    Optional<Place> find(String normalisedText) {
        String[] tokens = normalisedText == null ? new String[0] : normalisedText.strip().split("\\s+");
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
        List<Hit> hits = new ArrayList<>();
        for (int start = 0; start < tokens.length; start++) {
            String before = start > 0 ? tokens[start - 1] : "";
            if (REGENCY_PREFIX.contains(before)) {
                continue;
            }
            boolean kecPrefix = KECAMATAN_PREFIX.contains(before);
            boolean vilPrefix = VILLAGE_PREFIX.contains(before);
            StringBuilder compact = new StringBuilder();
            for (int end = start + 1; end <= Math.min(tokens.length, start + 3); end++) {
                String token = tokens[end - 1];
                if (STOP.contains(token)) {
                    break;
                }
                compact.append(Region.compact(token));
                String text = compact.toString();
                if (text.length() < 4) {
                    continue;
                }
                for (Name name : namesByInitial.getOrDefault(text.charAt(0), List.of())) {
                    if (Math.abs(name.compact().length() - text.length()) > 2) {
                        continue; // more than the typos any name allows
                    }
                    boolean isVillage = name.village() != null;
                    boolean prefixed = isVillage ? vilPrefix : kecPrefix;
                    boolean otherPrefix = isVillage ? kecPrefix : vilPrefix;
                    if (!prefixed && (COMMON.contains(text) || COMMON.contains(name.compact()))) {
                        continue;
                    }
                    int allowed = ReferenceEditDistance.allowedTypos(name.compact().length());
                    int distance = ReferenceEditDistance.distance(text, name.compact(), allowed);
                    if (distance > allowed) {
                        continue;
                    }
                    double score = 1.0 - 0.15 * distance + (prefixed ? 0.5 : 0) - (otherPrefix ? 0.3 : 0);
                    if (!isVillage && !prefixed && name.compact().equals(Region.compact(regencyShortName()))) {
                        score *= 0.5;
                    }
                    hits.add(new Hit(start, end, name, score, prefixed));
                }
            }
        }
        return hits;
    }

    private String regencyShortName() {
        return region.name().replaceFirst("(?i)^(kabupaten|kota)\\s+", "");
    }

    private record Name(String compact, Kecamatan kecamatan, Village village) {
    }

    private record Hit(int start, int end, Name name, double score, boolean prefixed) {

        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }
}
