package id.wadul.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The gateway's settings, typed and immutable, built once from properties with {@link #from(Map)}.
 * Durations are read by {@link Durations}: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, {@code 2d} or ISO-8601
 * ({@code PT10S}).
 *
 * <table>
 * <caption>Keys and defaults</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>smpp.host</td><td>0.0.0.0</td><td>listen address</td></tr>
 * <tr><td>smpp.port</td><td>2775</td><td>plain SMPP port; 0 = ephemeral</td></tr>
 * <tr><td>smpp.tls.port</td><td>(none)</td><td>SMPP over TLS port; TLS is off when unset</td></tr>
 * <tr><td>smpp.tls.cert / smpp.tls.key</td><td>(none)</td><td>PEM certificate chain / PKCS#8 PEM key</td></tr>
 * <tr><td>smpp.maxPduLength</td><td>16384</td><td>largest command_length accepted</td></tr>
 * <tr><td>smpp.bindTimeout</td><td>10s</td><td>a connection that has not bound by then is closed</td></tr>
 * <tr><td>smpp.enquireLinkInterval</td><td>30s</td><td>idle time before we probe; no answer within it closes</td></tr>
 * <tr><td>smpp.responseTimeout</td><td>10s</td><td>wait for a peer's deliver_sm_resp / unbind_resp</td></tr>
 * <tr><td>smpp.sinkTimeout</td><td>5s</td><td>wait for the store before answering ESME_RSYSERR</td></tr>
 * <tr><td>wadul.shortcode</td><td>1708</td><td>comma list of destinations accepted inbound (the one short-code
 *     setting of wadul; {@code smpp.shortCodes} is refused with a pointer to it)</td></tr>
 * <tr><td>smpp.accounts</td><td>(empty)</td><td>comma list of system_ids</td></tr>
 * <tr><td>smpp.account.&lt;id&gt;.password</td><td>(required)</td><td>plain or {@code sha256:<hex>}</td></tr>
 * <tr><td>smpp.account.&lt;id&gt;.allowedCidrs</td><td>0.0.0.0/0,::/0</td><td>comma list of CIDRs</td></tr>
 * <tr><td>smpp.account.&lt;id&gt;.maxBinds</td><td>4</td><td>concurrent binds</td></tr>
 * <tr><td>smpp.account.&lt;id&gt;.maxTps</td><td>200</td><td>inbound messages/s for the account</td></tr>
 * <tr><td>smpp.account.&lt;id&gt;.window</td><td>50</td><td>unanswered inbound requests per bind</td></tr>
 * <tr><td>smpp.outbound.route.&lt;prefix&gt;</td><td>(none)</td><td>accounts (comma list) for numbers
 *     starting with prefix; the longest prefix wins</td></tr>
 * <tr><td>smpp.outbound.fallback</td><td>(none)</td><td>accounts for numbers no prefix matches;
 *     unset = any bound receiver</td></tr>
 * <tr><td>smpp.outbound.window</td><td>10</td><td>unanswered deliver_sm per bind</td></tr>
 * <tr><td>smpp.outbound.maxAttempts</td><td>5</td><td>tries per part (throttled / timed out)</td></tr>
 * <tr><td>smpp.outbound.retryBackoff</td><td>1s</td><td>first retry delay, doubled each time</td></tr>
 * <tr><td>smpp.outbound.queueTimeout</td><td>10m</td><td>how long a message waits for a bound session</td></tr>
 * <tr><td>smpp.outbound.queueCapacity</td><td>10000</td><td>messages waiting for a session</td></tr>
 * <tr><td>smpp.reassemblyTimeout</td><td>5m</td><td>after this, what arrived is delivered as incomplete</td></tr>
 * <tr><td>smpp.reassemblyMaxPending</td><td>10000</td><td>messages being reassembled at once</td></tr>
 * <tr><td>smpp.shutdownTimeout</td><td>2s</td><td>graceful stop: wait for in-flight work and unbind_resp</td></tr>
 * <tr><td>smpp.bind.failureDelay</td><td>500ms</td><td>a failed bind's answer waits this times its step
 *     (see {@link BindThrottling})</td></tr>
 * <tr><td>smpp.bind.maxFailures</td><td>10</td><td>failed binds of one address before it is refused</td></tr>
 * <tr><td>smpp.bind.refusal</td><td>10m</td><td>how long such an address is refused; failures are
 *     forgotten after this long without one</td></tr>
 * <tr><td>smpp.bind.maxTrackedAddresses</td><td>10000</td><td>addresses with failures remembered at once</td></tr>
 * </table>
 */
