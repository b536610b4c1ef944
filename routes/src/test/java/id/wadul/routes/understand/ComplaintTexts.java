package id.wadul.routes.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

/**
 * Generates complaint-like SMS texts from the shipped rules and area data, the way people type them: the
 * configured keywords and phrases with affixes and typos, kecamatan and village names with or without a prefix,
 * misspelt, split or run together, shorthand, Javanese filler, upper case, punctuation, emoji, "2" reduplication,
 * from a few characters up to a thousand. Deterministic for a seed.
 */
final class ComplaintTexts {

    private static final String[] FILLER = ("tolong pak bu mohon segera ditindaklanjuti sudah lama warga resah kami "
            + "kecewa pelayanan ini sejak kemarin malam tadi pagi sore yang peduli kok bisa begitu tiap hari "
            + "lewat sini anak sekolah motor mobil truk banyak sekali parah banget lapor rt rw tapi belum tindakan "
            + "matur nuwun sanget niki pripun mas nggih monggo dipun wonten mriki kulo wargo omah kali sawah pasar "
            + "balai kantor di ke dari dan yang jalan depan dekat sebelah arah menuju antara sampai tidak kota").split(" ");
    private static final String[] PREFIXES = {"di", "ke", "ter", "ber", "me", "mem", "peng", "pe", "se", "ng", "ny",
        "diper", "keber", "", "", ""};
    private static final String[] SUFFIXES = {"nya", "kan", "an", "i", "lah", "ku", "mu", "kannya", "annya", "", "",
        ""};
    private static final String[] KECAMATAN_PREFIXES = {"kec", "kec.", "kecamatan", "Kec.", "kcm", "kc", "", ""};
    private static final String[] VILLAGE_PREFIXES = {"ds", "ds.", "desa", "Desa", "dusun", "dsn", "kel", "kelurahan",
        "deso", "dukuh", "", ""};
    private static final String[] ODD = {"😡", "🙏🙏", "😭", "🚧", "🔥", "⚠️", "🏍️", "é", "Ā", "½", "“", "”", "…",
        "\u200b", "𝐀𝐀𝐀", "jalan2", "rusak2", "alun2", "123", "rt 05 rw 02", "08123456789", "jl.", "no.5", "parahhh",
        "tolongg", "jalan-jalan", "anak-anak", "x-x", "--", "!!!", "???", "kab bojonegoro", "pemkab", "-", "2"};

    private final Random random;
    private final List<String> keywords = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<String> shorthand = new ArrayList<>();
    private final List<String> kecamatan = new ArrayList<>();
    private final List<String> villages = new ArrayList<>();

    ComplaintTexts(long seed, Path confDir, Region region) {
        this.random = new Random(seed);
        JsonNode rules;
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(confDir.resolve(TextNormaliser.FILE), StandardCharsets.UTF_8)) {
            rules = new ObjectMapper(new YAMLFactory()).readTree(confDir.resolve(Classifier.FILE).toFile());
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode category : rules.path("categories")) {
            category.path("keywords").fieldNames().forEachRemaining(keywords::add);
            category.path("phrases").fieldNames().forEachRemaining(phrases::add);
        }
        rules.path("urgent").path("keywords").forEach(n -> keywords.add(n.asText()));
        rules.path("urgent").path("phrases").forEach(n -> phrases.add(n.asText()));
        rules.path("urgent").path("unless").forEach(n -> phrases.add(n.asText()));
        shorthand.addAll(props.stringPropertyNames());
        shorthand.sort(null); // the properties' order is a hash order: keep the texts reproducible
        region.kecamatan().forEach(k -> kecamatan.add(k.name()));
        region.villages().forEach(v -> villages.add(v.name()));
    }

    /** A text of roughly {@code length} characters (longer by at most one word, or cut). */
    String next(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            if (text.length() > 0) {
                text.append(' ');
            }
            double r = random.nextDouble();
            if (r < 0.25) {
                String keyword = pick(keywords);
                if (random.nextDouble() < 0.3) {
                    keyword = pick(PREFIXES) + keyword + pick(SUFFIXES);
                }
                text.append(maybeTypo(keyword, 0.2));
            } else if (r < 0.40) {
                for (String word : pick(phrases).split(" ")) {
                    text.append(maybeTypo(word, 0.1)).append(' ');
                }
            } else if (r < 0.52) {
                text.append(place());
            } else if (r < 0.60) {
                text.append(pick(shorthand));
            } else if (r < 0.65) {
                text.append(pick(ODD));
            } else {
                text.append(pick(FILLER));
            }
        }
        String out = random.nextDouble() < 0.1 ? text.toString().toUpperCase(Locale.ROOT) : text.toString();
        return random.nextBoolean() && out.length() > length ? out.substring(0, length) : out;
    }

    /** A kecamatan and/or village, with or without prefix, possibly misspelt, split or run together. */
    private String place() {
        String village = pick(villages).toLowerCase(Locale.ROOT);
        String kec = pick(kecamatan).toLowerCase(Locale.ROOT);
        return switch (random.nextInt(7)) {
            case 0 -> pick(VILLAGE_PREFIXES) + " " + maybeTypo(village, 0.3) + " " + pick(KECAMATAN_PREFIXES) + " "
                    + maybeTypo(kec, 0.3);
            case 1, 2 -> pick(VILLAGE_PREFIXES) + " " + maybeTypo(village, 0.3);
            case 3, 4 -> pick(KECAMATAN_PREFIXES) + " " + maybeTypo(kec, 0.3);
            case 5 -> {
                String compact = village.replace(" ", "");
                int cut = 2 + random.nextInt(Math.max(1, compact.length() - 3));
                yield pick(VILLAGE_PREFIXES) + " " + compact.substring(0, cut) + " " + compact.substring(cut);
            }
            default -> random.nextBoolean() ? "kab bojonegoro" : "bojonegoro";
        };
    }

    private String maybeTypo(String word, double chance) {
        return random.nextDouble() < chance ? typo(word) : word;
    }

    /** One letter dropped, added, replaced, swapped with the next or repeated; never the first. */
    private String typo(String word) {
        if (word.length() < 3) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 1);
        char other = "aiueoknrstgl".charAt(random.nextInt(12));
        return switch (random.nextInt(5)) {
            case 0 -> word.substring(0, i) + word.substring(i + 1);
            case 1 -> word.substring(0, i) + other + word.substring(i);
            case 2 -> word.substring(0, i) + other + word.substring(i + 1);
            case 3 -> i < word.length() - 1 ? word.substring(0, i) + word.charAt(i + 1) + word.charAt(i)
                    + word.substring(i + 2) : word;
            default -> word.substring(0, i) + String.valueOf(word.charAt(i)).repeat(2 + random.nextInt(2))
                    + word.substring(i);
        };
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
