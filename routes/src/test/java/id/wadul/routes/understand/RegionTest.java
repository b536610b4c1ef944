package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void loadsBojonegoroWithEveryKecamatanAndVillageOfTheData() throws IOException {
        Region region = Conf.bojonegoro();
        assertThat(region.code()).isEqualTo("35.22");
        assertThat(region.name()).isEqualTo("Kabupaten Bojonegoro");
        assertThat(region.kecamatan()).hasSize(countRows("districts.csv", 1, "35.22"));
        assertThat(region.villages()).hasSize(countRows("villages.csv", 1, "35.22."));
        int villagesPerKecamatan = region.kecamatan().stream().mapToInt(k -> region.villages(k.code()).size()).sum();
        assertThat(villagesPerKecamatan).isEqualTo(region.villages().size());
    }

    @Test
    void acceptsTheCodeWithOrWithoutTheDot() {
        assertThat(Region.load("3522").kecamatan()).isEqualTo(Conf.bojonegoro().kecamatan());
        assertThat(Region.load(" 35.22 ").name()).isEqualTo("Kabupaten Bojonegoro");
    }

    @Test
    void looksUpKecamatanAndVillages() {
        Region region = Conf.bojonegoro();
        assertThat(region.kecamatan("35.22.19")).contains(new Kecamatan("35.22.19", "Padangan"));
        assertThat(region.kecamatanNamed("sumber rejo")).map(Kecamatan::code).contains("35.22.12");
        assertThat(region.kecamatan("35.99.99")).isEmpty();
        List<Village> padangan = region.villages("35.22.19");
        assertThat(padangan).isNotEmpty().allMatch(v -> v.kecamatanCode().equals("35.22.19"))
                .anyMatch(v -> v.name().equals("Padangan"));
        Village first = padangan.get(0);
        assertThat(region.village(first.code())).contains(first);
        assertThat(first.type()).isIn("desa", "kelurahan");
        assertThat(region.villages("35.22.15")).anyMatch(v -> v.name().equals("Ledok Kulon"));
        assertThat(region.villages("nope")).isEmpty();
    }

    @Test
    void villageTypeComesFromTheCode() {
        Region region = Region.load("35.78"); // Kota Surabaya: kelurahan only
        assertThat(region.villages()).isNotEmpty().allMatch(v -> v.type().equals("kelurahan"));
        assertThat(Conf.bojonegoro().villages()).allMatch(v -> v.type().equals(v.code().substring(9).startsWith("1")
                ? "kelurahan" : "desa"));
    }

    @Test
    void rejectsUnknownOrMalformedCodes() {
        assertThatThrownBy(() -> Region.load("99.99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99.99");
        assertThatThrownBy(() -> Region.load("Bojonegoro")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("35.22 or 3522");
    }

    @Test
    void parsesQuotedCsvFields() {
        assertThat(Region.csv("35.13.15.2017,35.13.15,\"Soka\"\"an\"")).containsExactly("35.13.15.2017", "35.13.15", "Soka\"an");
        assertThat(Region.csv("14.02.09.2010,14.02.09,\"Lambang Sari I, II, III\""))
                .containsExactly("14.02.09.2010", "14.02.09", "Lambang Sari I, II, III");
    }

    /** Counts rows of a bundled CSV whose column starts with the prefix, independently of Region. */
    private static int countRows(String file, int column, String prefix) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                RegionTest.class.getResourceAsStream("/idn-area/" + file), StandardCharsets.UTF_8))) {
            return (int) reader.lines().skip(1).map(line -> line.split(",")[column])
                    .filter(c -> prefix.endsWith(".") ? c.startsWith(prefix) : c.equals(prefix)).count();
        }
    }
}
