package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indexed, allocation-light analyzer gives exactly what the straightforward first version gave (kept in the
 * {@code Reference*} classes): same normalised text, same category, score, matched terms in the same order, same
 * place with the same score, on thousands of generated complaints, as typed and as normalised.
 */
class ReferenceTest {

    private static final int TEXTS = 2_000;

    private static final List<String> texts = new ArrayList<>();

    @BeforeAll
    static void generate() {
        ComplaintTexts generator = new ComplaintTexts(20240611L, Conf.dir(), Conf.bojonegoro());
        int[] lengths = {5, 15, 30, 50, 80, 120, 160, 160, 300, 1000}; // mostly one SMS, some concatenated
        for (int i = 0; i < TEXTS; i++) {
            texts.add(generator.next(lengths[i % lengths.length]));
        }
        texts.addAll(List.of("", " ", "  \t ", ".", "-", "2", "a", "ds", "kec", "desa kec ds", "😡😡😡",
                "x".repeat(1000), "jalan ".repeat(150), "ÀÉÎÕÜ ñ çaçà", "\u2003jalan\u2003rusak\u2003",
                "jalan\u00a0rusak", "\u000Bjalan\u000B\frusak\r\n", "jalan\u001Crusak",
                "a\uD835\uDC00b \uD835\uDC00\uD835\uDC00\uD835\uDC00", "x\uD835y x\uDC00y ab\uDC00\uD835cd a\uD835",
                "½ ² Ⅻ ١٢٣ 𝟙𝟚", "İstanbul e\u0301 Ǆ ß ﬁ", "-jalan- --rusak-- a-b-c a--a"));
    }

