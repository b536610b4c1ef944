package id.wadul.gateway.smpp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Outbound messages waiting for a bound receiver: bounded, and each one fails with "no session" when the
 * queue timeout passes before a suitable session binds. Thread-safe.
 */
final class WaitingJobs {

    private final ArrayDeque<OutboundJob> jobs = new ArrayDeque<>();
    private final int capacity;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private boolean closed;

    WaitingJobs(int capacity, Duration timeout, ScheduledExecutorService timer) {
        this.capacity = capacity;
        this.timeout = timeout;
        this.timer = timer;
    }

    /** Queues the job, or fails it at once when the queue is full or closed. */
    void add(OutboundJob job) {
        synchronized (jobs) {
            if (closed || jobs.size() >= capacity) {
                job.failed(closed ? "gateway stopped" : "outbound queue full");
                return;
            }
            jobs.add(job);
        }
        timer.schedule(() -> {
            if (remove(job)) {
                job.failed("no session within " + timeout);
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean remove(OutboundJob job) {
        synchronized (jobs) {
            return jobs.remove(job);
        }
    }

    /** Removes and returns the waiting jobs this session may carry, oldest first. */
    List<OutboundJob> takeFor(SmppSession session) {
        List<OutboundJob> ready = new ArrayList<>();
        synchronized (jobs) {
            for (Iterator<OutboundJob> it = jobs.iterator(); it.hasNext(); ) {
                OutboundJob job = it.next();
                if (job.accepts(session)) {
                    it.remove();
                    ready.add(job);
                }
            }
        }
        return ready;
    }

    /** Takes no more jobs; returns those still waiting. */
    List<OutboundJob> close() {
        synchronized (jobs) {
            closed = true;
            List<OutboundJob> left = List.copyOf(jobs);
            jobs.clear();
            return left;
        }
    }
}
