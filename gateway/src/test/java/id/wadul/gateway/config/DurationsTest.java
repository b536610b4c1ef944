package id.wadul.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void everyUnitAndIso() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse(" 30s ")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("4H")).isEqualTo(Duration.ofHours(4));
        assertThat(Durations.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Durations.parse("PT10M")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("p2d")).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void refusesWhatIsNoDuration() {
        for (String bad : new String[] {"soon", "", "10", "-5s", "1.5h", "10x", "ms"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "' is not a duration");
        }
    }

    /** The gateway's settings took 2d as a bad duration while the application's took it (issue 10). */
    @Test
    void theGatewayTakesDaysToo() {
        assertThat(GatewayConfig.from(Map.of("smpp.outbound.queueTimeout", "2d")).outboundQueueTimeout())
                .isEqualTo(Duration.ofDays(2));
    }
}
