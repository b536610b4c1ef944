package id.wadul.gateway;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where the gateway hands what it receives. The gateway writes a {@code *_resp} with ESME_ROK only once
 * the returned future has completed normally: completion means the message is durable. A future that
 * fails (or does not complete in time) makes the gateway answer with a temporary error so the link retries.
 *
 * <p>Implementations must not block the caller's thread (a Netty event loop).
 */
public interface InboundSink {

    /**
     * Stores a whole message. Completes with the id the gateway returns to the link as message_id.
     * A message whose {@link InboundSms#dedupeKey()} was stored within the dedupe window is not stored
     * again: the future completes with the earlier message's id. When {@link InboundSms#partIds()} is not
     * empty, the same transaction marks those parts as assembled.
     */
    CompletableFuture<String> accept(InboundSms sms);

    /**
     * Stores one part of a concatenated SMS. Completes with the part as stored (its id set); a part whose
     * dedupeKey was stored within the dedupe window completes with the earlier part.
     */
    CompletableFuture<InboundPart> acceptPart(InboundPart part);

    /** Parts stored but not yet assembled into a message, so reassembly can resume after a restart. */
    List<InboundPart> pendingParts();

    /**
     * The link may not have received the OK answers to the messages (or parts) with these dedupe keys: the bind
     * broke without an unbind soon after they were written, or they could not be written. A link that did not
     * get its answer delivers the same PDU again; such a copy is the same message, whereas the same text after
     * an answer the link did receive is a person sending it again. Called on an event loop: must not block.
     */
    default void answersMayBeLost(Collection<String> dedupeKeys) {
    }
}
