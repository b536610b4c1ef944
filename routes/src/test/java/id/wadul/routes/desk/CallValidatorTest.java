package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.wadul.routes.desk.PlaceSearch.Entry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallValidatorTest {

    private final CallValidator validator = new CallValidator(
            new PlaceSearch(List.of(new Entry("35.22.05", "Padangan"), new Entry("35.22.01", "Ngraho")),
                    Map.of("35.22.05", List.of(new Entry("35.22.05.2002", "Kuncen")))),
            Set.of("infrastruktur", "keamanan"), Set.of("dpupr", "polres"));

    private static CallRequest call(String phone, boolean consent, String kecamatan, String desa, String text,
            String category, List<String> units, String link) {
        return new CallRequest("Bu Sri", phone, consent, kecamatan, desa, text, false, false, false, false, category,
                units, link);
    }

    private Map<String, String> errors(CallRequest request) {
        return catchThrowableOfType(ApiException.class, () -> validator.validate(request)).fieldErrors();
    }

    @Test
    void acceptsAFullCallAndNormalisesThePhone() {
        CallValidator.ValidCall valid = validator.validate(call("+62 812-3456-7890", true, "35.22.05",
                "35.22.05.2002", "jalan rusak parah di depan sekolah", "infrastruktur", List.of("dpupr"), "k7m4px"));
        assertThat(valid.citizenNumber()).isEqualTo("6281234567890");
        assertThat(valid.linkTicket()).isEqualTo("K7M4PX");
    }

    @Test
    void textMustBeTenToAThousandCharacters() {
        assertThat(errors(call(null, false, "35.22.05", null, null, null, List.of(), null)))
                .containsOnlyKeys("text");
        assertThat(errors(call(null, false, "35.22.05", null, "rusak", null, List.of(), null)).get("text"))
                .contains("terlalu pendek");
        assertThat(errors(call(null, false, "35.22.05", null, "x".repeat(1001), null, List.of(), null)).get("text"))
                .contains("terlalu panjang");
        assertThat(validator.validate(call(null, false, "35.22.05", null, "x".repeat(1000), null, List.of(), null)))
                .isNotNull();
    }

    @Test
    void phoneMustBeAnIndonesianMobileAndIsNeededForSms() {
        for (String bad : new String[] {"12345", "021 555 1234", "+1 202 555 0100", "0812", "halo"}) {
            assertThat(errors(call(bad, false, "35.22.05", null, "jalan rusak parah sekali", null, List.of(), null)))
                    .as(bad).containsOnlyKeys("phone");
        }
        assertThat(errors(call(null, true, "35.22.05", null, "jalan rusak parah sekali", null, List.of(), null))
                .get("phone")).contains("SMS");
    }

    @Test
    void placesMustComeFromTheRegencyList() {
        assertThat(errors(call(null, false, null, null, "jalan rusak parah sekali", null, List.of(), null))
                .get("kecamatan")).contains("wajib");
        assertThat(errors(call(null, false, "Padangan", null, "jalan rusak parah sekali", null, List.of(), null))
                .get("kecamatan")).contains("tidak dikenal");
        assertThat(errors(call(null, false, "35.22.01", "35.22.05.2002", "jalan rusak parah sekali", null,
                List.of(), null))).containsOnlyKeys("desa");
    }

    @Test
    void overridesMustBeKnown() {
        assertThat(errors(call(null, false, "35.22.05", null, "jalan rusak parah sekali", "sihir",
                List.of("dpupr", "dukun"), "K7-M4"))).containsOnlyKeys("category", "units", "linkTicket");
    }
}
