package id.wadul.routes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability scenario (c): more submit_sm than the server can store, from many binds at once. The server
 * answers ESME_RTHROTTLED (its inbound queue is full, or a bind's window) instead of queueing without bound,
 * its heap after a GC stays under a bound, nothing acknowledged is lost, and a SIGTERM under this load stops it
 * within 10 s. Short form: 20 s of overload; long form ({@code -Dwadul.reliability.long=true}): 3 minutes.
 */
class OverloadReliabilityIT {

    private static final boolean LONG = Boolean.getBoolean("wadul.reliability.long");
    private static final int HEAP_MB = 256;
    /** The heap after a full GC, under overload, stays under this (the process's whole heap is {@value #HEAP_MB}). */
    private static final int LIVE_HEAP_BOUND_MB = 160;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @TempDir
    Path dir;

    @Test
    void overloadIsThrottledWithBoundedMemoryAndNothingAcknowledgedIsLost() throws Exception {
        Duration overload = LONG ? Duration.ofMinutes(3) : Duration.ofSeconds(20);
        try (WadulProcess server = new WadulProcess(dir.resolve("data"), List.of("-Xmx" + HEAP_MB + "m"), Map.of(
                "smpp.account.demo.maxBinds", "16", "smpp.account.demo.maxTps", "100000",
                "smpp.account.demo.window", "8", "inbound.queue.capacity", "64", "inbound.writers", "1"))
                .start(Duration.ofMinutes(4))) {
            // when 12 binds with 8 submitting threads each send as fast as they are answered
            AtomicInteger maxUsed = new AtomicInteger();
            try (SmsLoad load = SmsLoad.start(server.smppPort, 12, 8, "c")) {
                // the heap after a full GC, every 5 s while the overload lasts
                long end = System.nanoTime() + overload.toNanos();
                await().pollDelay(Duration.ofSeconds(5)).pollInterval(Duration.ofSeconds(5))
                        .atMost(overload.plusMinutes(2)).until(() -> {
                            maxUsed.accumulateAndGet(heapAfterGcMb(server.pid()), Math::max);
                            return System.nanoTime() >= end;
                        });
                int maxUsedMb = maxUsed.get();
                load.stopSending();
                System.out.printf("RELIABILITY overload seconds=%d binds=12 threads=96 %s maxHeapAfterGc=%dMB"
                        + " (of %dMB)%n", overload.toSeconds(), load.summary(), maxUsedMb, HEAP_MB);

                // then it throttled rather than queued, its memory stayed bounded, and it is still serving
                assertThat(load.refused(SMPPConstant.STAT_ESME_RTHROTTLED)).as("ESME_RTHROTTLED answers").isPositive();
                assertThat(maxUsedMb).as("MB of heap after a full GC under overload").isLessThan(LIVE_HEAP_BOUND_MB);
                assertThat(load.okCount()).isPositive();

                // and every acknowledged message is stored once and gets its ticket
                try (Connection c = server.jdbc()) {
                    await().atMost(Duration.ofSeconds(180)).until(() -> Ledger.unhandled(c, load.acked.values()) == 0);
                    Ledger.assertStoredOnceWithOneTicketAndForwards(c, load.acked);
                }
            }

            // when SIGTERM comes under the same load, it stops within the bound
            try (SmsLoad load = SmsLoad.start(server.smppPort, 12, 8, "c-stop")) {
                await().atMost(Duration.ofSeconds(60)).until(() -> load.okCount() >= 200);
                double stopped = server.stop(Duration.ofSeconds(60));
                System.out.printf("RELIABILITY overload sigtermUnderLoad=%.1fs%n", stopped);
                assertThat(stopped).as("seconds to stop under load").isBetween(0.0, 10.0);
            }
        }
    }

    /** Runs a full GC in the server (jcmd) and returns the heap it still uses, in MB. */
    private static int heapAfterGcMb(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap use in: " + info);
        }
        return (int) (Long.parseLong(m.group(1)) / 1024);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
