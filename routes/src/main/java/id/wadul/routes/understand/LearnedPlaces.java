package id.wadul.routes.understand;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The place names the office taught ("pasar kota", "jembatan kali ketek"), each for one desa, as the
 * {@link LocationMatcher} uses them: by the name's letters without spaces, after the same normalisation as a
 * complaint's text. Immutable; the matcher is handed a new one when the names change.
 *
 * <p>The conflict rules, so that a learned name never takes an official one's place:
 * <ul>
 *   <li>a name taught for two or more desa is {@link Status#AMBIGUOUS}: not used until all but one are removed;</li>
 *   <li>a name that is an official kecamatan or village name (idn-area), or the regency's, is
 *       {@link Status#OFFICIAL}: not used (the official name already says where it is);</li>
 *   <li>a one-word name shorter than five letters or that is also an ordinary word ("pasar", "kali") is
 *       {@link Status#TOO_GENERAL}: not used;</li>
 *   <li>a name for a desa not in the regency is {@link Status#UNKNOWN_DESA}: not used.</li>
 * </ul>
 */
public final class LearnedPlaces {

    /** Longest name, in words, that is looked for. */
    public static final int MAX_WORDS = 6;

    /** None taught. */
    public static final LearnedPlaces NONE = new LearnedPlaces(Map.of(), Map.of(), 0);

    /** What a taught name is to the matcher. */
    public enum Status {
        ACTIVE, AMBIGUOUS, OFFICIAL, TOO_GENERAL, UNKNOWN_DESA
    }

    /** A taught name (normalised words) for the desa with this code. */
    public record Entry(String name, String desaCode) {
    }

    private final Map<String, Village> active;
    private final Map<String, Status> statusByCompact;
    private final int maxWords;

    private LearnedPlaces(Map<String, Village> active, Map<String, Status> statusByCompact, int maxWords) {
        this.active = active;
        this.statusByCompact = statusByCompact;
        this.maxWords = maxWords;
    }

    /** The names for the regency, each with its status. */
    public static LearnedPlaces of(Collection<Entry> entries, Region region) {
        Set<String> official = officialNames(region);
        Map<String, Set<String>> desaByName = new LinkedHashMap<>();
        Map<String, Status> status = new HashMap<>();
        int maxWords = 0;
        for (Entry e : entries) {
            String compact = Region.compact(e.name());
            desaByName.computeIfAbsent(compact, c -> new HashSet<>()).add(e.desaCode());
            maxWords = Math.max(maxWords, Math.min(MAX_WORDS, e.name().strip().split("\\s+").length));
            Status s = official.contains(compact) ? Status.OFFICIAL
                    : tooGeneral(e.name()) ? Status.TOO_GENERAL
                    : region.village(e.desaCode()).isEmpty() ? Status.UNKNOWN_DESA : Status.ACTIVE;
            status.merge(compact, s, (a, b) -> a == Status.ACTIVE ? b : a);
        }
        Map<String, Village> active = new HashMap<>();
        desaByName.forEach((compact, desa) -> {
            if (desa.size() > 1 && status.get(compact) == Status.ACTIVE) {
                status.put(compact, Status.AMBIGUOUS);
            }
            if (status.get(compact) == Status.ACTIVE) {
                active.put(compact, region.village(desa.iterator().next()).orElseThrow());
            }
        });
        return new LearnedPlaces(Map.copyOf(active), Map.copyOf(status), active.isEmpty() ? 0 : maxWords);
    }

    /** Whether a taught name could be used for a desa at all (it is neither official nor too general). */
    public static Status check(String name, Region region) {
        String compact = Region.compact(name);
        return officialNames(region).contains(compact) ? Status.OFFICIAL
                : tooGeneral(name) ? Status.TOO_GENERAL : Status.ACTIVE;
    }

    /** What the name taught is to the matcher now. */
    public Status status(String name) {
        return statusByCompact.getOrDefault(Region.compact(name), Status.ACTIVE);
    }

    /** The desa of an active name, by its letters without spaces; null when none. */
    Village desa(String compact) {
        return active.get(compact);
    }

    /** How many words the longest active name may span in a text (0: none active). */
    int maxWords() {
        return maxWords;
    }

    public int activeCount() {
        return active.size();
    }

    static boolean tooGeneral(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        String compact = Region.compact(name);
        return compact.length() < 5 || words.size() == 1 && LocationMatcher.ordinaryWord(compact);
    }

    private static Set<String> officialNames(Region region) {
        Set<String> names = new HashSet<>();
        region.kecamatan().forEach(k -> names.add(Region.compact(k.name())));
        region.villages().forEach(v -> names.add(Region.compact(v.name())));
        names.add(Region.compact(region.name().replaceFirst("(?i)^(kabupaten|kota)\\s+", "")));
        return names;
    }
}
