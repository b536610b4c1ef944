package id.wadul.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user starts it, from another folder: it finds its conf/, and mistakes are one line. */
class WadulJarIT {

    private static final Path JAR = Path.of("target/wadul.jar").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private record Result(int status, String out, String err) {
    }

    private Result java(String stdin, String... args) throws IOException, InterruptedException {
        return java(List.of(), stdin, args);
    }

    private Result java(List<String> options, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Ddata.dir=" + elsewhere.resolve("data")));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(elsewhere.toFile()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void runFromAnotherFolderItFindsTheConfNextToTheJar() throws Exception {
        Result classify = java("jalan rusak di ds ngeper kec padangan\n", "classify");

        assertThat(classify.err()).isEmpty();
        assertThat(classify.status()).isZero();
        assertThat(classify.out()).contains("\"kecamatan\"", "Padangan");
    }

    @Test
    void aMistypedCommandIsOneLineBeforeTheUsageWithStatusTwo() throws Exception {
        Result rn = java("", "rn");

        assertThat(rn.status()).isEqualTo(2);
        assertThat(rn.err()).startsWith("wadul: unknown command 'rn' (did you mean 'run'?)\nusage:")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownSettingStopsTheStartInTwoLinesBeforeTheDatabase() throws Exception {
        Result run = java(List.of("-Dflow.sla.urgnet=4h"), "");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wadul: unknown option -Dflow.sla.urgnet (did you mean -Dflow.sla.urgent?).\n"
                + "The settings are listed in " + JAR.getParent().getParent().getParent().resolve("conf/wadul.properties")
                + ".\n");
        assertThat(run.out()).doesNotContain("MariaDB");
    }
}
