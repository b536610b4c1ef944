package id.wadul.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsTextTest {

    private static final String JALAN = "Jln rusak parah di ds. Sumberrejo kec. Padangan, tlg diperbaiki";
    private static final String JALAN_GSM = "4A6C6E20727573616B2070617261682064692064732E2053756D62657272656A6F"
            + "206B65632E20506164616E67616E2C20746C672064697065726261696B69";
    private static final String BANJIR_UCS2 = "00420061006E006A006900720020D83CDF0AD83DDE4F";

    private static String decode(int dataCoding, String hex) {
        byte[] data = HexFormat.of().parseHex(hex);
        return SmsText.decode(dataCoding, data, 0, data.length);
    }

    @Test
    void decodesIndonesianGsmText() {
        assertThat(decode(0x00, JALAN_GSM)).isEqualTo(JALAN);
        assertThat(decode(0x00, "4269617961205270352E303030201B3C6C756E61731B3E201B6532"))
                .isEqualTo("Biaya Rp5.000 [lunas] €2");
    }

    @ParameterizedTest
    @ValueSource(ints = {0xF0, 0xF1, 0xF2, 0xF3, 0x10, 0x11, 0x12, 0x13})
    void decodesGsmForMessageClassCodings(int dataCoding) {
        assertThat(decode(dataCoding, "48616C6F1B65")).isEqualTo("Halo€");
    }

    @Test
    void decodesEmojiFromUcs2() {
        String text = decode(0x08, BANJIR_UCS2);
        assertThat(text).isEqualTo("Banjir 🌊🙏");
        assertThat(text.codePoints().filter(Character::isSupplementaryCodePoint).toArray())
                .containsExactly(0x1F30A, 0x1F64F);
        assertThat(decode(0x18, BANJIR_UCS2)).as("general group, UCS2, class 0").isEqualTo("Banjir 🌊🙏");
    }

    @Test
    void brokenUcs2IsReplacedNotThrown() {
        assertThat(decode(0x08, "004100")).as("odd trailing byte").isEqualTo("A\uFFFD");
        assertThat(decode(0x08, "0041D83C")).as("lone high surrogate at end").isEqualTo("A\uFFFD");
        assertThat(decode(0x08, "D83C0041")).as("high surrogate before a plain char").isEqualTo("\uFFFDA");
        assertThat(decode(0x08, "DF0A0041")).as("lone low surrogate").isEqualTo("\uFFFDA");
        assertThat(decode(0x08, "")).isEmpty();
    }

    @Test
    void decodesLatin1AndIa5() {
        assertThat(decode(0x03, "436166E92064692042616E64756E67")).isEqualTo("Café di Bandung");
        assertThat(decode(0x01, "48616C6F2040207E7B7D")).isEqualTo("Halo @ ~{}");
        assertThat(decode(0x01, "48E9")).as("non-ASCII IA5 byte").isEqualTo("H\uFFFD");
    }

    @Test
    void respectsOffsetAndLength() {
        byte[] data = HexFormat.of().parseHex("0605040B8423F0" + BANJIR_UCS2);
        assertThat(SmsText.decode(0x08, data, 7, data.length - 7)).isEqualTo("Banjir 🌊🙏");
        assertThat(SmsText.decode(0x00, data, 7, 4)).isEqualTo("@B@a");
        assertThatThrownBy(() -> SmsText.decode(0x00, data, 7, data.length))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x02, 0x04, 0x05, 0x06, 0x07, 0x09, 0x0A, 0x0D, 0x0E, 0x14, 0x15, 0x1C, 0x20, 0x28, 0x40,
            0xC0, 0xE0, 0xF4, 0xF5, 0xF6, 0xF7, 0xFF})
    void rejectsBinaryAndUnknownCodings(int dataCoding) {
        Throwable thrown = catchThrowable(() -> decode(dataCoding, "4142"));
        assertThat(thrown).isInstanceOf(UnsupportedDataCodingException.class)
                .hasMessageContaining(String.format("0x%02X", dataCoding));
        assertThat(((UnsupportedDataCodingException) thrown).dataCoding()).isEqualTo(dataCoding);
        assertThat(SmsText.isSupported(dataCoding)).isFalse();
    }

    @Test
    void everyCodingDecodesOrRefusesRandomBytes() {
        Random random = new Random(7);
        int supported = 0;
        for (int dataCoding = 0; dataCoding < 256; dataCoding++) {
            byte[] data = new byte[1 + random.nextInt(140)];
            random.nextBytes(data);
            if (SmsText.isSupported(dataCoding)) {
                assertThat(SmsText.decode(dataCoding, data, 0, data.length)).isNotNull();
                supported++;
            } else {
                int dc = dataCoding;
                assertThatThrownBy(() -> SmsText.decode(dc, data, 0, data.length))
                        .isInstanceOf(UnsupportedDataCodingException.class);
            }
        }
        // 0, 1, 3, 8, 0xF0..0xF3, and 0x10..0x13 plus 0x18..0x1B from the general group.
        assertThat(supported).isEqualTo(16);
    }
}
