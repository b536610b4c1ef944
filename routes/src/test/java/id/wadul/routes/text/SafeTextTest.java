package id.wadul.routes.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void removesControlsAndDirectionOverridesButKeepsLettersTabsAndLineBreaks() {
        String evil = "Pak\u0000 Dar\u0007mo \u202Eolleh\u202C jalan\u2066x\u2069 \u200Fok\u0085\u009B\u007F";
        assertThat(SafeText.clean(evil)).isEqualTo("Pak Darmo olleh jalanx ok");
        assertThat(SafeText.clean("baris satu\r\nbaris dua\rtiga\tempat")).isEqualTo(
                "baris satu\nbaris dua\ntiga\tempat");
        assertThat(SafeText.clean("Désa Ngraho, RT 03 😀 ملف")).isEqualTo("Désa Ngraho, RT 03 😀 ملف");
        assertThat(SafeText.clean(null)).isNull();
        assertThat(SafeText.cleanLine("a\nb\tc\u202Ed")).isEqualTo("a b cd");
    }

    @Test
    void tellsWhetherATextHasForbiddenCharacters() {
        assertThat(SafeText.hasForbidden("Radio \u202EA", false)).isTrue();
        assertThat(SafeText.hasForbidden("nama\u0000", false)).isTrue();
        assertThat(SafeText.hasForbidden("bel\u0007", false)).isTrue();
        assertThat(SafeText.hasForbidden("baris\nbaris\ttab", false)).isFalse();
        assertThat(SafeText.hasForbidden("baris\nbaris", true)).isTrue();
        assertThat(SafeText.hasForbidden("Radio Á", true)).isFalse();
        assertThat(SafeText.hasForbidden(null, true)).isFalse();
    }
}
