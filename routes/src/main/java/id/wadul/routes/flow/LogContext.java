package id.wadul.routes.flow;

import java.util.function.Supplier;
import org.slf4j.MDC;

/** The logging context (SLF4J's MDC) of the flow's work: the inbound message id and the ticket number. */
final class LogContext {

    private LogContext() {
    }

    /** Runs {@code work} with the message id (when there is one) and the ticket number in the logging context. */
    static <T> T withTicket(Long messageId, String ticket, Supplier<T> work) {
        String previousMsg = MDC.get("msgId");
        String previousTicket = MDC.get("ticket");
        if (messageId != null) {
            MDC.put("msgId", String.valueOf(messageId));
        }
        MDC.put("ticket", ticket);
        try {
            return work.get();
        } finally {
            restore("msgId", previousMsg);
            restore("ticket", previousTicket);
        }
    }

    /** Puts back what {@code key} held before ({@code previous}; null: nothing). */
    static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
