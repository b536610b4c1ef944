package id.wadul.bench;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one measured run saw from the client's side.
 *
 * @param seconds       from the first submit_sm to the last response
 * @param submitted     submit_sm written
 * @param ok            submit_sm_resp with ESME_ROK and a message_id
 * @param errors        everything else, by command_status name (or "no response", "connection lost")
 * @param ack           submit_sm written -> submit_sm_resp OK, microseconds
 * @param fromSchedule  when the pacer wanted to send it -> submit_sm_resp OK, microseconds; includes time a
 *                      message waited for a free window slot (coordinated-omission corrected); null unless
 *                      paced
 * @param targetRate    the pacer's rate, 0 when unpaced
 * @param clientCpu     CPU seconds the client's own JVM used during the run
 */
record LoadResult(double seconds, long submitted, long ok, Map<String, Long> errors, Histogram ack,
                  Histogram fromSchedule, double targetRate, double clientCpu) {

    LoadResult {
        errors = new TreeMap<>(errors);
    }

    double rate() {
        return seconds > 0 ? ok / seconds : 0;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    static double ms(Histogram histogram, double percentile) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return Double.NaN;
        }
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    static double maxMs(Histogram histogram) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return Double.NaN;
        }
        return histogram.getMaxValue() / 1000.0;
    }
}
