package id.wadul.gateway.smpp;

import id.wadul.gateway.config.GatewayConfig;
import java.util.List;
import java.util.Map;

/**
 * Which accounts may carry an SMS to a number: the route with the longest matching number prefix
 * ({@code smpp.outbound.route.<prefix>}), else the fallback accounts; an empty answer means any bound
 * receiver.
 */
final class OutboundRouter {

    private final Map<String, List<String>> routes;
    private final List<String> fallback;

    OutboundRouter(GatewayConfig config) {
        this.routes = config.outboundRoutes();
        this.fallback = config.outboundFallback();
    }

    List<String> accountsFor(String destination) {
        String best = null;
        for (String prefix : routes.keySet()) {
            if (destination.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? fallback : routes.get(best);
    }
}
