package id.wadul.bench;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSink;
import id.wadul.gateway.InboundSms;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps nothing: completes every future at once with a fresh id, to measure the gateway alone. */
final class MemorySink implements InboundSink {

    private final AtomicLong ids = new AtomicLong();

    @Override
    public CompletableFuture<String> accept(InboundSms sms) {
        return CompletableFuture.completedFuture(Long.toString(ids.incrementAndGet()));
    }

    @Override
    public CompletableFuture<InboundPart> acceptPart(InboundPart part) {
        return CompletableFuture.completedFuture(part.withId(ids.incrementAndGet()));
    }

    @Override
    public List<InboundPart> pendingParts() {
        return List.of();
    }
}
