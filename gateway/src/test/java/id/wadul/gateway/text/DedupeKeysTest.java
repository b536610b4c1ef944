package id.wadul.gateway.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupeKeysTest {

    /** SHA-256 over the length-prefixed UTF-8 fields "sms", source, destination, text; computed outside Java. */
    private static final String PINNED_SMS = "cc5628ca14cb7f12631a3f502629ac6d";

    @Test
    void keysAre32LowerCaseHexCharsAndStable() {
        String key = DedupeKeys.forSms("6281234567890", "1708", "Jalan rusak");
        assertThat(key).matches("[0-9a-f]{32}");
        assertThat(DedupeKeys.forSms("6281234567890", "1708", "Jalan rusak")).isEqualTo(key);
        // Pinned: keys are stored, so the format must not change silently between releases.
        assertThat(key).isEqualTo(PINNED_SMS);
    }

    @Test
    void everyFieldCounts() {
        List<String> keys = List.of(
                DedupeKeys.forSms("6281234567890", "1708", "Jalan rusak"),
                DedupeKeys.forSms("6281234567891", "1708", "Jalan rusak"),
                DedupeKeys.forSms("6281234567890", "1709", "Jalan rusak"),
                DedupeKeys.forSms("6281234567890", "1708", "Jalan rusak!"),
                DedupeKeys.forPart("6281234567890", "1708", 7, 2, 1, "Jalan rusak"),
                DedupeKeys.forPart("6281234567890", "1708", 8, 2, 1, "Jalan rusak"),
                DedupeKeys.forPart("6281234567890", "1708", 7, 3, 1, "Jalan rusak"),
                DedupeKeys.forPart("6281234567890", "1708", 7, 2, 2, "Jalan rusak"),
                DedupeKeys.forAssembled("6281234567890", "1708", 7, 2, "Jalan rusak"),
                DedupeKeys.forAssembled("6281234567890", "1708", 8, 2, "Jalan rusak"),
                DedupeKeys.forAssembled("6281234567890", "1708", 7, 3, "Jalan rusak"));
        assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(DedupeKeys.forSms("12", "3", "x")).isNotEqualTo(DedupeKeys.forSms("1", "23", "x"));
        assertThat(DedupeKeys.forSms("1", "2", "3x")).isNotEqualTo(DedupeKeys.forSms("1", "23", "x"));
    }

    @Test
    void unicodeTextIsHashedAsUtf8() {
        assertThat(DedupeKeys.forSms("1", "2", "Banjir 🌊")).isNotEqualTo(DedupeKeys.forSms("1", "2", "Banjir ?"));
    }

    @Test
    void nullFieldsAreRejected() {
        assertThatThrownBy(() -> DedupeKeys.forSms(null, "1708", "x")).isInstanceOf(NullPointerException.class);
    }
}
