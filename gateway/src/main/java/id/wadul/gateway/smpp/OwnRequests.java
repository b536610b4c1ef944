package id.wadul.gateway.smpp;

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
import java.util.function.IntFunction;
import org.jsmpp.bean.Command;

/**
 * Our own requests on one connection (deliver_sm, enquire_link, unbind) waiting for the peer's responses:
 * sequence numbers, the outbound window, response timeouts. Touched only on the channel's event loop;
 * {@link #request} hops there itself, so any thread may call it.
 */
final class OwnRequests {

    private record Pending(CompletableFuture<Command> future, ScheduledFuture<?> timeout) {
    }

    private record Waiting(IntFunction<byte[]> pdu, CompletableFuture<Command> future) {
    }

    private final Channel channel;
    private final int outboundWindow;
    private final Duration responseTimeout;
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int windowed;
    private int nextSequence = 1;

    OwnRequests(Channel channel, int outboundWindow, Duration responseTimeout) {
        this.channel = channel;
        this.outboundWindow = outboundWindow;
        this.responseTimeout = responseTimeout;
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

    /** Once the channel is closed: everything still waiting fails. */
    void failAll() {
        ClosedChannelException closedException = new ClosedChannelException();
        waiting.forEach(w -> w.future().completeExceptionally(closedException));
        waiting.clear();
        pending.values().forEach(p -> {
            p.timeout().cancel(false);
            p.future().completeExceptionally(closedException);
        });
        pending.clear();
    }
}
