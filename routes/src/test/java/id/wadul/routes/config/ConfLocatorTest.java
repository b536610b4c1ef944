package id.wadul.routes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfLocatorTest {

    @TempDir
    Path root;

    @Test
    void theProjectsConfIsFoundFromTheJarWhenRunFromAnotherFolder() throws IOException {
        Path project = Files.createDirectories(root.resolve("wadul"));
        Files.createDirectories(project.resolve("conf"));
        Files.writeString(project.resolve("conf/wadul.properties"), "wadul.shortcode=1708\n");
        Path jar = Files.createDirectories(project.resolve("routes/target")).resolve("wadul.jar");
        Path elsewhere = Files.createDirectories(root.resolve("home"));

        assertThat(ConfLocator.locate(null, elsewhere, jar)).isEqualTo(project.resolve("conf"));
    }

    @Test
    void theWorkingFoldersConfComesFirst() throws IOException {
        Files.createDirectories(root.resolve("conf"));
        Files.writeString(root.resolve("conf/wadul.properties"), "");

        assertThat(ConfLocator.locate(null, root, Path.of("/opt/wadul/routes/target/wadul.jar")))
                .isEqualTo(root.resolve("conf"));
    }

    @Test
    void nothingFoundSaysWhereItLookedAndHowToPointAtIt() {
        Path jar = root.resolve("dist/wadul.jar");

        assertThatThrownBy(() -> ConfLocator.locate(null, root.resolve("x"), jar))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining(root.resolve("x/conf").toString())
                .hasMessageContaining(root.resolve("dist/conf").toString())
                .hasMessageContaining("-Dwadul.conf=/path/to/conf");
    }
}
