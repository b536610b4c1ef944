package id.wadul.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeAndTheHolderIsNamed() throws Exception {
        Path folder = dir.resolve("data");
        long pid = ProcessHandle.current().pid();
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            assertThat(lock.folder()).isEqualTo(folder.toAbsolutePath().normalize());
            assertThat(Files.readString(folder.resolve(DataFolderLock.FILE_NAME)).trim()).isEqualTo(Long.toString(pid));
            assertThatThrownBy(() -> DataFolderLock.acquire(folder))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessage("another wadul (pid " + pid + ") is running on " + folder.toAbsolutePath()
                            + "; stop it, or give this one its own -Ddata.dir");
        }
        DataFolderLock.acquire(folder).close();
    }
}
