package id.wadul.routes.store;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSms;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** A queued item with the future to complete once it is stored. */
sealed interface Pending {

    String dedupeKey();

    Instant receivedAt();

    void fail(Throwable cause);

    record Message(InboundSms sms, CompletableFuture<String> future) implements Pending {
        @Override
        public String dedupeKey() {
            return sms.dedupeKey();
        }

        @Override
        public Instant receivedAt() {
            return sms.receivedAt();
        }

        @Override
        public void fail(Throwable cause) {
            future.completeExceptionally(cause);
        }
    }

    record Part(InboundPart part, CompletableFuture<InboundPart> future) implements Pending {
        @Override
        public String dedupeKey() {
            return part.dedupeKey();
        }

        @Override
        public Instant receivedAt() {
            return part.receivedAt();
        }

        @Override
        public void fail(Throwable cause) {
            future.completeExceptionally(cause);
        }
    }
}
