package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.config.GatewayConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Picking the accounts for an outbound SMS from the settings keys smpp.outbound.route.* and .fallback. */
class OutboundLinksTest {

    @Test
    void theLongestMatchingPrefixWins() {
        OutboundLinks links = new OutboundLinks(GatewayConfig.from(Map.of(
                "smpp.outbound.route.628", "indosat",
                "smpp.outbound.route.62811", "telkomsel, kannel",
                "smpp.outbound.fallback", "kannel")));
        assertThat(links.accountsFor("6281122223333")).containsExactly("telkomsel", "kannel");
        assertThat(links.accountsFor("6285722223333")).containsExactly("indosat");
        assertThat(links.accountsFor("6281")).containsExactly("indosat");
    }

    @Test
    void aNumberNoPrefixMatchesGoesToTheFallback() {
        OutboundLinks links = new OutboundLinks(GatewayConfig.from(Map.of(
                "smpp.outbound.route.62811", "telkomsel", "smpp.outbound.fallback", "kannel,xl")));
        assertThat(links.accountsFor("6289922223333")).containsExactly("kannel", "xl");
    }

    @Test
    void withoutPrefixesOrFallbackAnyBoundReceiverMayCarryIt() {
        OutboundLinks links = new OutboundLinks(GatewayConfig.from(Map.of()));
        assertThat(links.accountsFor("6281122223333")).isEqualTo(List.of());
    }
}
