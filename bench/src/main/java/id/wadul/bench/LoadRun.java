package id.wadul.bench;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;

/**
 * One run of the load client: sends submit_sm over all binds until its plan says stop, records each answer,
 * and completes {@link #done()} once every submit_sm is answered or given up. Unpaced, each answer frees a
 * window slot that is refilled at once; paced, a 1 ms tick sends what is due by then (message k is due at
 * start + k / rate), as far as the windows allow. Confined to the client's event loop.
 */
final class LoadRun {

    private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(120);

    private final EventLoop loop;
    private final List<ClientSession> sessions;
    private final RunPlan plan;
    private final Mo.Factory factory;
    private final SendLog sendLog;
    private final long firstIndex;
    private final Histogram ack = new Histogram(MAX_MICROS, 3);
    private final Histogram fromSchedule;
    private final Map<String, Long> errors = new HashMap<>();
    private final CompletableFuture<LoadResult> done = new CompletableFuture<>();
    private final double cpuAtStart;
    private final long nanosPerMessage;

    private long start;
    private long deadline;
    private long lastAnswer;
    private long issued;
    private long ok;
    private boolean stopped;
    private int next;
    private ScheduledFuture<?> pacer;
    private ScheduledFuture<?> sweeper;

    /** Told the send time of each message, e.g. to measure how long until it shows up elsewhere. */
    @FunctionalInterface
    interface SendLog {
        void sent(long index, long nanos);
    }

    LoadRun(EventLoop loop, List<ClientSession> sessions, RunPlan plan, Mo.Factory factory, SendLog sendLog,
            long firstIndex) {
        this.loop = loop;
        this.sessions = sessions;
        this.plan = plan;
        this.factory = factory;
        this.sendLog = sendLog;
        this.firstIndex = firstIndex;
        this.fromSchedule = plan.paced() ? new Histogram(MAX_MICROS, 3) : null;
        this.nanosPerMessage = plan.paced() ? Math.max(1, Math.round(1e9 / plan.rate())) : 0;
        this.cpuAtStart = LoadClient.ownCpuSeconds();
    }

    CompletableFuture<LoadResult> done() {
        return done;
    }

    long nextIndex() {
        return firstIndex + issued;
    }

