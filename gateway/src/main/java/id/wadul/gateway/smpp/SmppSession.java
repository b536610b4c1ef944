package id.wadul.gateway.smpp;

import id.wadul.gateway.config.Account;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jsmpp.bean.Command;

/**
 * The state of one connection: bind state, account, the inbound window count and our own outstanding
 * requests (deliver_sm, enquire_link, unbind) waiting for their responses. Every field is touched only on
 * the channel's event loop; {@link #request} hops there itself, so any thread may call it.
 */
final class SmppSession {

    private static final AtomicLong IDS = new AtomicLong();

    private record Pending(CompletableFuture<Command> future, ScheduledFuture<?> timeout) {
    }

    private record Waiting(IntFunction<byte[]> pdu, CompletableFuture<Command> future) {
    }

    final String id = "s" + IDS.incrementAndGet();
    final Channel channel;
    private final int outboundWindow;
    private final Duration responseTimeout;
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int windowed;
    private int nextSequence = 1;
    volatile SessionState state = SessionState.OPEN;
    volatile Account account;
    /** Sequence number of the peer's unbind, answered once in-flight requests are; null if none came. */
    Integer peerUnbindSequence;
    /** Malformed PDUs received so far. */
    int malformed;
    /** An enquire_link of ours is waiting for its response. */
    boolean probing;
    /** Inbound submit_sm/deliver_sm received and not yet answered. */
    int inFlight;
    /** OK answers written lately, reported to the sink if the bind breaks without an unbind. */
    final RecentAnswers answered;
    /** Completed when the session is closed, whatever the reason. */
    final CompletableFuture<Void> closed = new CompletableFuture<>();

    SmppSession(Channel channel, int outboundWindow, Duration responseTimeout) {
        this(channel, outboundWindow, responseTimeout, Duration.ofMinutes(1));
    }

    /** @param answersKept how long an OK answer counts as possibly lost if the bind breaks (see RecentAnswers) */
    SmppSession(Channel channel, int outboundWindow, Duration responseTimeout, Duration answersKept) {
        this.answered = new RecentAnswers(answersKept.toNanos());
        this.channel = channel;
        this.outboundWindow = outboundWindow;
        this.responseTimeout = responseTimeout;
    }

    String systemId() {
        return account == null ? null : account.systemId();
    }

    /**
     * Sends a request built for its sequence number; completes with the peer's response, or fails with a
     * {@link TimeoutException} or {@link ClosedChannelException}. Windowed requests beyond the outbound
     * window wait their turn (their number is bounded by the outbound queue).
     */
    CompletableFuture<Command> request(IntFunction<byte[]> pdu, boolean windowOnly) {
        CompletableFuture<Command> future = new CompletableFuture<>();
        channel.eventLoop().execute(() -> {
            if (!channel.isActive()) {
                future.completeExceptionally(new ClosedChannelException());
            } else if (windowOnly && windowed >= outboundWindow) {
                waiting.add(new Waiting(pdu, future));
            } else {
                send(pdu, future, windowOnly);
            }
        });
        return future;
    }

    private void send(IntFunction<byte[]> pdu, CompletableFuture<Command> future, boolean windowOnly) {
        int sequence = nextSequence;
        nextSequence = nextSequence == Integer.MAX_VALUE ? 1 : nextSequence + 1;
        if (windowOnly) {
            windowed++;
            future.whenComplete((r, e) -> {
                windowed--;
                Waiting next = waiting.poll();
                if (next != null && channel.isActive()) {
                    send(next.pdu(), next.future(), true);
                }
            });
        }
        ScheduledFuture<?> timeout = channel.eventLoop().schedule(() -> {
            Pending p = pending.remove(sequence);
            if (p != null) {
                p.future().completeExceptionally(new TimeoutException("no response to sequence " + sequence));
            }
        }, responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        pending.put(sequence, new Pending(future, timeout));
        channel.writeAndFlush(pdu.apply(sequence));
    }

    /** A *_resp or generic_nack from the peer; false when it answers nothing we sent. */
    boolean onResponse(Command response) {
        Pending p = pending.remove(response.getSequenceNumber());
        if (p == null) {
            return false;
        }
        p.timeout().cancel(false);
        p.future().complete(response);
        return true;
    }

    /** Called once the channel is closed: everything still waiting fails. */
    void onClosed() {
        state = SessionState.CLOSED;
        ClosedChannelException closedException = new ClosedChannelException();
        waiting.forEach(w -> w.future().completeExceptionally(closedException));
        waiting.clear();
        pending.values().forEach(p -> {
            p.timeout().cancel(false);
            p.future().completeExceptionally(closedException);
        });
        pending.clear();
        closed.complete(null);
    }
}
