package id.wadul.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded database belongs to its wadul (issue 9, item 1): a second owner of the data folder is refused at
 * once; a mariadbd left behind by a SIGKILLed JVM stops by itself (watchdog) or is stopped by the next start.
 * The first owner is a child JVM ({@link EmbeddedServerMain}).
 */
class EmbeddedOwnershipIT {

    /** Bounds on hangs only (the old code hung 3 minutes on the aria lock), not speed assertions. */
    private static final Duration START_BOUND = Duration.ofSeconds(150);

    private Path folder;

    @BeforeEach
    void folder() throws Exception {
        folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "owner-");
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void secondOwnerIsRefusedAtOnceAndTheServerDiesWithItsJvm() throws Exception {
        try (ChildJvm child = ChildJvm.start(folder, "first")) {
            assertThat(child.watchdogs()).hasSize(1);

            // a second owner, here, while the child runs: refused at once, naming folder and pid
            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> EmbeddedMariaDb.start(folder, 0).close()))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessage("another wadul (pid " + child.jvmPid + ") is running on " + folder.toAbsolutePath().normalize()
                            + "; stop it, or give this one its own -Ddata.dir")
                    .satisfies(e -> assertThat(((DataFolderInUseException) e).holderPid()).isEqualTo(child.jvmPid));
            assertThat(ServerProcesses.isAlive(ProcessHandle.of(child.serverPid).orElseThrow())).isTrue();

            // SIGKILL of the JVM only: its mariadbd shuts down by itself, cleanly (watchdog's SIGTERM)
            ProcessHandle server = ProcessHandle.of(child.serverPid).orElseThrow();
            long t0 = System.nanoTime();
            child.killJvm();
            await().atMost(Duration.ofSeconds(60)).until(() -> !ServerProcesses.isAlive(server));
            System.out.printf("RELIABILITY jvm-sigkill watchdog jvm-kill-to-mariadbd-gone-ms=%d%n",
                    (System.nanoTime() - t0) / 1_000_000);
        }
        long t0 = System.nanoTime();
        reopenFindsRow("first");
        System.out.printf("RELIABILITY jvm-sigkill watchdog next-start-ms=%d%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void aStartStopsTheServerLeftBehindByAKilledJvm() throws Exception {
        ProcessHandle orphan;
        try (ChildJvm child = ChildJvm.start(folder, "before-kill")) {
            orphan = ProcessHandle.of(child.serverPid).orElseThrow();
            // no watchdog (an OS without one, or the watchdog killed too): the start must clean up itself
            child.watchdogs().forEach(ProcessHandle::destroyForcibly);
            child.killJvm();
            assertThat(ServerProcesses.isAlive(orphan)).isTrue();
            assertThat(ServerProcesses.serves(orphan, folder.resolve("mariadb"))).isTrue();

            long t0 = System.nanoTime();
            reopenFindsRow("before-kill");
            System.out.printf("RELIABILITY jvm-sigkill orphan next-start-ms=%d (stops the orphan, then starts)%n",
                    (System.nanoTime() - t0) / 1_000_000);
            assertThat(ServerProcesses.isAlive(orphan)).isFalse();
        }
    }

    private void reopenFindsRow(String mark) throws Exception {
        try (Database database = assertTimeoutPreemptively(START_BOUND,
                () -> Database.start(DatabaseConfig.embedded(folder)));
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM probe WHERE mark = '" + mark + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
