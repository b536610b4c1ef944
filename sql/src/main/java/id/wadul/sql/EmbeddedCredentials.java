package id.wadul.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's password: 32 random letters and digits, generated on the first start and kept in
 * {@code <data folder>/}{@value #PASSWORD_FILE}, readable and writable by its owner only (mode 0600, tightened
 * again on every start). wadul connects as {@value #USER}; {@code root} gets the same password. The server is
 * told on every start, through an init file (mode 0600, deleted once the server is up), to create and grant
 * that user and to set both passwords: this also upgrades a data folder made by an older wadul, which ran the
 * server with {@code --skip-grant-tables} and no password.
 */
final class EmbeddedCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCredentials.class);

    /** The user wadul connects as. */
    static final String USER = "wadul";
    static final String PASSWORD_FILE = "mariadb-password";
    static final String INIT_FILE = "mariadb-init.sql";

    private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9]{16,128}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String password;

    private EmbeddedCredentials(String password) {
        this.password = password;
    }

    /** Reads the password file under {@code folder}, or creates it with a new password. */
    static EmbeddedCredentials loadOrCreate(Path folder) {
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(file)) {
                try {
                    writeOwnerOnly(file, generate() + "\n");
                    LOG.info("Generated the embedded MariaDB's password in {}", file);
                } catch (FileAlreadyExistsException e) {
                    // created meanwhile: read it
                }
            }
            ownerOnly(file);
            String password = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (!PASSWORD.matcher(password).matches()) {
                throw new IllegalStateException(file + " does not hold a password of 16 to 128 letters and"
                        + " digits; delete it to have a new one generated");
            }
            return new EmbeddedCredentials(password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    /**
     * Writes the SQL the server runs at start (before it accepts connections) into {@code folder}, mode 0600,
     * and returns its path: the {@value #USER} user with every privilege, and {@code root}, both with this
     * password; anonymous users removed.
     */
    Path writeInitFile(Path folder) {
        Path file = folder.resolve(INIT_FILE);
        String sql = String.join("\n",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost';",
                "ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'localhost' WITH GRANT OPTION;",
                "CREATE USER IF NOT EXISTS 'root'@'localhost';",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + password + "';",
                "DROP USER IF EXISTS ''@'localhost';",
                "");
        try {
            Files.deleteIfExists(file);
            writeOwnerOnly(file, sql);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        if (isPosix(file)) {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(file, mode);
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        ownerOnly(file);
    }

    /** Mode 0600 (owner only), where the file system has Unix modes. */
    static void ownerOnly(Path file) throws IOException {
        if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean isPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[user=" + USER + "]";
    }
}
