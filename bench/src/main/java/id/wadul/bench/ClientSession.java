package id.wadul.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.CompletableFuture;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;

/**
 * One bind of the load client. Confined to the client's single event loop thread: no locks. Keeps the send
 * time of each outstanding submit_sm in a ring indexed by sequence number (the window keeps far fewer than
 * the ring's size outstanding), answers deliver_sm and enquire_link, and hands submit_sm_resp to the
 * current {@link LoadRun}.
 */
final class ClientSession extends ChannelInboundHandlerAdapter {

    private static final int RING = 1 << 16;
    private static final int MASK = RING - 1;
    private static final byte TON_INTERNATIONAL = 1;
    private static final byte NPI_ISDN = 1;
    private static final byte TON_UNKNOWN = 0;
    private static final byte NPI_UNKNOWN = 0;

    private final LoadClient client;
    private final int bindCommand;
    private final int window;
    private final DefaultComposer composer = new DefaultComposer();
    private final DefaultDecomposer decomposer = new DefaultDecomposer();
    private final long[] sentAt = new long[RING];
    private final long[] scheduledAt = new long[RING];
    final CompletableFuture<Void> bound = new CompletableFuture<>();
    final CompletableFuture<Void> unbound = new CompletableFuture<>();

    private ChannelHandlerContext ctx;
    private int nextSeq = 1;
    private int oldestSeq = 1;
    private int outstanding;
    private boolean dirty;
    private boolean connected;

    ClientSession(LoadClient client, int bindCommand, int window) {
        this.client = client;
        this.bindCommand = bindCommand;
        this.window = window;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) throws PDUStringException {
        ctx = context;
        connected = true;
        byte[] bind = composer.bind(bindCommand, nextSeq++, client.systemId(), client.password(), "bench",
                (byte) 0x34, TON_UNKNOWN, NPI_UNKNOWN, "");
        ctx.writeAndFlush(Unpooled.wrappedBuffer(bind));
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        try {
            int at = frame.readerIndex();
            int commandId = frame.getInt(at + 4);
            int status = frame.getInt(at + 8);
            int seq = frame.getInt(at + 12);
            switch (commandId) {
                case SMPPConstant.CID_SUBMIT_SM_RESP -> onSubmitResp(seq, status,
                        frame.readableBytes() > 16 && frame.getByte(at + 16) != 0);
                case SMPPConstant.CID_GENERIC_NACK -> onSubmitResp(seq, status == 0 ? -1 : status, false);
                case SMPPConstant.CID_DELIVER_SM -> onDeliverSm(seq, ByteBufUtil.getBytes(frame));
                case SMPPConstant.CID_ENQUIRE_LINK -> ctx.write(Unpooled.wrappedBuffer(composer.enquireLinkResp(seq)));
                case SMPPConstant.CID_UNBIND -> {
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(composer.unbindResp(SMPPConstant.STAT_ESME_ROK, seq)));
                    ctx.close();
                }
                case SMPPConstant.CID_UNBIND_RESP -> unbound.complete(null);
                case SMPPConstant.CID_BIND_RECEIVER_RESP, SMPPConstant.CID_BIND_TRANSMITTER_RESP,
                        SMPPConstant.CID_BIND_TRANSCEIVER_RESP -> onBindResp(status);
                default -> {
                    // enquire_link_resp and anything else: nothing to do
                }
            }
        } finally {
            frame.release();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        dirty = false;
        context.flush();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        connected = false;
        bound.completeExceptionally(new IllegalStateException("connection closed before bind_resp"));
        unbound.complete(null);
        if (outstanding > 0) {
            client.currentRun().lost(outstanding, "connection lost");
            clearOutstanding();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        System.err.println("bench client session error: " + cause);
        context.close();
    }

    private void onBindResp(int status) {
        if (status == SMPPConstant.STAT_ESME_ROK) {
            bound.complete(null);
        } else {
            bound.completeExceptionally(new IllegalStateException(
                    "bind refused: " + LoadRun.statusName(status)));
            ctx.close();
        }
    }

    private void onSubmitResp(int seq, int status, boolean hasMessageId) {
        int slot = seq & MASK;
        long sent = sentAt[slot];
        if (sent == 0) {
            return; // a late answer to something already counted as unanswered, or not a submit_sm
        }
        sentAt[slot] = 0;
        outstanding--;
        client.currentRun().answered(this, status, hasMessageId, sent, scheduledAt[slot], System.nanoTime());
    }

    private void onDeliverSm(int seq, byte[] pdu) {
        long now = System.nanoTime();
        int status = SMPPConstant.STAT_ESME_ROK;
        try {
            DeliverSm deliverSm = decomposer.deliverSm(pdu);
            client.delivered(deliverSm, now);
        } catch (PDUStringException | RuntimeException e) {
            status = SMPPConstant.STAT_ESME_RSYSERR;
        }
        ctx.write(Unpooled.wrappedBuffer(composer.deliverSmResp(status, seq, "")));
    }

    boolean canSend() {
        return connected && bound.isDone() && !bound.isCompletedExceptionally() && outstanding < window;
    }

    int outstanding() {
        return outstanding;
    }

    /** Writes one submit_sm (not flushed: see {@link #flushIfDirty()}). */
    void submit(Mo mo, long scheduledNanos) throws PDUStringException {
        int seq = nextSeq++;
        int slot = seq & MASK;
        byte[] pdu = composer.submitSm(seq, "", TON_INTERNATIONAL, NPI_ISDN, mo.source(), TON_UNKNOWN,
                NPI_UNKNOWN, mo.destination(), (byte) 0, (byte) 0, (byte) 0, null, null, (byte) 0, (byte) 0,
                (byte) 0, (byte) 0, mo.text());
        ctx.write(Unpooled.wrappedBuffer(pdu), ctx.voidPromise());
        sentAt[slot] = System.nanoTime();
        scheduledAt[slot] = scheduledNanos;
        outstanding++;
        dirty = true;
    }

    void flushIfDirty() {
        if (dirty) {
            dirty = false;
            ctx.flush();
        }
    }

    /** Counts submit_sm older than the timeout as unanswered and frees their window slots. */
    void expire(long now, long timeoutNanos, LoadRun run) {
        while (oldestSeq != nextSeq) {
            int slot = oldestSeq & MASK;
            long sent = sentAt[slot];
            if (sent != 0) {
                if (now - sent < timeoutNanos) {
                    return;
                }
                sentAt[slot] = 0;
                outstanding--;
                run.lost(1, "no response");
            }
            oldestSeq++;
        }
    }

    /** Forgets every outstanding submit_sm (already counted by the caller). */
    void clearOutstanding() {
        while (oldestSeq != nextSeq) {
            sentAt[oldestSeq & MASK] = 0;
            oldestSeq++;
        }
        outstanding = 0;
    }

    void unbind() {
        if (connected) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(composer.unbind(nextSeq++)));
        } else {
            unbound.complete(null);
        }
    }

    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }
}
