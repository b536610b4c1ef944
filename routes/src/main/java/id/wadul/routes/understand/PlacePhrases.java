package id.wadul.routes.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the phrases of a complaint that name a place below the desa: a landmark word (pasar, jembatan, sekolah,
 * sdn, masjid, dusun, ...) and the one to three name words after it ("pasar kota", "jembatan kali ketek",
 * "dusun ngablak", "sdn 2 kedungrejo"). The name stops at a word that is no name: a little word (di, yang, dan),
 * a place prefix (desa, kec), a word of the complaint ("rusak", "parah", "tolong") or any keyword of the
 * categories. A phrase with no name word of three letters or more is none. These are candidates the office's
 * place decision teaches ({@code learn.PlaceLearning}); people can remove a wrong one in the console.
 */
public final class PlacePhrases {

    /** Words that start a place's name. */
    static final Set<String> LANDMARKS = Set.of("pasar", "jembatan", "sekolah", "sd", "sdn", "smpn", "sma", "sman",
            "smk", "smkn", "mi", "mts", "mtsn", "madrasah", "masjid", "musala", "mushola", "musholla", "langgar",
            "gereja", "pondok", "ponpes", "pesantren", "balai", "puskesmas", "pustu", "polindes", "poskesdes",
            "posyandu", "terminal", "stasiun", "lapangan", "makam", "pemakaman", "bendungan", "waduk", "embung",
            "dusun", "dukuh", "perumahan", "perum", "kampung", "gang", "gg", "pabrik", "pertigaan", "perempatan",
            "simpang", "tugu", "bundaran", "rsud", "klinik", "sungai", "bengawan", "telaga", "sendang", "alun-alun",
            "taman", "hutan", "gor", "spbu");

    /** Words that never belong to a name: little words, prefixes, and what complaints say about places. */
    static final Set<String> NOT_NAMES = Set.of("di", "ke", "dari", "dan", "yang", "atau", "dengan", "untuk", "pada",
            "oleh", "itu", "ini", "sini", "situ", "sana", "rt", "rw", "no", "nomor", "jalan", "kecamatan", "kec",
            "desa", "ds", "kelurahan", "kel", "kabupaten", "kab", "depan", "dekat", "sebelah", "belakang", "samping",
            "arah", "menuju", "antara", "sampai", "tidak", "tak", "belum", "sudah", "masih", "sedang", "akan", "mau",
            "sangat", "sekali", "parah", "rusak", "berat", "ada", "tolong", "mohon", "segera", "cepat", "minta",
            "harap", "pak", "bu", "bapak", "ibu", "mas", "mbak", "warga", "kami", "kita", "saya", "aku", "mereka",
            "lagi", "juga", "karena", "sejak", "lama", "hari", "minggu", "bulan", "tahun", "kemarin", "tadi", "pagi",
            "siang", "sore", "malam", "sekarang", "terus", "selalu", "sering", "banyak", "sekitar", "tepat", "persis",
            "bisa", "harus", "agar", "supaya", "tapi", "namun", "sehingga", "akibat", "terjadi", "kejadian", "mati",
            "macet", "banjir", "putus", "ambrol", "roboh", "retak", "bocor", "kotor", "bau", "gelap", "licin", "lubang",
            "berlubang", "hancur", "rawan", "tergenang", "terendam", "longsor", "kebakaran", "kecelakaan", "tengah",
            "dasar", "menengah", "atas", "pertama", "umum");
    /** At most this many name words after the landmark word. */
    static final int MAX_NAME_WORDS = 3;

    private final Set<String> notNames;

    /** @param keywords the categories' keywords: never part of a name */
    public PlacePhrases(Set<String> keywords) {
        Set<String> all = new HashSet<>(NOT_NAMES);
        all.addAll(keywords);
        LANDMARKS.forEach(all::remove);
        this.notNames = Set.copyOf(all);
    }

    /** With the keywords of these categories. */
    public static PlacePhrases of(Classifier classifier) {
        Set<String> keywords = new HashSet<>();
        classifier.categories().forEach(c -> c.keywords().keySet().stream().filter(k -> !k.contains(" "))
                .forEach(keywords::add));
        return new PlacePhrases(keywords);
    }

    /** The place phrases in a normalised text, in order, without repeats. */
    public List<String> in(String normalisedText) {
        String[] words = normalisedText == null ? new String[0] : TextNormaliser.words(normalisedText);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!LANDMARKS.contains(words[i])) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(words[i]);
            boolean named = false;
            int end = i + 1;
            while (end < words.length && end <= i + MAX_NAME_WORDS && nameWord(words[end])) {
                phrase.append(' ').append(words[end]);
                named |= words[end].chars().filter(Character::isLetter).count() >= 3;
                end++;
            }
            if (named && !found.contains(phrase.toString())) {
                found.add(phrase.toString());
            }
        }
        return found;
    }

    private boolean nameWord(String word) {
        return !LANDMARKS.contains(word) && !notNames.contains(word)
                && word.chars().allMatch(Character::isLetterOrDigit);
    }
}
