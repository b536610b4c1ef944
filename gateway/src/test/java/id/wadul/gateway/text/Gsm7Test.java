package id.wadul.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Gsm7Test {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** Codes from 3GPP TS 23.038, written out here independently of the implementation's table. */
    private static final Map<Integer, Character> KNOWN_BASIC = Map.ofEntries(
            Map.entry(0x00, '@'), Map.entry(0x01, '£'), Map.entry(0x02, '$'), Map.entry(0x03, '¥'),
            Map.entry(0x04, 'è'), Map.entry(0x05, 'é'), Map.entry(0x06, 'ù'), Map.entry(0x07, 'ì'),
            Map.entry(0x08, 'ò'), Map.entry(0x09, 'Ç'), Map.entry(0x0A, '\n'), Map.entry(0x0B, 'Ø'),
            Map.entry(0x0C, 'ø'), Map.entry(0x0D, '\r'), Map.entry(0x0E, 'Å'), Map.entry(0x0F, 'å'),
            Map.entry(0x10, 'Δ'), Map.entry(0x11, '_'), Map.entry(0x12, 'Φ'), Map.entry(0x13, 'Γ'),
            Map.entry(0x14, 'Λ'), Map.entry(0x15, 'Ω'), Map.entry(0x16, 'Π'), Map.entry(0x17, 'Ψ'),
            Map.entry(0x18, 'Σ'), Map.entry(0x19, 'Θ'), Map.entry(0x1A, 'Ξ'), Map.entry(0x1C, 'Æ'),
            Map.entry(0x1D, 'æ'), Map.entry(0x1E, 'ß'), Map.entry(0x1F, 'É'), Map.entry(0x20, ' '),
            Map.entry(0x23, '#'), Map.entry(0x24, '¤'), Map.entry(0x30, '0'), Map.entry(0x3F, '?'),
            Map.entry(0x40, '¡'), Map.entry(0x41, 'A'), Map.entry(0x5A, 'Z'), Map.entry(0x5B, 'Ä'),
            Map.entry(0x5C, 'Ö'), Map.entry(0x5D, 'Ñ'), Map.entry(0x5E, 'Ü'), Map.entry(0x5F, '§'),
            Map.entry(0x60, '¿'), Map.entry(0x61, 'a'), Map.entry(0x7A, 'z'), Map.entry(0x7B, 'ä'),
            Map.entry(0x7C, 'ö'), Map.entry(0x7D, 'ñ'), Map.entry(0x7E, 'ü'), Map.entry(0x7F, 'à'));

    private static final Map<Character, Integer> EXTENSION = Map.of(
            '\f', 0x0A, '^', 0x14, '{', 0x28, '}', 0x29, '\\', 0x2F,
            '[', 0x3C, '~', 0x3D, ']', 0x3E, '|', 0x40, '€', 0x65);

    @Test
    void knownBasicCodesDecodeAndEncode() {
        KNOWN_BASIC.forEach((code, c) -> {
            assertThat(Gsm7.decode(new byte[] {code.byteValue()})).as("septet 0x%02X", code).isEqualTo(String.valueOf(c));
            assertThat(Gsm7.encode(String.valueOf(c))).as("char %s", c).containsExactly(code.byteValue());
        });
    }

    @Test
    void everyBasicSeptetRoundTripsToADistinctChar() {
        Set<String> seen = new HashSet<>();
        for (int septet = 0; septet < 128; septet++) {
            if (septet == Gsm7.ESCAPE) {
                continue;
            }
            String decoded = Gsm7.decode(new byte[] {(byte) septet});
            assertThat(decoded).hasSize(1);
            assertThat(Gsm7.canEncode(decoded)).isTrue();
            assertThat(Gsm7.septets(decoded)).isEqualTo(1);
            assertThat(Gsm7.encode(decoded)).containsExactly((byte) septet);
            seen.add(decoded);
        }
        assertThat(seen).hasSize(127);
    }

    @Test
    void everyExtensionCharTakesTwoSeptetsAndRoundTrips() {
        EXTENSION.forEach((c, code) -> {
            String s = String.valueOf(c);
            assertThat(Gsm7.septets(s)).isEqualTo(2);
            assertThat(Gsm7.encode(s)).containsExactly(0x1B, code.byteValue());
            assertThat(Gsm7.decode(new byte[] {0x1B, code.byteValue()})).isEqualTo(s);
        });
    }

    @Test
    void encodesAMixedTextFromAHexFixture() {
        assertThat(HEX.formatHex(Gsm7.encode("a[b]€@£_"))).isEqualTo("611B3C621B3E1B65000111");
        assertThat(Gsm7.decode(HEX.parseHex("611B3C621B3E1B65000111"))).isEqualTo("a[b]€@£_");
        assertThat(Gsm7.septets("Harga 5€ {ok}")).isEqualTo(16);
    }

    @Test
    void rejectsCharsOutsideTheAlphabet() {
        assertThat(Gsm7.canEncode("Jln rusak parah")).isTrue();
        for (String s : new String[] {"`", "ç", "ş", "Banjir 🌊", "\u001B", "\t"}) {
            assertThat(Gsm7.canEncode(s)).as(s).isFalse();
            assertThatThrownBy(() -> Gsm7.encode(s)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("GSM 03.38");
        }
    }

    @Test
    void decodeIsTolerant() {
        assertThat(Gsm7.decode(new byte[] {(byte) 0xC1, (byte) 0x80})).as("high bit masked").isEqualTo("A@");
        assertThat(Gsm7.decode(new byte[] {0x1B, 0x41})).as("unknown escape gives base char").isEqualTo("A");
        assertThat(Gsm7.decode(new byte[] {0x1B, 0x1B, 0x41})).as("escape escape").isEqualTo(" A");
        assertThat(Gsm7.decode(new byte[] {0x41, 0x1B})).as("trailing escape ignored").isEqualTo("A");
        assertThat(Gsm7.decode(new byte[] {0x41, 0x1B, 0x65, 0x42}, 1, 2)).isEqualTo("€");
    }

    @Test
    void decodeNeverThrowsOnAnyByteOrPairOfBytes() {
        for (int a = 0; a < 256; a++) {
            byte[] one = {(byte) a};
            assertThatCode(() -> Gsm7.decode(one)).doesNotThrowAnyException();
            for (int b = 0; b < 256; b++) {
                String s = Gsm7.decode(new byte[] {(byte) a, (byte) b});
                assertThat(s.length()).isBetween(1, 2);
            }
        }
    }

    @Test
    void packsTheKnownVector() {
        byte[] septets = Gsm7.encode("hellohello");
        byte[] packed = Gsm7.pack(septets, 0);
        assertThat(HEX.formatHex(packed)).isEqualTo("E8329BFD4697D9EC37");
        assertThat(Gsm7.unpack(packed, 10, 0)).containsExactly(septets);
        assertThat(HEX.formatHex(Gsm7.pack(new byte[] {0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F}, 0)))
                .isEqualTo("FFFFFFFFFFFFFF");
    }

    @Test
    void packsAfterFillBits() {
        assertThat(HEX.formatHex(Gsm7.pack(Gsm7.encode("A"), 1))).isEqualTo("82");
        assertThat(HEX.formatHex(Gsm7.pack(Gsm7.encode("hi"), 1))).isEqualTo("D069");
        assertThat(Gsm7.unpack(HEX.parseHex("D069"), 2, 1)).containsExactly(0x68, 0x69);
        assertThat(Gsm7.pack(new byte[0], 0)).isEmpty();
    }

    @Test
    void packMatchesABitByBitReferenceForEveryFillAndLength() {
        Random random = new Random(42);
        for (int fill = 0; fill <= 6; fill++) {
            for (int n = 0; n <= 40; n++) {
                byte[] septets = new byte[n];
                for (int i = 0; i < n; i++) {
                    septets[i] = (byte) random.nextInt(128);
                }
                byte[] packed = Gsm7.pack(septets, fill);
                assertThat(packed).as("fill %d n %d", fill, n).containsExactly(referencePack(septets, fill));
                assertThat(Gsm7.unpack(packed, n, fill)).containsExactly(septets);
            }
        }
    }

    @Test
    void unpackRejectsBadArguments() {
        assertThatThrownBy(() -> Gsm7.unpack(new byte[7], 9, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gsm7.unpack(new byte[7], 8, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gsm7.pack(new byte[1], 7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Gsm7.unpack(new byte[7], 8, 0)).hasSize(8);
    }

    /** Straightforward packing through a bit array, least significant bit first. */
    private static byte[] referencePack(byte[] septets, int fill) {
        int bits = fill + 7 * septets.length;
        boolean[] stream = new boolean[bits];
        for (int i = 0; i < septets.length; i++) {
            for (int b = 0; b < 7; b++) {
                stream[fill + 7 * i + b] = ((septets[i] >> b) & 1) == 1;
            }
        }
        byte[] out = new byte[(bits + 7) / 8];
        for (int i = 0; i < bits; i++) {
            if (stream[i]) {
                out[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return out;
    }
}
