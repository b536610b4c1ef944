package id.wadul.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's mistakes, run in-process with captured streams: each answers in one or two lines on stderr
 * (what is wrong, what to do) with a non-zero status, before any database is started, never with a stack trace.
 */
class WadulMainTest {

    @TempDir
    Path conf;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Properties system = new Properties();

    @BeforeEach
    void shippedConf() throws IOException {
        Files.copy(Path.of("../conf/wadul.properties"), conf.resolve("wadul.properties"));
        system.setProperty("wadul.conf", conf.toString());
        // nothing here may reach the database: a test that got past the checks would fail on this URL at once
        system.setProperty("db.url", "jdbc:mariadb://127.0.0.1:1/none");
        system.setProperty("data.dir", conf.resolve("data").toString());
    }

    private int run(String... args) {
        return new WadulMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), system).execute(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertShortAnswer() {
        assertThat(errors().lines().filter(l -> !l.startsWith("usage") && !l.startsWith(" ")
                && !l.startsWith("Settings:"))).hasSizeBetween(1, 2);
        assertThat(errors()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMistypedCommandIsNamedBeforeTheUsage() {
        assertThat(run("rn")).isEqualTo(2);
        assertThat(errors()).startsWith("wadul: unknown command 'rn' (did you mean 'run'?)").contains("usage:");
    }

    @Test
    void runTakesNoArguments() {
        assertThat(run("run", "--port", "1")).isEqualTo(2);
        assertThat(errors()).contains("unknown option '--port' for run");
        assertShortAnswer();
    }

    @Test
    void anUnknownCommandLineSettingIsAnErrorWithTheNearestKey() {
        system.setProperty("smpp.prot", "2776");
        assertThat(run("run")).isEqualTo(2);
        assertThat(errors()).contains("unknown option -Dsmpp.prot (did you mean -Dsmpp.port?)");
        assertShortAnswer();
    }

    @Test
    void anUnknownKeyInTheFileIsAnErrorNamingTheFile() throws IOException {
        Files.writeString(conf.resolve("wadul.properties"), "\ninbound.dedupe.windw=5m\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("run")).isEqualTo(1);
        assertThat(errors()).contains("unknown setting 'inbound.dedupe.windw' in " + conf.resolve("wadul.properties"))
                .contains("did you mean inbound.dedupe.window?");
        assertShortAnswer();
    }

    /** One short-code setting (issue 10): the gateway's former smpp.shortCodes points to wadul.shortcode. */
    @Test
    void theRetiredShortCodeKeyPointsToTheOneSetting() throws IOException {
        Files.writeString(conf.resolve("wadul.properties"), "\nsmpp.shortCodes=1708\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("run")).isEqualTo(1);
        assertThat(errors()).contains("smpp.shortCodes (" + conf.resolve("wadul.properties")
                + ") is no longer a setting: write its value in wadul.shortcode");
        assertShortAnswer();
    }

    /** The shipped file holds every default; the code has none, so a removed line is named, not guessed. */
    @Test
    void aMissingSettingIsNamedWithItsFile() throws IOException {
        String shipped = Files.readString(conf.resolve("wadul.properties"));
        Files.writeString(conf.resolve("wadul.properties"), shipped.replace("flow.sweep.batch=200\n", ""));
        assertThat(run("run")).isEqualTo(1);
        assertThat(errors()).contains("missing setting flow.sweep.batch in " + conf.resolve("wadul.properties"));
        assertShortAnswer();
    }

    @Test
    void aValueThatDoesNotParseNamesTheKeyAndTheFile() throws IOException {
        String shipped = Files.readString(conf.resolve("wadul.properties"));
        Files.writeString(conf.resolve("wadul.properties"), shipped.replace("flow.limit.daily=30", "flow.limit.daily=3O")
                .replace("outbox.backoff=30s", "outbox.backoff=30 detik"));
        assertThat(run("run")).isEqualTo(1);
        assertThat(errors()).contains("flow.limit.daily=3O (" + conf.resolve("wadul.properties")
                + ") is not a whole number");
        assertShortAnswer();

        err.reset();
        Files.writeString(conf.resolve("wadul.properties"), shipped.replace("outbox.backoff=30s", "outbox.backoff=30 detik"));
        assertThat(run("run")).isEqualTo(1);
        assertThat(errors()).contains("outbox.backoff=30 detik").contains("is not a duration");
    }

    @Test
    void anUnknownRegencyIsToldBeforeTheDatabaseStartsWithHowToFindACode() {
        system.setProperty("wadul.regency", "35.99");
        assertThat(run("run")).isEqualTo(1);
        assertThat(errors()).contains("wadul.regency=35.99").contains("not a regency code")
                .contains("idn-area/regencies.csv");
        assertShortAnswer();

        err.reset();
        system.setProperty("wadul.regency", "bojonegoro");
        assertThat(run("classify")).isEqualTo(1);
        assertThat(errors()).contains("Did you mean wadul.regency=35.22 (Kabupaten Bojonegoro)?");
    }

    @Test
    void aPortInUseIsNamedWithItsSetting() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));
            system.setProperty("smpp.port", "0");
            system.setProperty("http.port", Integer.toString(taken.getLocalPort()));
            assertThat(run("run")).isEqualTo(1);
        }
        assertThat(errors()).contains("http.port=").contains("-Dhttp.port=<port>").contains("another program");
        assertShortAnswer();
    }

    @Test
    void aMissingConfFolderSaysWhereItLookedAndHowToPointAtIt() {
        system.setProperty("wadul.conf", conf.resolve("nope").toString());
        assertThat(run("run")).isEqualTo(1);
        assertThat(errors()).contains("no wadul.properties in " + conf.resolve("nope"))
                .contains("the folder that holds wadul.properties");
        assertShortAnswer();
    }

    @Test
    void addOperatorChecksItsArgumentsBeforeTheDatabase() {
        assertThat(run("add-operator", "admin")).isEqualTo(2);
        assertThat(errors()).contains("add-operator needs a username, a role and a station");
        err.reset();
        assertThat(run("add-operator", "admin", "ADMIN", "Radio", "--pasword-stdin")).isEqualTo(2);
        assertThat(errors()).contains("unknown option '--pasword-stdin' for add-operator");
        err.reset();
        assertThat(run("add-operator", "root", "SYSADMIN", "--force", "--password-stdin")).isEqualTo(2);
        assertThat(errors()).contains("unknown option '--force' for add-operator");
        err.reset();
        assertThat(run("add-operator", "root", "SYSADMIN", "Kominfo")).isEqualTo(2);
        assertThat(errors()).contains("a SYSADMIN account has no station");
        err.reset();
        assertThat(run("add-operator", "camat", "OFFICER")).isEqualTo(2);
        assertThat(errors()).contains("linked to a person");
    }

    @Test
    void routingExportTakesNoArguments() {
        assertThat(run("routing-export", "--all")).isEqualTo(2);
        assertThat(errors()).contains("unknown option '--all' for routing-export");
    }
}
