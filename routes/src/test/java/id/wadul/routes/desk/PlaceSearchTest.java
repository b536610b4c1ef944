package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.desk.PlaceSearch.Entry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceSearchTest {

    private final PlaceSearch places = new PlaceSearch(
            List.of(new Entry("35.22.01", "MARGOMULYO"), new Entry("35.22.02", "NGRAHO"),
                    new Entry("35.22.05", "PADANGAN"), new Entry("35.22.15", "BOJONEGORO"),
                    new Entry("35.22.16", "KAPAS"), new Entry("35.22.28", "KASIMAN"),
                    new Entry("35.22.24", "KEDUNGADEM"), new Entry("35.22.26", "SUGIHWARAS")),
            Map.of("35.22.05", List.of(new Entry("35.22.05.2001", "Dengok"), new Entry("35.22.05.2002", "Kuncen"),
                    new Entry("35.22.05.2003", "Padangan"), new Entry("35.22.05.2008", "Kebonagung"))));

    @Test
    void prefixIsCaseAndPunctuationTolerant() {
        assertThat(places.kecamatan("pad", 5)).extracting(Entry::code).containsExactly("35.22.05");
        assertThat(places.kecamatan("Kec. Padangan", 5)).extracting(Entry::code).first().isEqualTo("35.22.05");
        assertThat(places.kecamatan("  BOJO ", 5)).extracting(Entry::code).containsExactly("35.22.15");
    }

    @Test
    void prefixMatchesComeBeforeSubstrings() {
        assertThat(places.kecamatan("ka", 5)).extracting(Entry::name).startsWith("KAPAS", "KASIMAN");
        assertThat(places.kecamatan("dungad", 5)).extracting(Entry::name).containsExactly("KEDUNGADEM");
    }

    @Test
    void toleratesTypos() {
        assertThat(places.kecamatan("padnagan", 5)).extracting(Entry::code).contains("35.22.05");
        assertThat(places.kecamatan("sugiwaras", 5)).extracting(Entry::code).contains("35.22.26");
        assertThat(places.kecamatan("bojongoro", 5)).extracting(Entry::code).contains("35.22.15");
        assertThat(places.kecamatan("xyzzy", 5)).isEmpty();
    }

    @Test
    void villagesAreOnlyThoseOfTheKecamatan() {
        assertThat(places.villages("35.22.05", "ds kebon", 5)).extracting(Entry::code)
                .containsExactly("35.22.05.2008");
        assertThat(places.villages("35.22.01", "kebon", 5)).isEmpty();
        assertThat(places.villageIn("35.22.05", "35.22.05.2002")).isPresent();
        assertThat(places.villageIn("35.22.01", "35.22.05.2002")).isEmpty();
    }

    @Test
    void emptyQueryListsAlphabetically() {
        assertThat(places.kecamatan("", 3)).extracting(Entry::name).containsExactly("BOJONEGORO", "KAPAS", "KASIMAN");
    }
}
