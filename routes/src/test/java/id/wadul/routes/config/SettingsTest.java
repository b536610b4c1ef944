package id.wadul.routes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path conf;

    @Test
    void commandLineWinsForKnownKeysAndKnownPrefixes() throws IOException {
        Files.writeString(conf.resolve("wadul.properties"), "smpp.port=2775\ndata.dir=./data\nflow.sla.urgent=4h\n");
        Properties system = new Properties();
        system.setProperty("smpp.port", "0");
        system.setProperty("smpp.account.x.password", "secret");
        system.setProperty("java.home", "/opt/jdk");

        Settings s = Settings.load(conf, system);

        assertThat(s.get("smpp.port")).isEqualTo("0");
        assertThat(s.get("smpp.account.x.password")).isEqualTo("secret");
        assertThat(s.get("data.dir")).isEqualTo("./data");
        assertThat(s.properties()).doesNotContainKey("java.home");
        assertThat(s.getDuration("flow.sla.urgent")).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void durationsInEveryDocumentedForm() {
        assertThat(Settings.parseDuration("k", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Settings.parseDuration("k", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Settings.parseDuration("k", "10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Settings.parseDuration("k", "2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Settings.parseDuration("k", "PT1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> Settings.parseDuration("k", "soon")).hasMessageContaining("k=soon");
    }

    @Test
    void missingFileSaysWhere() {
        assertThatThrownBy(() -> Settings.load(conf.resolve("nope"), new Properties()))
                .hasMessageContaining("wadul.properties");
    }

    @Test
    void shippedSettingsLoad() {
        Settings s = Settings.load(Path.of("../conf"), new Properties());

        assertThat(s.get("wadul.shortcode")).isEqualTo("1708");
        assertThat(s.get("wadul.regency")).isEqualTo("35.22");
        assertThat(s.get("db.url")).isEmpty();
    }
}
