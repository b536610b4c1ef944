package id.wadul.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "081234567890", "0812-3456-7890", "0812 3456 7890", "0812.3456.7890", "(0812) 3456-7890",
        "+6281234567890", "+62 812 3456 7890", "+62-812-3456-7890", "+62 (0)812 3456 7890",
        "6281234567890", "62 812 3456 7890", "006281234567890", "0062 812 3456 7890",
        "81234567890", "812 3456 7890", "  0812-3456-7890\t", "0812\u00A03456\u00A07890"})
    void everyWrittenFormOfOneCitizenIsOneNumber(String raw) {
        assertThat(PhoneNumbers.normalise(raw)).isEqualTo("6281234567890");
    }

    @ParameterizedTest
    @CsvSource({
        "0811234567, 62811234567",
        "+62 21 3456789, 62213456789",
        "021-3456789, 62213456789",
        "+44 20 7946 0958, 442079460958",
        "0044 20 7946 0958, 442079460958",
        "+1 (555) 010-9999, 15550109999",
        "'  1708 ', 1708",
        "1708, 1708",
        "99899, 99899",
        "TELKOMSEL, TELKOMSEL",
        "' PEMKAB BJN ', PEMKAB BJN",
        "Info-Polri, Info-Polri"})
    void otherForms(String raw, String expected) {
        assertThat(PhoneNumbers.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void nullOrBlankIsRejected(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.normalise(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognisesIndonesianMobiles() {
        assertThat(PhoneNumbers.isIndonesianMobile("6281234567890")).isTrue();
        assertThat(PhoneNumbers.isIndonesianMobile("62812345678")).as("9 digits after 62").isTrue();
        assertThat(PhoneNumbers.isIndonesianMobile("62812345678901")).as("12 digits after 62").isTrue();
        assertThat(PhoneNumbers.isIndonesianMobile("6281234567")).as("8 digits after 62").isFalse();
        assertThat(PhoneNumbers.isIndonesianMobile("628123456789012")).as("13 digits after 62").isFalse();
        assertThat(PhoneNumbers.isIndonesianMobile("62213456789")).as("Jakarta land line").isFalse();
        assertThat(PhoneNumbers.isIndonesianMobile("081234567890")).as("not normalised").isFalse();
        assertThat(PhoneNumbers.isIndonesianMobile("1708")).isFalse();
        assertThat(PhoneNumbers.isIndonesianMobile(null)).isFalse();
    }

    @Test
    void nationalFormHasTheTrunkZero() {
        assertThat(PhoneNumbers.national("6281234567890")).isEqualTo("081234567890");
        assertThat(PhoneNumbers.national("62213456789")).isEqualTo("0213456789");
        assertThat(PhoneNumbers.national("442079460958")).isEqualTo("442079460958");
        assertThat(PhoneNumbers.national("1708")).isEqualTo("1708");
        assertThat(PhoneNumbers.national("TELKOMSEL")).isEqualTo("TELKOMSEL");
        assertThat(PhoneNumbers.national(PhoneNumbers.normalise("+62 812 3456 7890"))).isEqualTo("081234567890");
    }
}
