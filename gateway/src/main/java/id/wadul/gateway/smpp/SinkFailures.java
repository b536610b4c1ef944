package id.wadul.gateway.smpp;

import java.util.concurrent.RejectedExecutionException;
import org.jsmpp.SMPPConstant;

/**
 * What the peer hears when the sink did not store a message: ESME_RTHROTTLED when the sink said it is busy
 * (a {@link RejectedExecutionException} anywhere in the cause chain), ESME_RSYSERR for anything else,
 * a timeout included. Both are temporary errors: the link retries.
 */
final class SinkFailures {

    private SinkFailures() {
    }

    static int status(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (t instanceof RejectedExecutionException) {
                return SMPPConstant.STAT_ESME_RTHROTTLED;
            }
        }
        return SMPPConstant.STAT_ESME_RSYSERR;
    }
}
