package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FlowSettingsTest {

    private final FlowSettings shipped = FlowSettings.from(Settings.load(Path.of("../conf"), new Properties()));

    @Test
    void shippedDefaults() {
        assertThat(shipped.shortCode()).isEqualTo("1708");
        assertThat(shipped.regencyCode()).isEqualTo("35.22");
        assertThat(shipped.sla(true)).isEqualTo(Duration.ofHours(4));
        assertThat(shipped.sla(false)).isEqualTo(Duration.ofHours(72));
        assertThat(shipped.repeatWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(shipped.blocklist()).isEmpty();
    }

    @Test
    void backoffDoublesAndIsCapped() {
        assertThat(shipped.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(shipped.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(shipped.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(shipped.backoffAfter(7)).isEqualTo(Duration.ofSeconds(30 * 64));
        assertThat(shipped.backoffAfter(50)).isEqualTo(Duration.ofSeconds(30 * 64));
    }

    @Test
    void blocklistNumbersInAnyCommonForm() {
        assertThat(FlowSettings.numbers(" 0812-3456-7890, +6285712345678 ,6281111111111,"))
                .containsExactlyInAnyOrder("6281234567890", "6285712345678", "6281111111111");
    }
}
