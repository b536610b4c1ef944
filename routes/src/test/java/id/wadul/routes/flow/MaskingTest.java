package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheMiddleOfAMobileNumber() {
        assertThat(Masking.mask("6281234567890")).isEqualTo("0812****7890");
    }

    @Test
    void showsTheNationalForm() {
        assertThat(Masking.show("6281234567890")).isEqualTo("081234567890");
    }

    @Test
    void shortAndMissingNumbersRevealAlmostNothing() {
        assertThat(Masking.mask("1708")).isEqualTo("**08");
        assertThat(Masking.mask(null)).isEqualTo("-");
    }
}
