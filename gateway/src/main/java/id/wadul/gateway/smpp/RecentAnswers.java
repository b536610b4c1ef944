package id.wadul.gateway.smpp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The dedupe keys of the messages a session answered OK lately (event loop only). If the bind then breaks
 * without an unbind, the link may not have read those answers and may deliver the messages again on its next
 * bind: the gateway tells the sink ({@code InboundSink.answersMayBeLost}) so it takes them for re-deliveries.
 * Keeps what was answered within {@code keepNanos}; older answers were followed by a live link long enough.
 */
final class RecentAnswers {

    private record Answer(String dedupeKey, long at) {
    }

    private final long keepNanos;
    private final ArrayDeque<Answer> answers = new ArrayDeque<>();

    RecentAnswers(long keepNanos) {
        this.keepNanos = keepNanos;
    }

    void add(String dedupeKey, long nowNanos) {
        prune(nowNanos);
        answers.add(new Answer(dedupeKey, nowNanos));
    }

    /** The keys answered within the keep time, oldest first. */
    List<String> recent(long nowNanos) {
        prune(nowNanos);
        List<String> keys = new ArrayList<>(answers.size());
        answers.forEach(a -> keys.add(a.dedupeKey()));
        return keys;
    }

    private void prune(long nowNanos) {
        while (!answers.isEmpty() && nowNanos - answers.peekFirst().at() > keepNanos) {
            answers.pollFirst();
        }
    }
}
