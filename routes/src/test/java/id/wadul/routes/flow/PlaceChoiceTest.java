package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Region;
import org.junit.jupiter.api.Test;

class PlaceChoiceTest {

    private static final Region REGION = Region.load("35.22");
    private final PlaceChoice places = new PlaceChoice(REGION);
    private final Analysis padangan = FlowFixture.ANALYZER.analyze("jalan rusak parah di kec padangan");

    @Test
    void withoutTheOperatorsChoiceTheTextDecides() {
        Assignment.PlaceRef place = places.of(NewComplaint.sms("6281", "jalan rusak parah di kec padangan", false, 1),
                padangan);

        assertThat(place.kecamatanName()).isEqualToIgnoringCase("Padangan");
    }

    @Test
    void theOperatorsKecamatanAndDesaComeBeforeTheText() {
        var kecamatan = REGION.kecamatan().stream().filter(k -> !k.name().equalsIgnoreCase("Padangan")).findFirst()
                .orElseThrow();
        var desa = REGION.villages().stream().filter(v -> v.kecamatanCode().equals(kecamatan.code())).findFirst()
                .orElseThrow();

        Assignment.PlaceRef place = places.of(NewComplaint.builder("radio", "jalan rusak parah di kec padangan")
                .place(kecamatan.code(), desa.code()).build(), padangan);

        assertThat(place).isEqualTo(new Assignment.PlaceRef(kecamatan.code(), kecamatan.name(), desa.code(), desa.name()));
    }

    @Test
    void aKecamatanOrDesaTheRegionDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> places.of(NewComplaint.builder("radio", "x").place("99.99", null).build(), padangan))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99.99");
        String kecamatan = REGION.kecamatan().get(0).code();
        assertThatThrownBy(() -> places.of(NewComplaint.builder("radio", "x").place(kecamatan, "99.99.99.9999")
                .build(), padangan)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99.99.99.9999");
    }
}
