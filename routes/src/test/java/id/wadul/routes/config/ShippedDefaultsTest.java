package id.wadul.routes.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.config.GatewayConfig;
import id.wadul.routes.store.InboundSettings;
import id.wadul.routes.store.MariaDbInboundSink;
import id.wadul.sql.DatabaseConfig;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Defaults live in one place, the shipped conf/wadul.properties. The application's own settings records take
 * no defaults (a missing key is an error); the gateway and sql modules, which run on their own in their tests
 * and tools, keep defaults in code: here each of those must equal the shipped value, for every key the file
 * sets or documents commented out ({@code #smpp.bind.refusal=10m}).
 */
class ShippedDefaultsTest {

    private static final Pattern COMMENTED = Pattern.compile("(?m)^#\\s*([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+)=(.*)$");

    /** The shipped file's keys and values, documented-but-commented ones included. */
    private static Map<String, String> shipped() throws IOException {
        String text = Files.readString(Path.of("../conf/wadul.properties"));
        Map<String, String> all = new TreeMap<>();
        Matcher commented = COMMENTED.matcher(text);
        while (commented.find()) {
            all.put(commented.group(1), commented.group(2).strip());
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k).strip()));
        return all;
    }

    /** The demo account and the route per prefix are examples, not defaults. */
    private static boolean example(String key) {
        return key.equals("smpp.accounts") || key.startsWith("smpp.account.") || key.startsWith("smpp.outbound.route.");
    }

    @Test
    void theGatewaysDefaultsAreTheShippedValues() throws IOException {
        GatewayConfig defaults = GatewayConfig.from(Map.of());
        int checked = 0;
        for (Map.Entry<String, String> e : shipped().entrySet()) {
            if ((e.getKey().startsWith("smpp.") && !example(e.getKey())) || e.getKey().equals(GatewayConfig.SHORT_CODES)) {
                assertThat(GatewayConfig.from(Map.of(e.getKey(), e.getValue())))
                        .as("%s=%s in conf/wadul.properties against GatewayConfig's default", e.getKey(), e.getValue())
                        .isEqualTo(defaults);
                checked++;
            }
        }
        assertThat(checked).as("smpp keys checked").isGreaterThanOrEqualTo(10);
    }

    @Test
    void theDatabasesDefaultsAreTheShippedValues() throws IOException {
        DatabaseConfig defaults = DatabaseConfig.from(Map.of());
        int checked = 0;
        for (Map.Entry<String, String> e : shipped().entrySet()) {
            if (e.getKey().startsWith("db.") || e.getKey().equals("data.dir")) {
                assertThat(DatabaseConfig.from(Map.of(e.getKey(), e.getValue())))
                        .as("%s=%s in conf/wadul.properties against DatabaseConfig's default", e.getKey(), e.getValue())
                        .isEqualTo(defaults);
                checked++;
            }
        }
        assertThat(checked).as("db keys checked").isEqualTo(6);
    }

    @Test
    void theInboundStoresDefaultsAreTheShippedValues() {
        assertThat(InboundSettings.from(Settings.shipped())).isEqualTo(new InboundSettings(
                MariaDbInboundSink.DEFAULT_DEDUPE_WINDOW, MariaDbInboundSink.DEFAULT_LINK_TIMEOUT,
                MariaDbInboundSink.DEFAULT_QUEUE_CAPACITY, MariaDbInboundSink.DEFAULT_WRITERS));
    }

    /** The bundled copy (what tools and tests without a conf folder read) is the shipped file. */
    @Test
    void theBundledCopyIsTheShippedFile() throws IOException {
        Properties file = new Properties();
        file.load(new StringReader(Files.readString(Path.of("../conf/wadul.properties"))));
        assertThat(Settings.shipped().properties()).isEqualTo(stripped(file));
    }

    private static Properties stripped(Properties p) {
        Properties out = new Properties();
        p.stringPropertyNames().forEach(k -> out.setProperty(k, p.getProperty(k).strip()));
        return out;
    }
}
