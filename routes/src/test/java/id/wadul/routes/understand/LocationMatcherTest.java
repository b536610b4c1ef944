package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationMatcherTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.load(Conf.dir());
    private static final LocationMatcher MATCHER = new LocationMatcher(Conf.bojonegoro());

    private static Optional<Place> find(String raw) {
        return MATCHER.find(NORMALISER.normalise(raw));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // exact, with and without prefixes
        "jalan rusak di padangan                          | Padangan   | -",
        "jln di kec. padangan rusak                       | Padangan   | -",
        "jln di kecamatan Kasiman rusak                   | Kasiman    | -",
        "lampu mati di ds ngumpakdalem kec dander         | Dander     | Ngumpakdalem",
        "sampah di desa Growok                            | Dander     | Growok",
        "dalan rusak ds mojodelik                         | Gayam      | Mojodelik",
        "got mampet di kel ledok kulon                    | Bojonegoro | Ledok Kulon",
        // typos, scaled to the length of the name
        "jalan rusak di padangn                           | Padangan   | -",
        "banjir di kec sumberejo                          | Sumberrejo | -",
        "banjir di kec sumber rejo                        | Sumberrejo | -",
        "pju mati di ds ngumpakdalm kec dandr             | Dander     | Ngumpakdalem",
        "air pdam mati di kec bojonegor                   | Bojonegoro | -",
        "kebakaran di ds mojodelk                         | Gayam      | Mojodelik",
        "jembatan putus di kedungadm                      | Kedungadem | -",
        // a village in several kecamatan is resolved by the kecamatan named
        "jembatan ds pejok kec kepohbaru putus            | Kepohbaru  | Pejok",
        "jembatan ds pejok kec kedungadem putus           | Kedungadem | Pejok",
        "sawah kering ds sambongrejo kec gondang          | Gondang    | Sambongrejo",
        "ds kauman kec baureno banjir                     | Baureno    | Kauman",
        // a name shared by a kecamatan and its village is the kecamatan unless 'desa' precedes it
        "puskesmas ngasem tutup                           | Ngasem     | -",
        "jalan di desa ngasem kec ngasem rusak            | Ngasem     | Ngasem",
        "ada maling di ds kapas                           | Kapas      | Kapas",
        // ordinary words that are village names only count after a prefix
        "jalan sudah rusak di ds sudah kec malo           | Malo       | Sudah",
        "jalan di ds padang rusak                         | Trucuk     | Padang",
        // Bojonegoro is also the regency: another kecamatan wins
        "pemkab bojonegoro tlg perbaiki jalan di kalitidu | Kalitidu   | -",
        "jalan rusak di kalitidu bojonegoro               | Kalitidu   | -",
        "alun2 bojonegoro kotor                           | Bojonegoro | -",
    })
    void findsThePlace(String text, String kecamatan, String desa) {
        Optional<Place> place = find(text);
        assertThat(place).as(text).isPresent();
        assertThat(place.get().kecamatanName()).isEqualTo(kecamatan);
        assertThat(place.get().desaName()).isEqualTo(desa);
        assertThat(place.get().score()).isPositive();
        Kecamatan k = Conf.bojonegoro().kecamatan(place.get().kecamatanCode()).orElseThrow();
        assertThat(k.name()).isEqualTo(kecamatan);
        if (desa != null) {
            assertThat(Conf.bojonegoro().village(place.get().desaCode()).orElseThrow().kecamatanCode())
                    .isEqualTo(k.code());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "jalan sudah rusak parah sekarang",
        "lampu di tengah jalan mati",
        "air sumber sudah kering pak",
        "tolong segera ditangani kami sudah lapor bareng warga",
        "kemarin hujan deras sekarang banjir",
        "jalan panjang dan gelap tidak ada pju",
        "ada hama tikus di sawah",
        "pemkab bojonegoro tolong perhatikan rakyat kecil",
        "ktp saya belum jadi",
        "",
    })
    void noFalseHitsOnOrdinaryWords(String text) {
        assertThat(find(text)).as(text).isEmpty();
    }

    @Test
    void aVillageInSeveralKecamatanWithoutKecamatanIsLeftOut() {
        // Sumberagung is a village in three kecamatan
        assertThat(find("pupuk langka di ds sumberagung")).isEmpty();
    }

    @Test
    void aVillageAloneImpliesItsKecamatan() {
        Place place = find("listrik padam di desa ngunut").orElseThrow();
        assertThat(place.kecamatanName()).isEqualTo("Dander");
        assertThat(place.desaName()).isEqualTo("Ngunut");
        assertThat(place.desaCode()).startsWith(place.kecamatanCode() + ".");
    }

    @Test
    void everyVillageIsFoundWithItsKecamatanAsWrittenAndWithATypo() {
        Region region = Conf.bojonegoro();
        List<String> misses = new ArrayList<>();
        for (Village v : region.villages()) {
            String kecamatan = region.kecamatan(v.kecamatanCode()).orElseThrow().name();
            String name = v.name().toLowerCase(Locale.ROOT);
            List<String> spellings = new ArrayList<>(List.of(name));
            if (name.length() >= 7 && !name.contains(" ")) {
                spellings.add(name.substring(0, 3) + name.substring(4)); // one letter dropped
            }
            for (String spelling : spellings) {
                String text = "jalan rusak di ds " + spelling + " kec " + kecamatan.toLowerCase(Locale.ROOT) + " tolong";
                Optional<Place> place = find(text);
                if (place.isEmpty() || !v.code().equals(place.get().desaCode())) {
                    misses.add(text + " -> " + place.map(p -> p.kecamatanName() + "/" + p.desaName()).orElse("none"));
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void everyKecamatanIsFoundAfterItsPrefix() {
        for (Kecamatan k : Conf.bojonegoro().kecamatan()) {
            assertThat(find("lampu pju mati di kec " + k.name() + " sdh seminggu")).as(k.name())
                    .map(Place::kecamatanCode).contains(k.code());
        }
    }

    @Test
    void everyVillageWithAUniqueNameImpliesItsKecamatan() {
        Region region = Conf.bojonegoro();
        Map<String, Long> counts = region.villages().stream()
                .collect(Collectors.groupingBy(v -> v.name().toLowerCase(Locale.ROOT), Collectors.counting()));
        List<String> misses = new ArrayList<>();
        for (Village v : region.villages()) {
            if (counts.get(v.name().toLowerCase(Locale.ROOT)) == 1) {
                Optional<Place> place = find("sampah menumpuk di desa " + v.name() + " bau sekali");
                if (place.isEmpty() || !v.code().equals(place.get().desaCode())
                        || !v.kecamatanCode().equals(place.get().kecamatanCode())) {
                    misses.add(v.name() + " -> " + place);
                }
            }
        }
        assertThat(misses).isEmpty();
    }
}
