package id.wadul.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision logic of {@code .ci/browser-deps}, which the build runs before the integration tests so the
 * README's {@code mvn -B verify} passes on a fresh Debian machine. The real apt-get, sudo and id are replaced
 * by recording scripts first on the PATH (a test must not install packages on the machine); the browser paths
 * point into a temporary folder, so "missing" is real.
 */
class BrowserDepsScriptTest {

    private static final Path SCRIPT = Path.of("../.ci/browser-deps").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path bin;
    private Path calls;
    private Path chromium;
    private Path chromedriver;

    private record Run(int status, String stderr) {
    }

    @BeforeEach
    void folders() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls.txt");
        Files.writeString(calls, "");
        chromium = dir.resolve("usr/bin/chromium");
        chromedriver = dir.resolve("usr/bin/chromedriver");
        Files.createDirectories(chromium.getParent());
    }

    private void tool(String name, String body) throws IOException {
        Path tool = bin.resolve(name);
        Files.writeString(tool, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** apt-get that records its arguments and, on install, puts the two programs in place. */
    private void aptGet() throws IOException {
        tool("apt-get", "echo \"apt-get $*\" >> " + calls + "\n"
                + "if [ \"$1\" != update ]; then for f in " + chromium + " " + chromedriver
                + "; do printf '#!/bin/sh\\n' > $f; chmod +x $f; done; fi");
    }

    private void user(int uid, boolean passwordlessSudo) throws IOException {
        tool("id", "echo " + uid);
        tool("sudo", "echo \"sudo $*\" >> " + calls + "\n"
                + (passwordlessSudo ? "shift; exec \"$@\"" : "echo 'sudo: a password is required' >&2; exit 1"));
    }

    private Run run(String path) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toString()).redirectOutput(
                ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", path);
        pb.environment().put("CHROMIUM", chromium.toString());
        pb.environment().put("CHROMEDRIVER", chromedriver.toString());
        Process p = pb.start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), stderr);
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(calls);
    }

    @Test
    void doesNothingWhenBothAreThere() throws Exception {
        aptGet();
        user(1000, false);
        for (Path program : List.of(chromium, chromedriver)) {
            Files.writeString(program, "#!/bin/sh\n");
            Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        }

        assertThat(run(bin + ":/usr/bin:/bin").status()).isZero();
        assertThat(calls()).isEmpty();
    }

    @Test
    void rootInstallsWithAptGet() throws Exception {
        aptGet();
        user(0, false);

        assertThat(run(bin + ":/usr/bin:/bin").status()).isZero();
        assertThat(calls()).containsExactly("apt-get update -qq",
                "apt-get install -y -qq --no-install-recommends chromium chromium-driver");
        assertThat(chromium).isExecutable();
    }

    @Test
    void anotherUserInstallsThroughSudoWhenItNeedsNoPassword() throws Exception {
        aptGet();
        user(1000, true);

        assertThat(run(bin + ":/usr/bin:/bin").status()).isZero();
        assertThat(calls()).contains("sudo -n true",
                "apt-get install -y -qq --no-install-recommends chromium chromium-driver");
        assertThat(chromedriver).isExecutable();
    }

    @Test
    void withoutRootOrSudoItSaysWhatToDoInOneParagraph() throws Exception {
        aptGet();
        user(1000, false);

        Run run = run(bin + ":/usr/bin:/bin");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr().strip().lines()).hasSize(1);
        assertThat(run.stderr()).contains("DeskBrowserIT", "sudo apt-get install chromium chromium-driver",
                "sudo asks for a password", "-DskipITs");
        assertThat(calls()).noneMatch(c -> c.startsWith("apt-get"));
    }

    @Test
    void withoutAptGetItSaysSo() throws Exception {
        user(0, false);
        Path bash = Files.createSymbolicLink(bin.resolve("bash"), Path.of("/bin/bash"));
        assertThat(bash).exists();

        Run run = run(bin.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.stderr()).contains("there is no apt-get here");
    }
}
