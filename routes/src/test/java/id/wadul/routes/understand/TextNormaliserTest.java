package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    private final TextNormaliser normaliser = TextNormaliser.load(Conf.dir());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JLN  di Ds. Ngasem   RSK!!!             | jalan di desa ngasem rusak",
        "tlg,pak...lampu mati sdh 3hr            | tolong bapak lampu mati sudah 3hr",
        "parahhh bgt, tolonggg                   | parah banget tolong",
        "jalan2 di kec. dander becek             | jalan-jalan di kecamatan dander becek",
        "anak2 sy blm dpt KIP                    | anak-anak saya belum dapat kip",
        "gak ada yg dtg, ga ditanggapi, nggak jls | tidak ada yang datang tidak ditanggapi tidak jelas",
        "krn kmrn hujan, skrg banjir             | karena kemarin hujan sekarang banjir",
        "Bu bidan & bpk kades dr ds Kapas        | ibu bidan bapak kades dari desa kapas",
        "K7M-4PX                                 | k7m 4px",
        "jalan-jalan                             | jalan-jalan",
        "Sumberrejo tetap 2 huruf r              | sumberrejo tetap 2 huruf r",
        "gas 3kg   langka                        | gas 3kg langka",
    })
    void normalises(String raw, String expected) {
        assertThat(normaliser.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void emptyAndNullBecomeEmpty() {
        assertThat(normaliser.normalise("")).isEmpty();
        assertThat(normaliser.normalise(null)).isEmpty();
        assertThat(normaliser.normalise("  ?!...  ")).isEmpty();
    }

    @Test
    void usesTheGivenShorthandOnly() {
        TextNormaliser custom = new TextNormaliser(Map.of("Pju", "lampu jalan"));
        assertThat(custom.normalise("PJU mati yg di sana")).isEqualTo("lampu jalan mati yg di sana");
    }

    @Test
    void accentsAndUnicodePunctuationAreTolerated() {
        assertThat(normaliser.normalise("Jalan “rusak” — café")).isEqualTo("jalan rusak cafe");
    }
}
