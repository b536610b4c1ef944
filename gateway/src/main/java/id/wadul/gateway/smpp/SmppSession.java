package id.wadul.gateway.smpp;

import id.wadul.gateway.config.Account;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;

/**
 * One connection's state and its transitions, each a method here that refuses an illegal move with an
 * {@link IllegalStateException}: OPEN, {@link #bound} BOUND_TX/RX/TRX, {@link #startUnbinding} or
 * {@link #peerUnbinds} UNBINDING, {@link #closed} CLOSED. Also the inbound window count
 * ({@link #requestStarted}/{@link #requestFinished}), a failed bind's delayed answer, the idle probe and the
 * malformed PDU count. Written only on the channel's event loop; {@link #state()} and {@link #account()} may be
 * read from any thread. Our own requests and their responses are kept by {@link OwnRequests}.
 */
final class SmppSession {

    private static final AtomicLong IDS = new AtomicLong();

    final String id = "s" + IDS.incrementAndGet();
    final Channel channel;
    private final OwnRequests requests;
    private volatile SessionState state = SessionState.OPEN;
    private volatile Account account;
    /** Sequence number of the peer's unbind, answered once in-flight requests are; null if none came. */
    private Integer peerUnbindSequence;
    /** A failed bind of this connection waits for its delayed answer (see {@link BindHandler}). */
    private boolean bindAnswerPending;
    private int malformed;
    /** An enquire_link of ours is waiting for its response. */
    private boolean probing;
    /** Inbound submit_sm/deliver_sm received and not yet answered. */
    private int inFlight;
    /** OK answers written lately, reported to the sink if the bind breaks without an unbind. */
    private final RecentAnswers answered;
    /** Completed when the session is closed, whatever the reason. */
    final CompletableFuture<Void> closed = new CompletableFuture<>();

    SmppSession(Channel channel, int outboundWindow, Duration responseTimeout) {
        this(channel, outboundWindow, responseTimeout, Duration.ofMinutes(1));
    }

    /** @param answersKept how long an OK answer counts as possibly lost if the bind breaks (see RecentAnswers) */
    SmppSession(Channel channel, int outboundWindow, Duration responseTimeout, Duration answersKept) {
        this.answered = new RecentAnswers(answersKept.toNanos());
        this.channel = channel;
        this.requests = new OwnRequests(channel, outboundWindow, responseTimeout);
    }

    /** An OK answer to the message with this dedupe key was written (see {@link RecentAnswers}). */
    void answeredOk(String dedupeKey, long nanoTime) {
        answered.add(dedupeKey, nanoTime);
    }

    /** The dedupe keys of the OK answers written lately, which a broken connection may have lost. */
    List<String> recentAnswers(long nanoTime) {
        return answered.recent(nanoTime);
    }

    SessionState state() {
        return state;
    }

    /** The bound account; null before the bind. */
    Account account() {
        return account;
    }

    String systemId() {
        Account a = account;
        return a == null ? null : a.systemId();
    }

    /** OPEN to BOUND_TX, BOUND_RX or BOUND_TRX as the bind's command_id says; returns the new state. */
    SessionState bound(Account boundAccount, int bindCommandId) {
        if (state != SessionState.OPEN) {
            throw new IllegalStateException("bind in state " + state);
        }
        if (boundAccount == null) {
            throw new IllegalArgumentException("bound without an account");
        }
        SessionState next = switch (bindCommandId) {
            case SMPPConstant.CID_BIND_TRANSMITTER -> SessionState.BOUND_TX;
            case SMPPConstant.CID_BIND_RECEIVER -> SessionState.BOUND_RX;
            case SMPPConstant.CID_BIND_TRANSCEIVER -> SessionState.BOUND_TRX;
            default -> throw new IllegalArgumentException("not a bind: 0x" + Integer.toHexString(bindCommandId));
        };
        account = boundAccount; // before the state: whoever sees BOUND_* sees the account
        state = next;
        return next;
    }

    /**
     * A bound session starts unbinding from our side (new messages are refused from now on); returns true when
     * nothing is in flight, so the unbind may go at once.
     */
    boolean startUnbinding() {
        if (!state.isBound()) {
            throw new IllegalStateException("unbind in state " + state);
        }
        state = SessionState.UNBINDING;
        return inFlight == 0;
    }

    /**
     * The peer asked to unbind with this sequence number (in any state but CLOSED; a repeated unbind replaces
     * the earlier one, whose answer is still due); returns true when nothing is in flight, so the answer may
     * go at once.
     */
    boolean peerUnbinds(int sequence) {
        if (state == SessionState.CLOSED) {
            throw new IllegalStateException("peer unbind in state " + state);
        }
        state = SessionState.UNBINDING;
        peerUnbindSequence = sequence;
        return inFlight == 0;
    }

    /** Sequence number of the peer's unbind, to answer once drained; null when the unbind is ours. */
    Integer peerUnbindSequence() {
        return peerUnbindSequence;
    }

    /** An inbound message enters the window; only a session that may submit takes one. */
    void requestStarted() {
        if (!state.canSubmit()) {
            throw new IllegalStateException("inbound message in state " + state);
        }
        inFlight++;
    }

    /**
     * An inbound message got its answer and leaves the window; returns true when this drained an UNBINDING
     * session (its unbind may go now).
     */
    boolean requestFinished() {
        if (inFlight == 0) {
            throw new IllegalStateException("no inbound message in flight");
        }
        inFlight--;
        return inFlight == 0 && state == SessionState.UNBINDING;
    }

    int inFlight() {
        return inFlight;
    }

    /** A failed bind is answered later; until then the session takes no other bind. */
    void bindAnswerDelayed() {
        if (state != SessionState.OPEN || bindAnswerPending) {
            throw new IllegalStateException("bind answer delayed in state " + state
                    + (bindAnswerPending ? " with one pending" : ""));
        }
        bindAnswerPending = true;
    }

    void bindAnswered() {
        bindAnswerPending = false;
    }

    boolean bindAnswerPending() {
        return bindAnswerPending;
    }

    /** Counts a malformed PDU; returns how many this session has received. */
    int malformedReceived() {
        return ++malformed;
    }

    /** Starts an idle probe; false (and nothing starts) when not bound or one is already waiting. */
    boolean startProbe() {
        if (!state.isBound() || probing) {
            return false;
        }
        probing = true;
        return true;
    }

    void probeAnswered() {
        probing = false;
    }

    /** Sends one of our requests; see {@link OwnRequests#request}. Any thread. */
    CompletableFuture<Command> request(IntFunction<byte[]> pdu, boolean windowOnly) {
        return requests.request(pdu, windowOnly);
    }

    /** A *_resp or generic_nack from the peer; false when it answers nothing we sent. */
    boolean onResponse(Command response) {
        return requests.onResponse(response);
    }

    /** From any state, once the channel is closed: everything still waiting fails. A second call does nothing. */
    void closed() {
        if (state == SessionState.CLOSED) {
            return;
        }
        state = SessionState.CLOSED;
        requests.failAll();
        closed.complete(null);
    }
}
