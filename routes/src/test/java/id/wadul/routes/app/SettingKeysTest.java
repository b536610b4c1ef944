package id.wadul.routes.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.app.SettingKeys.Kind;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingKeysTest {

    private final SettingKeys keys = SettingKeys.load();

    @Test
    void everyShippedKeyIsKnown() throws IOException {
        Properties shipped = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("../conf/wadul.properties"))) {
            shipped.load(r);
        }
        for (String key : shipped.stringPropertyNames()) {
            if (!key.startsWith("camel.")) {
                assertThat(keys.kind(key)).as(key).isPresent();
            }
        }
        assertThat(keys.kind("smpp.tls.port")).contains(Kind.PORT);
        assertThat(keys.kind("smpp.account.operator1.maxTps")).contains(Kind.WHOLE_NUMBER);
        assertThat(keys.kind("smpp.outbound.route.62811")).contains(Kind.TEXT);
    }

    @Test
    void aMistypedKeyGetsTheNearestKnownOne() {
        assertThat(keys.kind("smpp.acounts")).isEmpty();
        assertThat(keys.nearest("smpp.acounts")).contains("smpp.accounts");
        assertThat(keys.nearest("smpp.account.op1.pasword")).contains("smpp.account.op1.password");
        assertThat(keys.nearest("flow.sla.urgnet")).contains("flow.sla.urgent");
        assertThat(keys.nearest("something.else.entirely")).isEmpty();
    }

    @Test
    void aKeyDocumentedCommentedOutIsKnownToo() {
        SettingKeys documented = SettingKeys.of("# bind guessing\n#smpp.bind.someLimit=10\n# e.g. 5m\nflow.x=1\n");

        assertThat(documented.kind("smpp.bind.someLimit")).contains(Kind.TEXT);
        assertThat(documented.kind("flow.x")).contains(Kind.TEXT);
        assertThat(documented.kind("smpp.bind.other")).isEmpty();
    }

    @Test
    void theJdksHttpPropertiesAreNotWadulsOwn() {
        assertThat(SettingKeys.isOwn("http.proxyHost")).isFalse();
        assertThat(SettingKeys.isOwn("http.prot")).isTrue();
        assertThat(SettingKeys.isOwn("java.home")).isFalse();
    }
}
