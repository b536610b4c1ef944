package id.wadul.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.gateway.concat.ConcatInfo;
import id.wadul.gateway.concat.Udh;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsSplitterTest {

    /** Decodes every segment the way the inbound side does and joins the texts. */
    private static String reassemble(List<SmsSegment> segments) {
        StringBuilder sb = new StringBuilder();
        for (SmsSegment segment : segments) {
            byte[] sm = segment.shortMessage();
            int offset = 0;
            if (segment.udhi()) {
                ConcatInfo info = Udh.parse(sm).orElseThrow();
                assertThat(info.seq()).isEqualTo(segment.seq());
                assertThat(info.total()).isEqualTo(segments.size());
                offset = info.headerLength();
            }
            sb.append(SmsText.decode(segment.dataCoding(), sm, offset, sm.length - offset));
        }
        return sb.toString();
    }

    private static int payloadLength(SmsSegment segment) {
        return segment.shortMessage().length - (segment.udhi() ? 6 : 0);
    }

    @Test
    void shortGsmTextIsOnePartWithoutHeader() {
        String text = "Jln rusak parah di ds. Sumberrejo kec. Padangan, tlg diperbaiki";
        List<SmsSegment> segments = SmsSplitter.split(text, 1);
        assertThat(segments).hasSize(1);
        SmsSegment only = segments.get(0);
        assertThat(only.dataCoding()).isZero();
        assertThat(only.udhi()).isFalse();
        assertThat(only.seq()).isEqualTo(1);
        assertThat(only.total()).isEqualTo(1);
        assertThat(only.shortMessage()).containsExactly(Gsm7.encode(text));
    }

    @Test
    void gsmBoundaryIs160Septets() {
        assertThat(SmsSplitter.split("a".repeat(160), 0)).hasSize(1);
        assertThat(SmsSplitter.split("a".repeat(159) + "€", 0)).as("161 septets").hasSize(2);
        List<SmsSegment> segments = SmsSplitter.split("a".repeat(161), 0x1234);
        assertThat(segments).hasSize(2);
        assertThat(HexFormat.of().formatHex(segments.get(0).shortMessage(), 0, 6)).isEqualTo("050003340201");
        assertThat(HexFormat.of().formatHex(segments.get(1).shortMessage(), 0, 6)).isEqualTo("050003340202");
        assertThat(segments).allSatisfy(s -> {
            assertThat(s.udhi()).isTrue();
            assertThat(s.dataCoding()).isZero();
        });
        assertThat(payloadLength(segments.get(0))).isEqualTo(153);
        assertThat(payloadLength(segments.get(1))).isEqualTo(8);
        assertThat(reassemble(segments)).isEqualTo("a".repeat(161));
    }

    @Test
    void escapeSequenceIsNeverCutBetweenParts() {
        String text = "a".repeat(152) + "€" + "b".repeat(100);
        List<SmsSegment> segments = SmsSplitter.split(text, 9);
        assertThat(payloadLength(segments.get(0))).isEqualTo(152);
        assertThat(segments.get(1).shortMessage()[6]).isEqualTo((byte) 0x1B);
        assertThat(reassemble(segments)).isEqualTo(text);

        String allEscapes = "{}[]~^|\\€".repeat(40);
        List<SmsSegment> escaped = SmsSplitter.split(allEscapes, 10);
        assertThat(escaped).allSatisfy(s -> assertThat(payloadLength(s)).isLessThanOrEqualTo(153).isEven());
        assertThat(reassemble(escaped)).isEqualTo(allEscapes);
    }

    @Test
    void ucs2BoundaryIs70Units() {
        String seventy = "Pohon tumbang ş".repeat(5).substring(0, 70);
        assertThat(seventy).hasSize(70);
        List<SmsSegment> single = SmsSplitter.split(seventy, 0);
        assertThat(single).hasSize(1);
        assertThat(single.get(0).dataCoding()).isEqualTo(8);
        assertThat(single.get(0).udhi()).isFalse();
        assertThat(single.get(0).shortMessage()).hasSize(140);

        String seventyOne = seventy + "x";
        List<SmsSegment> two = SmsSplitter.split(seventyOne, 0);
        assertThat(two).hasSize(2);
        assertThat(two).allSatisfy(s -> assertThat(s.dataCoding()).isEqualTo(8));
        assertThat(payloadLength(two.get(0))).isEqualTo(134);
        assertThat(payloadLength(two.get(1))).isEqualTo(8);
        assertThat(reassemble(two)).isEqualTo(seventyOne);
    }

    @Test
    void emojiIsNeverCutBetweenParts() {
        String text = "x".repeat(66) + "🌊" + " Banjir setinggi lutut di Kalitidu 🙏";
        List<SmsSegment> segments = SmsSplitter.split(text, 3);
        assertThat(segments).hasSize(2);
        assertThat(payloadLength(segments.get(0))).isEqualTo(132);
        assertThat(HexFormat.of().withUpperCase().formatHex(segments.get(1).shortMessage(), 6, 10))
                .isEqualTo("D83CDF0A");
        assertThat(reassemble(segments)).isEqualTo(text);

        String emojis = "🙏".repeat(100);
        assertThat(reassemble(SmsSplitter.split(emojis, 4))).isEqualTo(emojis);
        assertThat(SmsSplitter.split("Banjir 🌊🙏", 4)).hasSize(1);
    }

    @Test
    void emptyTextIsOneEmptyGsmPart() {
        List<SmsSegment> segments = SmsSplitter.split("", 0);
        assertThat(segments).containsExactly(new SmsSegment(0, new byte[0], false, 1, 1));
    }

    @Test
    void atMost255Parts() {
        assertThat(SmsSplitter.split("a".repeat(153 * 255), 0)).hasSize(255);
        assertThatThrownBy(() -> SmsSplitter.split("a".repeat(153 * 255 + 1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256 parts");
        assertThatThrownBy(() -> SmsSplitter.split("ş".repeat(67 * 255 + 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentsAreValuesAndDefensivelyCopied() {
        byte[] bytes = {1, 2, 3};
        SmsSegment segment = new SmsSegment(0, bytes, false, 1, 1);
        bytes[0] = 9;
        segment.shortMessage()[1] = 9;
        assertThat(segment.shortMessage()).containsExactly(1, 2, 3);
        assertThat(segment).isEqualTo(new SmsSegment(0, new byte[] {1, 2, 3}, false, 1, 1))
                .hasSameHashCodeAs(new SmsSegment(0, new byte[] {1, 2, 3}, false, 1, 1));
        assertThat(segment.toString()).contains("010203");
    }
}
