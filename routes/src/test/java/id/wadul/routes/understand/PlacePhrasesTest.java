package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacePhrasesTest {

    private static final TextNormaliser NORMALISER = TextNormaliser.load(Conf.dir());
    private static final PlacePhrases PHRASES = PlacePhrases.of(Classifier.load(Conf.dir()));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "jalan depan pasar kota berlubang besar               | pasar kota",
        "jembatan kali ketek ambrol tlg segera                | jembatan kali ketek",
        "banjir di dsn karangnongko sampai lutut              | dusun karangnongko",
        "atap SDN 2 Sumberjo bocor                            | sdn 2 sumberjo",
        "sampah di pasar kota dekat jembatan kali ketek       | pasar kota; jembatan kali ketek",
        // a landmark word without a name, or followed only by what complaints say, names nothing
        "jembatan rusak parah                                 | -",
        "balai desa kuncen bocor                              | -",
        "sekolah dasar rusak                                  | -",
        "pasar di kec padangan kotor                          | -",
        "lampu jalan mati sudah seminggu                      | -",
    })
    void findsThePlacePhrases(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split("; "));
        assertThat(PHRASES.in(NORMALISER.normalise(text))).isEqualTo(want);
    }
}
