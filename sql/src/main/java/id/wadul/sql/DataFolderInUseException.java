package id.wadul.sql;

import java.nio.file.Path;

/**
 * Another process (or this one, through another {@link DataFolderLock}) holds the data folder. The message is
 * one line for a person, e.g. {@code another wadul (pid 1234) is running on /srv/wadul/data; stop it, or give
 * this one its own -Ddata.dir}: print it as it is, without a stack trace.
 */
public final class DataFolderInUseException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;
    private final long holderPid;

    DataFolderInUseException(Path folder, long holderPid) {
        super("another wadul (" + (holderPid > 0 ? "pid " + holderPid : "pid unknown") + ") is running on "
                + folder + "; stop it, or give this one its own -Ddata.dir");
        this.folder = folder;
        this.holderPid = holderPid;
    }

    /** The data folder, absolute. */
    public Path folder() {
        return folder;
    }

    /** The holder's process id as it wrote it in the lock file; 0 when unknown. */
    public long holderPid() {
        return holderPid;
    }
}
