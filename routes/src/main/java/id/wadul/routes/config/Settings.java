package id.wadul.routes.config;

import id.wadul.gateway.config.Durations;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Every setting of the application: {@code wadul.properties} from the conf folder, then overrides
 * (system properties, {@code -Dkey=value}), which win. An override is taken for every key the file has
 * and for every key that shares a file key's first segment ({@code smpp.}, {@code db.}, ...), so new
 * accounts can be added on the command line too.
 *
 * <p>Each area reads its keys once, at start, into its typed settings record ({@code FlowSettings},
 * {@code DeskSettings}, {@code InboundSettings}, {@code RouteSettings}; the gateway's {@code GatewayConfig} and
 * sql's {@code DatabaseConfig}), which is handed to whoever needs it. The getters take no default: the defaults
 * are the shipped {@code conf/wadul.properties}, and a missing key is a {@link StartupFailure} naming it.
 */
public final class Settings {

    public static final String CONF_DIR_PROPERTY = "wadul.conf";
    public static final String FILE_NAME = "wadul.properties";
    /** The shipped conf/wadul.properties, copied into the jar by the build (routes/pom.xml). */
    public static final String REFERENCE = "/id/wadul/routes/app/reference/wadul.properties";
    public static final String DURATION_EXAMPLES = Durations.EXAMPLES;

    private final Path confDir;
    private final Properties values;
    private final Set<String> fileKeys;
    private final Set<String> overridden;

    private Settings(Path confDir, Properties values, Set<String> fileKeys, Set<String> overridden) {
        this.confDir = confDir;
        this.values = values;
        this.fileKeys = Set.copyOf(fileKeys);
        this.overridden = Set.copyOf(overridden);
    }

    /**
     * The conf folder from {@code -Dwadul.conf}, else {@code ./conf}, else the one next to the jar (see
     * {@link ConfLocator}), overridden by system properties.
     */
    public static Settings fromSystem() {
        return load(ConfLocator.locate(System.getProperty(CONF_DIR_PROPERTY), Path.of(""), runningJar()),
                System.getProperties());
    }

    /** The jar (or classes folder) this class was loaded from; null when the JVM does not say. */
    public static Path runningJar() {
        try {
            return Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception | Error e) {
            return null;
        }
    }

    /**
     * The shipped settings (conf/wadul.properties as bundled in the jar), without overrides: every default,
     * e.g. for a tool that runs without a conf folder, or a test.
     */
    public static Settings shipped() {
        Properties file = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + REFERENCE + " is missing: build with mvn");
            }
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + REFERENCE, e);
        }
        Properties stripped = new Properties();
        file.stringPropertyNames().forEach(k -> stripped.setProperty(k, file.getProperty(k).strip()));
        return new Settings(Path.of("conf").toAbsolutePath(), stripped, file.stringPropertyNames(), Set.of());
    }

    public static Settings load(Path confDir, Properties overrides) {
        Properties file = new Properties();
        Path path = confDir.resolve(FILE_NAME);
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            file.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new StartupFailure("cannot read the settings " + path.toAbsolutePath() + ": " + e.getMessage()
                    + ".\nGive the folder that holds " + FILE_NAME + " with -D" + CONF_DIR_PROPERTY + "=<folder>.", e);
        }
        Set<String> prefixes = new HashSet<>();
        for (String key : file.stringPropertyNames()) {
            int dot = key.indexOf('.');
            prefixes.add(dot < 0 ? key : key.substring(0, dot + 1));
        }
        Properties merged = new Properties();
        for (String key : file.stringPropertyNames()) {
            merged.setProperty(key, file.getProperty(key).strip());
        }
        Set<String> overridden = new HashSet<>();
        for (String key : overrides.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (file.containsKey(key) || prefixes.contains(dot < 0 ? key : key.substring(0, dot + 1))) {
                merged.setProperty(key, overrides.getProperty(key).strip());
                overridden.add(key);
            }
        }
        return new Settings(confDir.toAbsolutePath().normalize(), merged, file.stringPropertyNames(), overridden);
    }

    /** The settings file read. */
    public Path file() {
        return confDir.resolve(FILE_NAME);
    }

    /** The keys written in the settings file (not the command line's). */
    public Set<String> fileKeys() {
        return fileKeys;
    }

    /** Where a key's value comes from, for messages: "-Dkey on the command line" or the file's path. */
    public String origin(String key) {
        return overridden.contains(key) ? "-D" + key + " on the command line" : file().toString();
    }

    /** A one- or two-line failure for a value that does not parse: names the key, where it is, what to write. */
    public StartupFailure invalid(String key, String expected) {
        return new StartupFailure(key + "=" + values.getProperty(key, "") + " (" + origin(key) + ") is not "
                + expected + ".");
    }

    public Path confDir() {
        return confDir;
    }

    /** A copy of all values, e.g. for Camel's initial properties or a module's typed config. */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(values);
        return copy;
    }

    public String get(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new StartupFailure("missing setting " + key + " in " + file() + ": add a line " + key + "=...");
        }
        return v;
    }

    /** A required whole number: missing or not a number is a {@link StartupFailure} naming the key. */
    public int getInt(String key) {
        String v = get(key);
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number");
        }
    }

    /** A required {@code true} or {@code false}. */
    public boolean getBoolean(String key) {
        String v = get(key).strip();
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw invalid(key, "true or false");
        }
        return Boolean.parseBoolean(v);
    }

    /** A required duration ({@link Durations}). */
    public Duration getDuration(String key) {
        String v = get(key);
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw invalid(key, DURATION_EXAMPLES);
        }
    }

    /** A required time zone, e.g. {@code Asia/Jakarta}. */
    public ZoneId getZone(String key) {
        try {
            return ZoneId.of(get(key).strip());
        } catch (DateTimeException e) {
            throw invalid(key, "a time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura)");
        }
    }

    /** Parses a duration with the one syntax of every duration setting ({@link Durations}). */
    public static Duration parseDuration(String key, String v) {
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("setting " + key + "=" + v + " is not a duration (e.g. 30s, 10m, 4h)", e);
        }
    }
}
