package id.wadul.gateway.smpp;

import static org.awaitility.Awaitility.await;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.ResourceLeakDetector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Netty's leak detector at PARANOID (every buffer tracked), with its reports collected instead of only
 * logged. {@link #collect()} proves the detector is listening: it drops a buffer of its own (the canary) and
 * runs the garbage collector until that one is reported; every leak collected by then is in the list.
 */
final class LeakWatch implements AutoCloseable {

    private final List<String> leaks = new CopyOnWriteArrayList<>();
    private final String canaryHint = "leak-watch-canary-" + System.nanoTime();
    private final ResourceLeakDetector.Level previous = ResourceLeakDetector.getLevel();

    LeakWatch() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        ByteBufUtil.setLeakListener((type, records) -> leaks.add(type + ": " + records));
    }

    /** Leaks reported, the canary excluded. */
    List<String> collect() {
        dropCanary();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            System.gc();
            // reports are made when the next buffer is tracked
            ByteBufAllocator.DEFAULT.buffer(8).release();
            return leaks.stream().anyMatch(l -> l.contains(canaryHint));
        });
        return leaks.stream().filter(l -> !l.contains(canaryHint)).toList();
    }

    private void dropCanary() {
        System.out.println("leak watch: dropping a canary buffer (" + canaryHint + "); its LEAK report is expected");
        ByteBuf canary = ByteBufAllocator.DEFAULT.buffer(8);
        canary.touch(canaryHint);
    }

    @Override
    public void close() {
        ByteBufUtil.setLeakListener(null);
        ResourceLeakDetector.setLevel(previous);
    }
}
