package id.wadul.bench;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSink;
import id.wadul.gateway.InboundSms;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/** Counts what a sink reported stored and what it failed, for the server's summary line. */
final class CountingSink implements InboundSink {

    private final InboundSink sink;
    private final LongAdder stored = new LongAdder();
    private final LongAdder failed = new LongAdder();

    CountingSink(InboundSink sink) {
        this.sink = sink;
    }

    @Override
    public CompletableFuture<String> accept(InboundSms sms) {
        CompletableFuture<String> future = sink.accept(sms);
        future.whenComplete((id, error) -> (error == null ? stored : failed).increment());
        return future;
    }

    @Override
    public CompletableFuture<InboundPart> acceptPart(InboundPart part) {
        CompletableFuture<InboundPart> future = sink.acceptPart(part);
        future.whenComplete((p, error) -> (error == null ? stored : failed).increment());
        return future;
    }

    @Override
    public List<InboundPart> pendingParts() {
        return sink.pendingParts();
    }

    String summary() {
        return "stored=" + stored.sum() + " failed=" + failed.sum();
    }
}