public record GatewayConfig(String host, int port, Integer tlsPort, Path tlsCert, Path tlsKey, int maxPduLength,
                            Duration bindTimeout, Duration enquireLinkInterval, Duration responseTimeout,
                            Duration sinkTimeout, Set<String> shortCodes, Map<String, Account> accounts,
                            Map<String, List<String>> outboundByPrefix, List<String> outboundFallback,
                            int outboundWindow, int outboundMaxAttempts, Duration outboundRetryBackoff,
                            Duration outboundQueueTimeout, int outboundQueueCapacity, Duration reassemblyTimeout,
                            int reassemblyMaxPending, Duration shutdownTimeout, BindThrottling bindThrottling) {

    /** The short codes citizens text (comma list); the first is also the sender of what wadul sends. */
    public static final String SHORT_CODES = "wadul.shortcode";
    /** The gateway's own short-code key of earlier versions, now refused: one short-code setting. */
    public static final String RETIRED_SHORT_CODES = "smpp.shortCodes";

    public static GatewayConfig fromProperties(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return from(map);
    }

    public static GatewayConfig from(Map<String, String> p) {
        if (p.containsKey(RETIRED_SHORT_CODES)) {
            throw new IllegalArgumentException(RETIRED_SHORT_CODES + " is replaced by " + SHORT_CODES
                    + " (comma list): move the codes there and remove " + RETIRED_SHORT_CODES);
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (String id : list(p.get("smpp.accounts"))) {
            String k = "smpp.account." + id + ".";
            String password = p.get(k + "password");
            if (password == null) {
                throw new IllegalArgumentException("missing " + k + "password");
            }
            List<Cidr> cidrs = list(p.getOrDefault(k + "allowedCidrs", "0.0.0.0/0,::/0")).stream()
                    .map(Cidr::parse).toList();
            accounts.put(id, new Account(id, Account.digestOf(password), cidrs, integer(p, k + "maxBinds", 4),
                    integer(p, k + "maxTps", 200), integer(p, k + "window", 50)));
        }
        Map<String, List<String>> byPrefix = new LinkedHashMap<>();
        p.forEach((key, value) -> {
            if (key.startsWith("smpp.outbound.route.")) {
                byPrefix.put(key.substring("smpp.outbound.route.".length()), list(value));
            }
        });
        String tlsPort = p.get("smpp.tls.port");
        if (tlsPort != null && !tlsPort.isBlank() && (path(p.get("smpp.tls.cert")) == null
                || path(p.get("smpp.tls.key")) == null)) {
            throw new IllegalArgumentException("smpp.tls.port needs smpp.tls.cert and smpp.tls.key");
        }
        return new GatewayConfig(p.getOrDefault("smpp.host", "0.0.0.0"), integer(p, "smpp.port", 2775),
                tlsPort == null || tlsPort.isBlank() ? null : Integer.valueOf(tlsPort.trim()),
                path(p.get("smpp.tls.cert")), path(p.get("smpp.tls.key")), integer(p, "smpp.maxPduLength", 16384),
                duration(p, "smpp.bindTimeout", "10s"), duration(p, "smpp.enquireLinkInterval", "30s"),
                duration(p, "smpp.responseTimeout", "10s"), duration(p, "smpp.sinkTimeout", "5s"),
                Set.copyOf(list(p.getOrDefault(SHORT_CODES, "1708"))), Map.copyOf(accounts),
                Map.copyOf(byPrefix), list(p.get("smpp.outbound.fallback")), integer(p, "smpp.outbound.window", 10),
                integer(p, "smpp.outbound.maxAttempts", 5), duration(p, "smpp.outbound.retryBackoff", "1s"),
                duration(p, "smpp.outbound.queueTimeout", "10m"), integer(p, "smpp.outbound.queueCapacity", 10000),
                duration(p, "smpp.reassemblyTimeout", "5m"), integer(p, "smpp.reassemblyMaxPending", 10000),
                duration(p, "smpp.shutdownTimeout", "2s"),
                new BindThrottling(duration(p, "smpp.bind.failureDelay", "500ms"),
                        integer(p, "smpp.bind.maxFailures", 10), duration(p, "smpp.bind.refusal", "10m"),
                        integer(p, "smpp.bind.maxTrackedAddresses", 10000)));
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        return List.copyOf(out);
    }

    private static int integer(Map<String, String> p, String key, int fallback) {
        String v = p.get(key);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.trim());
    }

    static Duration duration(Map<String, String> p, String key, String fallback) {
        String v = p.get(key);
        try {
            return Durations.parse(v == null || v.isBlank() ? fallback : v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + "=" + v + " is not " + Durations.EXAMPLES, e);
        }
    }
}
