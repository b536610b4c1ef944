package id.wadul.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of a process as Linux accounts it: utime + stime from {@code /proc/<pid>/stat}, in clock ticks
 * of 1/100 s (CLK_TCK is 100 on Linux x86-64). Includes every thread of the process.
 */
final class ProcCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcCpu() {
    }

    /** CPU seconds (user + system) the process has used so far. */
    static double seconds(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CPU time of process " + pid, e);
        }
        // the command name (field 2) is in parentheses and may contain spaces: parse after the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state); utime is field 14 and stime field 15
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) / TICKS_PER_SECOND;
    }
}
