package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The location matcher with place names the office taught: found for their desa, swapped without a new matcher,
 * an ambiguous name (taught for two desa) and official or too general names not used, and the official names'
 * matches unchanged wherever no taught name is in the text.
 */
class LearnedPlacesTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.load(Conf.dir());
    private static final Region REGION = Conf.bojonegoro();
    /** Padangan's Kuncen, Ngraho's Luwihaji and Jumok. */
    private static final String KUNCEN = "35.22.19.2011";
    private static final String LUWIHAJI = "35.22.01.2001";
    private static final String JUMOK = "35.22.01.2004";
    private static final List<LearnedPlaces.Entry> TAUGHT = List.of(
            new LearnedPlaces.Entry("pasar kota", KUNCEN),
            new LearnedPlaces.Entry("jembatan kali ketek", LUWIHAJI),
            new LearnedPlaces.Entry("dusun karangnongko", JUMOK),
            new LearnedPlaces.Entry("dusun ngablak", JUMOK),
            new LearnedPlaces.Entry("pasar padangan", KUNCEN));

    private final LocationMatcher plain = new LocationMatcher(REGION);
    private final LocationMatcher taught = taught(TAUGHT);

    private static LocationMatcher taught(List<LearnedPlaces.Entry> entries) {
        LocationMatcher m = new LocationMatcher(REGION);
        m.useLearned(LearnedPlaces.of(entries, REGION));
        return m;
    }

    private static Optional<Place> find(LocationMatcher m, String raw) {
        return m.find(NORMALISER.normalise(raw));
    }

    private static String desa(LocationMatcher m, String raw) {
        return find(m, raw).map(Place::desaCode).orElse(null);
    }

    @Test
    void aTaughtNameLocatesItsDesaAndItsKecamatan() {
        assertThat(find(plain, "jalan depan pasar kota berlubang besar")).isEmpty();
        Place p = find(taught, "jalan depan pasar kota berlubang besar").orElseThrow();
        assertThat(p.desaCode()).isEqualTo(KUNCEN);
        assertThat(p.kecamatanName()).isEqualTo("Padangan");
        // spaces aside, upper case and shorthand as any text
        assertThat(desa(taught, "Jembatan KALIKETEK ambrol tlg")).isEqualTo(LUWIHAJI);
        assertThat(desa(taught, "banjir di dsn karangnongko sampai lutut")).isEqualTo(JUMOK);
        // the words apart or only some of them are not the name
        assertThat(desa(taught, "pasar ramai, kota macet")).isNull();
        assertThat(desa(taught, "jembatan kali rusak")).isNull();
    }

    @Test
    void namesAreSwappedWithoutANewMatcher() {
        LocationMatcher m = new LocationMatcher(REGION);
        assertThat(desa(m, "sampah di pasar kota")).isNull();
        m.useLearned(LearnedPlaces.of(List.of(new LearnedPlaces.Entry("pasar kota", KUNCEN)), REGION));
        assertThat(desa(m, "sampah di pasar kota")).isEqualTo(KUNCEN);
        m.useLearned(LearnedPlaces.NONE);
        assertThat(desa(m, "sampah di pasar kota")).isNull();
    }

    @Test
    void aNameTaughtForTwoDesaIsAmbiguousAndNotUsedUntilOneIsRemoved() {
        List<LearnedPlaces.Entry> both = new ArrayList<>(TAUGHT);
        both.add(new LearnedPlaces.Entry("pasar kota", LUWIHAJI));
        LearnedPlaces places = LearnedPlaces.of(both, REGION);
        assertThat(places.status("pasar kota")).isEqualTo(LearnedPlaces.Status.AMBIGUOUS);
        assertThat(places.status("Pasar  Kota")).isEqualTo(LearnedPlaces.Status.AMBIGUOUS);
        assertThat(places.status("jembatan kali ketek")).isEqualTo(LearnedPlaces.Status.ACTIVE);
        LocationMatcher m = taught(both);
        assertThat(desa(m, "sampah di pasar kota")).isNull();
        assertThat(desa(m, "jembatan kali ketek ambrol")).isEqualTo(LUWIHAJI);
        // the same name for the same desa twice is not a conflict
        both.remove(both.size() - 1);
        both.add(new LearnedPlaces.Entry("pasar kota", KUNCEN));
        assertThat(desa(taught(both), "sampah di pasar kota")).isEqualTo(KUNCEN);
    }

    @Test
    void officialAndTooGeneralNamesAreNotUsed() {
        LearnedPlaces places = LearnedPlaces.of(List.of(new LearnedPlaces.Entry("ngeper", LUWIHAJI),
                new LearnedPlaces.Entry("Padangan", LUWIHAJI), new LearnedPlaces.Entry("bojonegoro", LUWIHAJI),
                new LearnedPlaces.Entry("pasar", LUWIHAJI), new LearnedPlaces.Entry("sdn", LUWIHAJI),
                new LearnedPlaces.Entry("pasar kota", "35.22.99.9999")), REGION);
        assertThat(places.status("ngeper")).isEqualTo(LearnedPlaces.Status.OFFICIAL);
        assertThat(places.status("padangan")).isEqualTo(LearnedPlaces.Status.OFFICIAL);
        assertThat(places.status("bojonegoro")).isEqualTo(LearnedPlaces.Status.OFFICIAL);
        assertThat(places.status("pasar")).isEqualTo(LearnedPlaces.Status.TOO_GENERAL);
        assertThat(places.status("sdn")).isEqualTo(LearnedPlaces.Status.TOO_GENERAL);
        assertThat(places.status("pasar kota")).isEqualTo(LearnedPlaces.Status.UNKNOWN_DESA);
        assertThat(places.activeCount()).isZero();
        LocationMatcher m = new LocationMatcher(REGION);
        m.useLearned(places);
        assertThat(find(m, "jalan rusak di ds ngeper")).map(Place::kecamatanName).contains("Padangan");
        assertThat(desa(m, "jalan rusak di ds ngeper")).isEqualTo("35.22.19.2004");
    }

    @Test
    void officialNamesStillWinWhereTheTextSaysSo() {
        // a desa named with its prefix beats a taught name elsewhere in the text
        assertThat(desa(taught, "sampah pasar kota dibuang di ds ngeper")).isEqualTo("35.22.19.2004");
        // "dusun ngablak" was taught for Jumok, but Ngablak after its prefix is the official desa (of Dander)
        assertThat(desa(taught, "banjir di dsn ngablak sampai lutut")).isEqualTo("35.22.06.2016");
        // a kecamatan named keeps its own villages: the taught name of another kecamatan is not taken
        assertThat(find(taught, "jembatan kali ketek di kec padangan ambrol")).map(Place::kecamatanName)
                .contains("Padangan");
        assertThat(desa(taught, "jembatan kali ketek di kec padangan ambrol")).isNull();
        // ... and a taught name of that kecamatan gives its desa
        assertThat(desa(taught, "parkir liar pasar kota kec padangan")).isEqualTo(KUNCEN);
        // a taught name that holds an official one ("pasar padangan") means its desa, the official name alone not
        assertThat(desa(taught, "pungli di pasar padangan")).isEqualTo(KUNCEN);
        assertThat(find(taught, "jalan rusak di padangan")).isEqualTo(find(plain, "jalan rusak di padangan"));
    }

    @Test
    void wherevereNoTaughtNameIsInTheTextOfficialNamesAreFoundAsBefore() {
        ComplaintTexts texts = new ComplaintTexts(12, Conf.dir(), REGION);
        List<String> compactTaught = TAUGHT.stream().map(e -> Region.compact(e.name())).toList();
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < 3000; i++) {
            String text = NORMALISER.normalise(texts.next(20 + i % 200));
            String compact = Region.compact(text);
            if (compactTaught.stream().anyMatch(compact::contains)) {
                continue;
            }
            compared++;
            if (!plain.find(text).equals(taught.find(text))) {
                differ.add(text);
            }
        }
        for (Village v : REGION.villages()) {
            String k = REGION.kecamatan(v.kecamatanCode()).orElseThrow().name().toLowerCase(Locale.ROOT);
            for (String text : List.of("jalan rusak di ds " + v.name() + " kec " + k, "sampah di desa " + v.name())) {
                String normalised = NORMALISER.normalise(text);
                compared++;
                if (!plain.find(normalised).equals(taught.find(normalised))) {
                    differ.add(normalised);
                }
            }
        }
        assertThat(compared).isGreaterThan(3000);
        assertThat(differ).isEmpty();
    }
}
