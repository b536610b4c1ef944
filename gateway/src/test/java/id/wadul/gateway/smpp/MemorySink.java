package id.wadul.gateway.smpp;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSink;
import id.wadul.gateway.InboundSms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

/**
 * An in-memory store for tests, with the store's dedupe contract (same dedupeKey: earlier id). Its mode
 * makes it a failing sink (FAIL), a busy one (BUSY: RejectedExecutionException) or one that never answers
 * (NEVER).
 */
final class MemorySink implements InboundSink {

    enum Mode { OK, FAIL, BUSY, NEVER, HOLD, THROW }

    volatile Mode mode = Mode.OK;
    private final List<InboundSms> messages = new ArrayList<>();
    private final List<InboundPart> parts = new ArrayList<>();
    private final Map<String, String> messageKeys = new HashMap<>();
    private final Map<String, InboundPart> partKeys = new HashMap<>();
    private final Set<Long> assembledPartIds = new HashSet<>();
    private final List<CompletableFuture<?>> neverCompleted = new ArrayList<>();
    private long nextId = 1000;

    private final List<Runnable> held = new ArrayList<>();
    /** Dedupe keys the gateway reported as possibly unanswered (answersMayBeLost). */
    final List<String> lost = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void answersMayBeLost(java.util.Collection<String> dedupeKeys) {
        lost.addAll(dedupeKeys);
    }

    /** HOLD mode: stores and completes everything held so far. */
    void release() {
        List<Runnable> now;
        synchronized (this) {
            mode = Mode.OK;
            now = List.copyOf(held);
            held.clear();
        }
        now.forEach(Runnable::run);
    }

    synchronized int heldCount() {
        return held.size();
    }

    @Override
    public synchronized CompletableFuture<String> accept(InboundSms sms) {
        if (mode == Mode.HOLD) {
            CompletableFuture<String> later = new CompletableFuture<>();
            held.add(() -> accept(sms).thenAccept(later::complete));
            return later;
        }
        CompletableFuture<String> refusal = refusal();
        if (refusal != null) {
            return refusal;
        }
        String earlier = messageKeys.get(sms.dedupeKey());
        if (earlier != null) {
            return CompletableFuture.completedFuture(earlier);
        }
        String id = "M" + nextId++;
        messages.add(sms);
        messageKeys.put(sms.dedupeKey(), id);
        assembledPartIds.addAll(sms.partIds());
        return CompletableFuture.completedFuture(id);
    }

    @Override
    public synchronized CompletableFuture<InboundPart> acceptPart(InboundPart part) {
        CompletableFuture<InboundPart> refusal = refusal();
        if (refusal != null) {
            return refusal;
        }
        InboundPart earlier = partKeys.get(part.dedupeKey());
        if (earlier != null) {
            return CompletableFuture.completedFuture(earlier);
        }
        InboundPart stored = part.withId(nextId++);
        parts.add(stored);
        partKeys.put(part.dedupeKey(), stored);
        return CompletableFuture.completedFuture(stored);
    }

    private <T> CompletableFuture<T> refusal() {
        return switch (mode) {
            case OK, HOLD -> null;
            case FAIL -> CompletableFuture.failedFuture(new IllegalStateException("database down"));
            case THROW -> throw new IllegalStateException("broken sink throws instead of failing its future");
            case BUSY -> CompletableFuture.failedFuture(
                    new CompletionException(new RejectedExecutionException("busy")));
            case NEVER -> {
                CompletableFuture<T> never = new CompletableFuture<>();
                neverCompleted.add(never);
                yield never;
            }
        };
    }

    @Override
    public synchronized List<InboundPart> pendingParts() {
        return parts.stream().filter(p -> !assembledPartIds.contains(p.id())).toList();
    }

    synchronized List<InboundSms> messages() {
        return List.copyOf(messages);
    }

    synchronized List<InboundPart> parts() {
        return List.copyOf(parts);
    }

    synchronized void addPending(InboundPart part) {
        parts.add(part);
        partKeys.put(part.dedupeKey(), part);
    }
}
