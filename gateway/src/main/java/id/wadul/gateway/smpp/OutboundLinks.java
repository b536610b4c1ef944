package id.wadul.gateway.smpp;

import id.wadul.gateway.config.GatewayConfig;
import java.util.List;
import java.util.Map;

/**
 * Which links (accounts) may carry an outbound SMS to a number: the accounts of the longest matching number
 * prefix ({@code smpp.outbound.route.<prefix>}), else the fallback accounts ({@code smpp.outbound.fallback});
 * an empty answer means any bound receiver. The session among the chosen accounts' binds is picked by
 * {@link SessionRegistry#pickReceiver}.
 */
final class OutboundLinks {

    private final Map<String, List<String>> byPrefix;
    private final List<String> fallback;

    OutboundLinks(GatewayConfig config) {
        this.byPrefix = config.outboundByPrefix();
        this.fallback = config.outboundFallback();
    }

    List<String> accountsFor(String destination) {
        String best = null;
        for (String prefix : byPrefix.keySet()) {
            if (destination.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? fallback : byPrefix.get(best);
    }
}
