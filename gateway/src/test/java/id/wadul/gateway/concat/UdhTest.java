package id.wadul.gateway.concat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UdhTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @Test
    void readsEightBitReference() {
        assertThat(Udh.parse(hex("050003A40301" + "48656C6C6F")))
                .contains(new ConcatInfo(0xA4, 3, 1, 6));
        assertThat(Udh.headerLength(hex("050003A40301" + "48656C6C6F"))).isEqualTo(6);
    }

    @Test
    void readsSixteenBitReference() {
        assertThat(Udh.parse(hex("06080412340201" + "48656C6C6F")))
                .contains(new ConcatInfo(0x1234, 2, 1, 7));
        assertThat(Udh.parse(hex("060804FFFFFFFF"))).contains(new ConcatInfo(0xFFFF, 255, 255, 7));
    }

    @Test
    void skipsOtherIesBeforeAndAfter() {
        // application port addressing (0x05, 16-bit ports), then concatenation
        assertThat(Udh.parse(hex("0B05040B8423F00003A40302" + "00480065")))
                .contains(new ConcatInfo(0xA4, 3, 2, 12));
        // a zero-length IE (0x70) and special SMS indication (0x01) after the 16-bit concatenation IE
        assertThat(Udh.parse(hex("0C70000804BEEF03030102C001" + "41")))
                .contains(new ConcatInfo(0xBEEF, 3, 3, 13));
    }

    @Test
    void lastConcatenationIeCounts() {
        assertThat(Udh.parse(hex("0A000301020100030702024142"))).contains(new ConcatInfo(7, 2, 2, 11));
    }

    @Test
    void headerWithoutConcatenationIsEmptyButHasALength() {
        byte[] portOnly = hex("0605040B8423F0" + "0102");
        assertThat(Udh.parse(portOnly)).isEmpty();
        assertThat(Udh.headerLength(portOnly)).isEqualTo(7);
        assertThat(Udh.parse(hex("00" + "4142"))).isEmpty();
        assertThat(Udh.headerLength(hex("00"))).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "'', empty",
        "0A000301, runs past the short_message",
        "050003A403, runs past the short_message",
        "050004A40301, runs past the 6-octet UDH",
        "0400020102, must have length 3",
        "050803A40101, must have length 4",
        "0100, truncated IE",
        "03700008, truncated IE",
        "050003A40001, total is 0",
        "050003A40200, seq 0 is not in 1..2",
        "050003A40203, seq 3 is not in 1..2",
        "0608041234FF00, seq 0 is not in 1..255"})
    void malformedHeadersAreRejectedClearly(String hexFixture, String message) {
        assertThatThrownBy(() -> Udh.parse(hex(hexFixture)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void sarTlvs() {
        assertThat(Udh.fromSar(null, null, null)).isEmpty();
        assertThat(Udh.fromSar(0x1234, 3, 2)).contains(new ConcatInfo(0x1234, 3, 2, 0));
        assertThat(Udh.fromSar(0, 1, 1)).isEqualTo(Optional.of(new ConcatInfo(0, 1, 1, 0)));
        assertThatThrownBy(() -> Udh.fromSar(1, 2, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("incomplete SAR");
        assertThatThrownBy(() -> Udh.fromSar(null, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Udh.fromSar(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Udh.fromSar(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Udh.fromSar(1, 256, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Udh.fromSar(70000, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Udh.fromSar(-1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
