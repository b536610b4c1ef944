package id.wadul.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

    @Test
    void defaults() {
        GatewayConfig c = GatewayConfig.from(Map.of());
        assertThat(c.port()).isEqualTo(2775);
        assertThat(c.tlsPort()).isNull();
        assertThat(c.shortCodes()).containsExactly("1708");
        assertThat(c.accounts()).isEmpty();
        assertThat(c.sinkTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.reassemblyTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.outboundMaxAttempts()).isEqualTo(5);
        assertThat(c.bindThrottling()).isEqualTo(new BindThrottling(Duration.ofMillis(500), 10, Duration.ofMinutes(10),
                10000));
        assertThat(c.bindThrottling().maxDelay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void readsBindThrottling() {
        GatewayConfig c = GatewayConfig.from(Map.of("smpp.bind.failureDelay", "1s", "smpp.bind.maxFailures", "3",
                "smpp.bind.refusal", "1h", "smpp.bind.maxTrackedAddresses", "50"));
        assertThat(c.bindThrottling()).isEqualTo(new BindThrottling(Duration.ofSeconds(1), 3, Duration.ofHours(1), 50));
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("smpp.bind.maxFailures", "0")))
                .hasMessageContaining("smpp.bind.maxFailures");
    }

    @Test
    void readsAccountsRoutesAndDurations() throws Exception {
        Properties p = new Properties();
        p.setProperty("smpp.port", "0");
        p.setProperty("wadul.shortcode", "1708, 1709");
        p.setProperty("smpp.accounts", "kannel, telkomsel");
        p.setProperty("smpp.account.kannel.password", "rahasia");
        p.setProperty("smpp.account.kannel.allowedCidrs", "10.0.0.0/8, ::1");
        p.setProperty("smpp.account.kannel.maxBinds", "2");
        p.setProperty("smpp.account.kannel.maxTps", "50");
        p.setProperty("smpp.account.kannel.window", "5");
        p.setProperty("smpp.account.telkomsel.password",
                "sha256:2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b");
        p.setProperty("smpp.outbound.route.62811", "telkomsel,kannel");
        p.setProperty("smpp.outbound.fallback", "kannel");
        p.setProperty("smpp.bindTimeout", "1500ms");
        p.setProperty("smpp.responseTimeout", "PT3S");
        p.setProperty("smpp.outbound.queueTimeout", "2h");
        GatewayConfig c = GatewayConfig.fromProperties(p);

        Account kannel = c.accounts().get("kannel");
        assertThat(kannel.passwordMatches("rahasia")).isTrue();
        assertThat(kannel.passwordMatches("Rahasia")).isFalse();
        assertThat(kannel.allows(InetAddress.getByName("10.1.1.1"))).isTrue();
        assertThat(kannel.allows(InetAddress.getByName("192.168.1.1"))).isFalse();
        assertThat(kannel.maxBinds()).isEqualTo(2);
        assertThat(kannel.maxTps()).isEqualTo(50);
        assertThat(kannel.window()).isEqualTo(5);
        assertThat(kannel.toString()).doesNotContain("rahasia");
        assertThat(c.accounts().get("telkomsel").passwordMatches("secret")).isTrue();
        assertThat(c.accounts().get("telkomsel").allows(InetAddress.getByName("203.0.113.9"))).isTrue();
        assertThat(c.shortCodes()).containsExactlyInAnyOrder("1708", "1709");
        assertThat(c.outboundByPrefix()).containsEntry("62811", List.of("telkomsel", "kannel"));
        assertThat(c.outboundFallback()).containsExactly("kannel");
        assertThat(c.bindTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.responseTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.outboundQueueTimeout()).isEqualTo(Duration.ofHours(2));
    }

    /** One short-code setting (issue 10): the gateway's former key is refused with a pointer to wadul.shortcode. */
    @Test
    void refusesTheRetiredShortCodeKey() {
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("smpp.shortCodes", "1708")))
                .hasMessageContaining("smpp.shortCodes is replaced by wadul.shortcode");
    }

    @Test
    void refusesIncompleteSettings() {
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("smpp.accounts", "x")))
                .hasMessageContaining("smpp.account.x.password");
        assertThatThrownBy(() -> GatewayConfig.from(Map.of("smpp.tls.port", "2776")))
                .hasMessageContaining("smpp.tls.cert");
    }
}
