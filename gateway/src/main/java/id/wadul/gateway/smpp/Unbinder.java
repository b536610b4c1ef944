package id.wadul.gateway.smpp;

import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.CompletableFuture;
import org.jsmpp.SMPPConstant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unbinding without losing answers: the session first goes UNBINDING (new messages get ESME_RINVBNDSTS),
 * waits until every in-flight request has its response, then sends our unbind (or answers the peer's),
 * and closes when unbind_resp arrives or the response timeout passes.
 */
final class Unbinder {

    private static final Logger LOG = LoggerFactory.getLogger(Unbinder.class);

    private Unbinder() {
    }

    /** Starts a graceful unbind from our side; completes when the session is closed. Any thread. */
    static CompletableFuture<Void> unbind(SmppSession session) {
        session.channel.eventLoop().execute(() -> {
            if (session.state() == SessionState.OPEN) {
                session.channel.close();
            } else if (session.state().isBound() && session.startUnbinding()) {
                drained(session);
            }
        });
        return session.closed;
    }

    /** On the event loop, once an UNBINDING session has nothing in flight. */
    static void drained(SmppSession session) {
        Integer peerUnbind = session.peerUnbindSequence();
        if (peerUnbind != null) {
            session.channel.writeAndFlush(Pdus.unbindResp(SMPPConstant.STAT_ESME_ROK, peerUnbind))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        LOG.info("unbinding {} ({})", session.id, session.systemId());
        session.request(Pdus::unbind, false).whenComplete((resp, error) -> session.channel.close());
    }
}
