package id.wadul.bench;

import org.HdrHistogram.Histogram;

/**
 * One row of the report: a server under a load, what the client saw and what the server spent.
 *
 * @param server        which server
 * @param load          "flat out" or "paced N/s"
 * @param result        the client's view
 * @param serverCpu     CPU seconds of the server's JVM during the run
 * @param databaseCpu   CPU seconds of its mysqld during the run, NaN when it has none
 * @param extra         a second latency, e.g. MO to officer, or null
 * @param extraLabel    what {@code extra} measures
 * @param reached       for MO -> officer: complaints with at least one forward seen; -1 otherwise
 */
record Measurement(String server, String load, LoadResult result, double serverCpu, double databaseCpu,
                   Histogram extra, String extraLabel, long reached) {

    double serverCpuPer10k() {
        return per10k(serverCpu);
    }

    double databaseCpuPer10k() {
        return per10k(databaseCpu);
    }

    double clientCpuPer10k() {
        return per10k(result.clientCpu());
    }

    private double per10k(double cpu) {
        return result.ok() > 0 ? cpu * 10_000 / result.ok() : Double.NaN;
    }
}