    @Test
    void editDistanceIsTheFullProgrammesBoundedResult() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            int max = random.nextInt(4);
            assertThat(EditDistance.distance(a, b, max)).as("%s %s %d", a, b, max)
                    .isEqualTo(ReferenceEditDistance.distance(a, b, max));
        }
    }

    @Test
    void theLetterMasksNeverExceedTheDistance() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String a = randomWord(random, "aabbc19-é");
            String b = random.nextBoolean() ? randomWord(random, "aabbc19-é") : mutate(a, random);
            assertThat(EditDistance.lowerBound(EditDistance.letters(a), EditDistance.letters(b))).as("%s %s", a, b)
                    .isLessThanOrEqualTo(ReferenceEditDistance.distance(a, b, 30));
        }
    }

    @Test
    void normaliserAgrees() {
        TextNormaliser normaliser = TextNormaliser.load(Conf.dir());
        ReferenceTextNormaliser reference = new ReferenceTextNormaliser(shorthand());
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            String expected = reference.normalise(text);
            if (!normaliser.normalise(text).equals(expected)) {
                differences.add(text + "\n  expected " + expected + "\n  got      " + normaliser.normalise(text));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void classifierAgreesOnTheShippedRules() {
        Classifier classifier = Classifier.load(Conf.dir());
        ReferenceClassifier reference = ReferenceClassifier.load(Conf.dir());
        assertThat(differences(reference::classify, classifier::classify)).isEmpty();
    }

    @Test
    void classifierAgreesOnRulesWhereTermsOverlap() {
        // the same keyword in several categories and in a different order, a keyword that is also a phrase word,
        // typo-tolerant keywords sharing first letters ("kebanaran" is within two typos of kebakaran and of
        // kebanjiran): the order of matched terms and the sums must still be the reference's
        List<Classifier.Category> categories = List.of(
                new Classifier.Category("a", "A", inOrder("jalan", 1.0, "rusak", 1.5, "kecelakaan", 2.0, "lampu", 0.5,
                        "kebakaran", 0.4, "kebanjiran", 0.9), inOrder("jalan rusak", 3.0, "rusak parah", 2.0)),
                new Classifier.Category("b", "B", inOrder("lampu", 1.0, "jalan", 0.3, "kebanjiran", 3.0, "kebakaran",
                        2.5), inOrder("lampu jalan", 4.0, "jalan", 1.0)),
                new Classifier.Category("c", "C", inOrder("banjir", 3.5, "kebakaran", 3.5, "jembatan", 0.7), Map.of()),
                new Classifier.Category("lainnya", "Lainnya", Map.of(), Map.of()));
        Set<String> urgent = new LinkedHashSet<>(List.of("banjir", "kebakaran", "kecelakaan", "kebanjiran"));
        Set<String> urgentPhrases = new LinkedHashSet<>(List.of("ada maling", "lampu jalan"));
        Set<String> unless = new LinkedHashSet<>(List.of("sudah surut", "jalan rusak"));
        Classifier classifier = new Classifier(categories, urgent, urgentPhrases, unless, 2.0, 1.0, 1.5);
        ReferenceClassifier reference =
                new ReferenceClassifier(categories, urgent, urgentPhrases, unless, 2.0, 1.0, 1.5);
        TextNormaliser normaliser = TextNormaliser.load(Conf.dir());
        List<String> differences = new ArrayList<>();
        List<String> cases = new ArrayList<>(List.of("rumah kebanaran", "rumah kebanaran jalan rusak",
                "kebanaran lampu jalan kebakaran"));
        texts.forEach(raw -> cases.add(normaliser.normalise(raw)));
        for (String text : cases) {
            Classification expected = reference.classify(text);
            Classification actual = classifier.classify(text);
            if (!actual.equals(expected)) {
                differences.add(text + "\n  expected " + expected + "\n  got      " + actual);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(classifier.classify("rumah kebanaran").matched()).containsExactly("kebanjiran~kebanaran",
                "kebakaran~kebanaran", "urgent:kebakaran~kebanaran", "urgent:kebanjiran~kebanaran");
    }

    @Test
    void locationMatcherAgrees() {
        LocationMatcher matcher = new LocationMatcher(Conf.bojonegoro());
        ReferenceLocationMatcher reference = new ReferenceLocationMatcher(Conf.bojonegoro());
        assertThat(differences(reference::find, matcher::find)).isEmpty();
    }

    @Test
    void locationMatcherAgreesOnTiesBetweenNamesOfDifferentLengths() {
        // one typo from two names of different lengths: the first name (by code) wins, as it did
        assertThat(findBoth("12.71", "jalan rusak di kec medan bara")).map(Place::kecamatanName)
                .contains("Medan Barat");
        assertThat(findBoth("11.01", "jalan rusak di ds padangbaau")).map(Place::desaName).contains("Padang Bakau");
        assertThat(findBoth("11.74", "banjir di kec langsa bara")).map(Place::kecamatanName).contains("Langsa Barat");
    }

    /** The place found by the matcher, checked to be the reference's. */
    private static Optional<Place> findBoth(String regency, String text) {
        Optional<Place> expected = new ReferenceLocationMatcher(Region.load(regency)).find(text);
        assertThat(new LocationMatcher(Region.load(regency)).find(text)).as(text).isEqualTo(expected);
        return expected;
    }

    /** A map of terms to weights in the order given. */
    private static Map<String, Double> inOrder(Object... termsAndWeights) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < termsAndWeights.length; i += 2) {
            map.put((String) termsAndWeights[i], (Double) termsAndWeights[i + 1]);
        }
        return map;
    }

    private static Map<String, String> shorthand() {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(Conf.dir().resolve(TextNormaliser.FILE))) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    private static String randomWord(Random random) {
        return randomWord(random, "abcde");
    }

    private static String randomWord(Random random, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int n = random.nextInt(13); n > 0; n--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    /** Up to three random edits, so that many pairs are within the bound. */
    private static String mutate(String word, Random random) {
        StringBuilder out = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, "abcde".charAt(random.nextInt(5)));
                case 1 -> {
                    if (out.length() > 0) {
                        out.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (out.length() > 0) {
                        out.setCharAt(at, "abcde".charAt(random.nextInt(5)));
                    }
                }
                default -> {
                    if (at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Each text (as sent, and normalised) on which the two answers differ, with both answers. */
    private List<String> differences(Function<String, Object> expected, Function<String, Object> actual) {
        TextNormaliser normaliser = TextNormaliser.load(Conf.dir());
        List<String> differences = new ArrayList<>();
        for (String raw : texts) {
            for (String text : List.of(raw, normaliser.normalise(raw))) {
                Object want = expected.apply(text);
                Object got = actual.apply(text);
                if (!got.equals(want)) {
                    differences.add(text + "\n  expected " + want + "\n  got      " + got);
                }
            }
        }
        return differences;
    }
}
