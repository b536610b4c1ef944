package id.wadul.routes.app;

import id.wadul.gateway.config.GatewayConfig;
import id.wadul.routes.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting wadul knows, with the kind of value it takes: the keys of the shipped
 * {@code conf/wadul.properties} (bundled in the jar at build time as {@link #REFERENCE}, so a key documented
 * there is known), the optional keys that file does not list (e.g. {@code smpp.tls.port}), the per-account keys
 * {@code smpp.account.<id>.*} and the routes {@code smpp.outbound.route.<prefix>}. A key under one of wadul's
 * {@link #PREFIXES} that is none of these is a mistake, and {@link #nearest} suggests what was meant.
 */
public final class SettingKeys {

    /** What a value must look like. */
    public enum Kind {
        TEXT, WHOLE_NUMBER, PORT, DURATION, BOOLEAN, TIME_ZONE
    }

    /** wadul's own key prefixes: a -D key under one of these must be a known setting. */
    public static final List<String> PREFIXES = List.of("smpp.", "db.", "flow.", "desk.", "http.", "inbound.",
            "outbox.", "escalation.", "wadul.", "data.");

    /** The shipped wadul.properties, copied into the jar by the build (routes/pom.xml). */
    static final String REFERENCE = Settings.REFERENCE;

    private static final String ACCOUNT = "smpp.account.";
    private static final String OUTBOUND_ROUTE = "smpp.outbound.route.";

    private static final Map<String, Kind> ACCOUNT_KEYS = Map.of("password", Kind.TEXT, "allowedCidrs", Kind.TEXT,
            "maxBinds", Kind.WHOLE_NUMBER, "maxTps", Kind.WHOLE_NUMBER, "window", Kind.WHOLE_NUMBER);

    /** The JDK's own system properties under "http." (proxies and the like): not wadul's, never refused. */
    private static final Set<String> JDK_HTTP = Set.of("http.proxyHost", "http.proxyPort", "http.nonProxyHosts",
            "http.agent", "http.keepAlive", "http.keepAlive.time.server", "http.keepAlive.time.proxy",
            "http.maxConnections", "http.maxRedirects");

    private static final Map<String, Kind> TYPED = typed();

    /** Keys of earlier versions that are refused, each with what replaced it. */
    static final Map<String, String> RETIRED = Map.of(GatewayConfig.RETIRED_SHORT_CODES, GatewayConfig.SHORT_CODES
            + " (the one short-code setting: a comma list, the first code is the sender of what wadul sends)");
    private static final Pattern COMMENTED_KEY = Pattern.compile("(?m)^#\\s*([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)=");

    private final Map<String, Kind> known;

    private SettingKeys(Map<String, Kind> known) {
        this.known = Map.copyOf(known);
    }

    /** The known keys: the bundled reference file's plus the typed optional ones. */
    public static SettingKeys load() {
        try (InputStream in = SettingKeys.class.getResourceAsStream(REFERENCE)) {
            return of(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + REFERENCE, e);
        }
    }

    /**
     * The keys of a reference settings text: its settings, and the keys it documents commented out
     * ({@code #smpp.bind.refusal=10m}: an optional setting shown with its default), plus the typed ones.
     */
    static SettingKeys of(String reference) {
        Map<String, Kind> all = new HashMap<>();
        try {
            Properties written = new Properties();
            written.load(new StringReader(reference));
            written.stringPropertyNames().forEach(k -> all.put(k, Kind.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher commented = COMMENTED_KEY.matcher(reference);
        while (commented.find()) {
            if (isOwn(commented.group(1))) {
                all.put(commented.group(1), Kind.TEXT);
            }
        }
        all.putAll(TYPED);
        return new SettingKeys(all);
    }

    /** True for a key under one of wadul's prefixes (a -D key wadul must know), except the JDK's http.* ones. */
    public static boolean isOwn(String key) {
        return PREFIXES.stream().anyMatch(key::startsWith) && !JDK_HTTP.contains(key) && !key.startsWith("http.auth.");
    }

    /** What replaced a key of an earlier version that is refused now; empty for any other key. */
    public Optional<String> replacement(String key) {
        return Optional.ofNullable(RETIRED.get(key));
    }

    /** The kind of a known key (per-account and route keys included); empty for an unknown key. */
    public Optional<Kind> kind(String key) {
        Kind kind = known.get(key);
        if (kind != null) {
            return Optional.of(kind);
        }
        if (key.startsWith(OUTBOUND_ROUTE) && key.length() > OUTBOUND_ROUTE.length()) {
            return Optional.of(Kind.TEXT);
        }
        String account = accountOf(key);
        if (account != null) {
            return Optional.ofNullable(ACCOUNT_KEYS.get(key.substring(ACCOUNT.length() + account.length() + 1)));
        }
        return Optional.empty();
    }

    /** The account id of a {@code smpp.account.<id>.<key>} key, or null. */
    public static String accountOf(String key) {
        if (!key.startsWith(ACCOUNT)) {
            return null;
        }
        int dot = key.lastIndexOf('.');
        return dot > ACCOUNT.length() ? key.substring(ACCOUNT.length(), dot) : null;
    }

    /** The known key closest to a mistyped one (a few edits away at most), or empty. */
    public Optional<String> nearest(String key) {
        TreeSet<String> candidates = new TreeSet<>(known.keySet());
        String account = accountOf(key);
        if (account != null) {
            ACCOUNT_KEYS.keySet().forEach(k -> candidates.add(ACCOUNT + account + "." + k));
        }
        int allowed = Math.max(2, key.length() / 4);
        return candidates.stream()
                .map(c -> Map.entry(c, distance(key.toLowerCase(), c.toLowerCase())))
                .filter(e -> e.getValue() <= allowed)
                .min(Comparator.comparingInt(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    /** Levenshtein distance (also for suggesting a mistyped command). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Map<String, Kind> typed() {
        Map<String, Kind> m = new HashMap<>();
        for (String k : List.of("wadul.regency", "wadul.shortcode", "wadul.conf", "wadul.mysqld.args", "data.dir",
                "db.url", "db.user", "db.password", "smpp.host", "smpp.tls.cert", "smpp.tls.key",
                "smpp.accounts", "smpp.outbound.fallback", "http.host", "flow.blocklist")) {
            m.put(k, Kind.TEXT);
        }
        for (String k : List.of("smpp.port", "smpp.tls.port", "http.port", "db.embedded.port")) {
            m.put(k, Kind.PORT);
        }
        for (String k : List.of("db.poolSize", "smpp.maxPduLength", "smpp.outbound.window",
                "smpp.outbound.maxAttempts", "smpp.outbound.queueCapacity", "smpp.reassemblyMaxPending",
                "inbound.queue.capacity", "inbound.writers", "desk.login.maxFailures", "flow.limit.daily",
                "flow.forward.text.max", "flow.intake.batch", "flow.sweep.batch", "outbox.batch",
                "outbox.max.inflight", "outbox.max.attempts", "smpp.bind.maxFailures", "flow.incident.similarity",
                "smpp.bind.maxTrackedAddresses")) {
            m.put(k, Kind.WHOLE_NUMBER);
        }
        for (String k : List.of("wadul.shutdown.timeout", "smpp.bindTimeout", "smpp.enquireLinkInterval",
                "smpp.responseTimeout", "smpp.sinkTimeout", "smpp.outbound.retryBackoff", "smpp.outbound.queueTimeout",
                "smpp.reassemblyTimeout", "smpp.shutdownTimeout", "inbound.dedupe.window", "inbound.dedupe.linkTimeout",
                "desk.session.idle", "desk.session.max", "desk.login.lockout", "flow.repeat.window", "flow.sla.urgent",
                "flow.sla.normal", "flow.sweep.delay", "flow.sweep.period", "outbox.poll.period", "outbox.backoff",
                "outbox.release.after", "escalation.period", "escalation.repeat", "smpp.bind.failureDelay",
                "smpp.bind.refusal", "flow.incident.window",
                "desk.call.editWindow")) {
            m.put(k, Kind.DURATION);
        }
        for (String k : List.of("flow.limit.reply", "flow.blocklist.reply", "flow.incident.enabled",
                "desk.cookie.secure", "wadul.reliability.long")) {
            m.put(k, Kind.BOOLEAN);
        }
        m.put("wadul.zone", Kind.TIME_ZONE);
        return Map.copyOf(m);
    }
}
