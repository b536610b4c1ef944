package id.wadul.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data folder belongs to one wadul at a time: an OS file lock ({@link FileChannel#tryLock()}) on
 * {@code <folder>/}{@value #FILE_NAME}, held while the process runs, with the holder's pid written in the file.
 * The OS drops the lock when its process dies, however it dies; the file itself stays (deleting it would let two
 * processes lock two different files).
 */
public final class DataFolderLock implements AutoCloseable {

    /** The lock file's name inside the data folder. */
    public static final String FILE_NAME = "wadul.lock";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder (created if missing) at once, or fails at once.
     *
     * @throws DataFolderInUseException when another process, or another lock of this one, holds it
     */
    public static DataFolderLock acquire(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                long holder = readPid(channel);
                channel.close();
                throw new DataFolderInUseException(root, holder);
            }
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            channel.force(false);
            return new DataFolderLock(root, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static long readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held yet
            }
        }
    }

    /** The data folder, absolute. */
    public Path folder() {
        return folder;
    }

    /** Releases the folder; the lock file stays. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // the OS releases the lock with the channel or the process anyway
        }
    }
}