    /** Starts sending; call on the event loop. */
    void start() {
        start = System.nanoTime();
        lastAnswer = start;
        deadline = start + plan.duration().toNanos();
        sweeper = loop.scheduleAtFixedRate(this::sweep, 100, 100, TimeUnit.MILLISECONDS);
        if (plan.paced()) {
            pacer = loop.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.MILLISECONDS);
        } else {
            for (ClientSession session : sessions) {
                fill(session, System.nanoTime());
                session.flushIfDirty();
            }
        }
    }

    /** A submit_sm_resp (or generic_nack) for a submit_sm sent at {@code sent}. */
    void answered(ClientSession session, int status, boolean hasMessageId, long sent, long scheduled, long now) {
        lastAnswer = now;
        if (status == SMPPConstant.STAT_ESME_ROK && hasMessageId) {
            ok++;
            ack.recordValue(Math.min(MAX_MICROS, (now - sent) / 1000));
            if (fromSchedule != null) {
                fromSchedule.recordValue(Math.min(MAX_MICROS, Math.max(0, now - scheduled) / 1000));
            }
        } else {
            errors.merge(status == SMPPConstant.STAT_ESME_ROK ? "OK without message_id" : statusName(status),
                    1L, Long::sum);
        }
        if (!stopped) {
            fill(session, now);
        }
        if (stopped) {
            finishWhenDrained();
        }
    }

    /** Submit_sm that will never be answered. */
    void lost(int count, String why) {
        errors.merge(why, (long) count, Long::sum);
    }

    private void fill(ClientSession session, long now) {
        while (session.canSend() && mayIssue(now)) {
            long due = plan.paced() ? start + issued * nanosPerMessage : now;
            if (due > now) {
                return;
            }
            send(session, due);
        }
    }

    private boolean mayIssue(long now) {
        if (!stopped && (issued >= plan.maxMessages() || now >= deadline)) {
            stopped = true;
        }
        return !stopped;
    }

    private void send(ClientSession session, long scheduled) {
        long index = firstIndex + issued;
        try {
            session.submit(factory.next(index), scheduled);
        } catch (PDUStringException e) {
            throw new IllegalStateException("the bench made an invalid submit_sm", e);
        }
        issued++;
        if (sendLog != null) {
            sendLog.sent(index, System.nanoTime());
        }
    }

    /** Paced: send what is due by now, round robin over binds with a free window slot. */
    private void tick() {
        long now = System.nanoTime();
        int n = sessions.size();
        while (mayIssue(now) && start + issued * nanosPerMessage <= now) {
            ClientSession free = null;
            for (int i = 0; i < n && free == null; i++) {
                ClientSession candidate = sessions.get((next + i) % n);
                if (candidate.canSend()) {
                    free = candidate;
                    next = (next + i + 1) % n;
                }
            }
            if (free == null) {
                break; // every window full: what is due waits, and its fromSchedule latency grows
            }
            send(free, start + issued * nanosPerMessage);
        }
        for (ClientSession session : sessions) {
            session.flushIfDirty();
        }
        if (stopped) {
            finishWhenDrained();
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (ClientSession session : sessions) {
            session.expire(now, plan.responseTimeout().toNanos(), this);
        }
        mayIssue(now);
        if (stopped && now - deadline > plan.drainTimeout().toNanos()) {
            for (ClientSession session : sessions) {
                if (session.outstanding() > 0) {
                    lost(session.outstanding(), "no response");
                    session.clearOutstanding();
                }
            }
        }
        if (stopped) {
            finishWhenDrained();
        } else if (sessions.stream().noneMatch(ClientSession::canSend)
                && sessions.stream().allMatch(s -> s.outstanding() == 0) && !plan.paced()) {
            stopped = true; // every bind is gone
            finishWhenDrained();
        }
    }

    private void finishWhenDrained() {
        if (done.isDone() || sessions.stream().anyMatch(s -> s.outstanding() > 0)) {
            return;
        }
        if (pacer != null) {
            pacer.cancel(false);
        }
        sweeper.cancel(false);
        double seconds = (lastAnswer - start) / 1e9;
        double cpu = LoadClient.ownCpuSeconds() - cpuAtStart;
        done.complete(new LoadResult(seconds, issued, ok, errors, ack, fromSchedule, plan.rate(), cpu));
    }

    static String statusName(int status) {
        return switch (status) {
            case -1 -> "generic_nack";
            case SMPPConstant.STAT_ESME_RINVMSGLEN -> "ESME_RINVMSGLEN";
            case SMPPConstant.STAT_ESME_RINVCMDLEN -> "ESME_RINVCMDLEN";
            case SMPPConstant.STAT_ESME_RINVCMDID -> "ESME_RINVCMDID";
            case SMPPConstant.STAT_ESME_RINVBNDSTS -> "ESME_RINVBNDSTS";
            case SMPPConstant.STAT_ESME_RSYSERR -> "ESME_RSYSERR";
            case SMPPConstant.STAT_ESME_RINVSRCADR -> "ESME_RINVSRCADR";
            case SMPPConstant.STAT_ESME_RINVDSTADR -> "ESME_RINVDSTADR";
            case SMPPConstant.STAT_ESME_RMSGQFUL -> "ESME_RMSGQFUL";
            case SMPPConstant.STAT_ESME_RSUBMITFAIL -> "ESME_RSUBMITFAIL";
            case SMPPConstant.STAT_ESME_RTHROTTLED -> "ESME_RTHROTTLED";
            case SMPPConstant.STAT_ESME_RX_T_APPN -> "ESME_RX_T_APPN";
            default -> String.format("0x%08X", status);
        };
    }
}
