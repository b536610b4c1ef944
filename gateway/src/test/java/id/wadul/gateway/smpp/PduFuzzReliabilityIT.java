package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.InboundSms;
import id.wadul.gateway.smpp.PduFuzzer.Fuzzed;
import id.wadul.gateway.text.Gsm7;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;

/**
 * Reliability scenario (d): fuzzed PDUs over several connections to the real server on loopback, with
 * Netty's leak detector at PARANOID, while a well-behaved link binds and submits on its own connection.
 * Checks: every PDU answered (or, for a command_length out of range, an unbind or a refused bind, answered
 * and closed), no connection closed unasked, no leak, the good link's submits all acknowledged OK, and never
 * more than smpp.reassemblyMaxPending concatenations left open. Short form: 10,000 PDUs;
 * {@code -Dwadul.reliability.long=true}: 100,000. {@code -Dwadul.fuzz.seed=N} replays a run.
 */
class PduFuzzReliabilityIT extends ServerFixture {

    private static final boolean LONG = Boolean.getBoolean("wadul.reliability.long");
    private static final int PDUS = LONG ? 100_000 : 10_000;
    private static final int CONNECTIONS = 4;
    private static final int MAX_PENDING_CONCATS = 100;
    private static final int MAX_PDU_LENGTH = 4096;

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Set<String> openedConcats = ConcurrentHashMap.newKeySet();
    private final AtomicInteger budget = new AtomicInteger(PDUS);
    private final AtomicInteger dataCodings = new AtomicInteger();
    private final LongAdder sent = new LongAdder();
    private final LongAdder connections = new LongAdder();
    private final LongAdder closings = new LongAdder();

    @Test
    void fuzzedPdusAreAnsweredWithoutLeaksWhileAGoodLinkIsServed() throws Exception {
        long seed = Long.getLong("wadul.fuzz.seed", System.nanoTime());
        System.out.println("RELIABILITY fuzz seed=" + seed + " (replay: -Dwadul.fuzz.seed=" + seed + ")");
        try (LeakWatch leaks = new LeakWatch(); ErrorLogWatch errorLog = new ErrorLogWatch()) {
            Map<String, String> config = baseConfig();
            config.put("smpp.accounts", "link,fuzz");
            config.put("smpp.account.fuzz.password", "fuzzpw");
            config.put("smpp.account.fuzz.maxBinds", "64");
            config.put("smpp.account.fuzz.maxTps", "1000000");
            config.put("smpp.account.fuzz.window", "64");
            config.put("smpp.maxPduLength", Integer.toString(MAX_PDU_LENGTH));
            config.put("smpp.bindTimeout", "60s");
            config.put("smpp.reassemblyTimeout", "10m");
            config.put("smpp.reassemblyMaxPending", Integer.toString(MAX_PENDING_CONCATS));
            // the fuzz binds fail often: no delay, and its address is never refused (BindGuessingIT tests that)
            config.put("smpp.bind.failureDelay", "0ms");
            config.put("smpp.bind.maxFailures", "1000000000");
            start(config);

            SMPPSession good = bind(BindType.BIND_TRX, "link", "secret");
            List<String> goodFailures = new CopyOnWriteArrayList<>();
            AtomicInteger goodOk = new AtomicInteger();
            ScheduledExecutorService goodLink = Executors.newSingleThreadScheduledExecutor();
            goodLink.scheduleWithFixedDelay(() -> submitGood(good, goodOk, goodFailures), 0, 20, TimeUnit.MILLISECONDS);

            long started = System.nanoTime();
            ExecutorService fuzzers = Executors.newFixedThreadPool(CONNECTIONS);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                Random random = new Random(seed + i);
                int index = i;
                runs.add(fuzzers.submit(() -> fuzz(random, index)));
            }
            for (Future<?> run : runs) {
                run.get(10, TimeUnit.MINUTES);
            }
            long fuzzMillis = (System.nanoTime() - started) / 1_000_000;
            fuzzers.shutdown();
            goodLink.shutdown();
            assertThat(goodLink.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            // concatenations that never complete: at most MAX_PENDING_CONCATS groups stay open, the rest are
            // handed over incomplete as they are evicted
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(openedConcats.size() - evictedConcats()).isLessThanOrEqualTo(MAX_PENDING_CONCATS));
            boolean goodStillBound = good.getSessionState().isBound();
            server.stop();
            List<String> leaked = leaks.collect();

            report("fuzz form=%s pdus=%d connections=%d closings=%d seconds=%.1f"
                            + " pdus_per_s=%.0f", LONG ? "long" : "short", sent.sum(), connections.sum(),
                    closings.sum(), fuzzMillis / 1000.0, sent.sum() * 1000.0 / Math.max(1, fuzzMillis));
            report("fuzz answers_by_status=%s data_codings_sent=%d",
                    byStatus(), Math.min(256, dataCodings.get()));
            report("fuzz concat_opened=%d concat_evicted=%d max_pending=%d",
                    openedConcats.size(), evictedConcats(), MAX_PENDING_CONCATS);
            report("fuzz good_link_submits_ok=%d good_link_failures=%d leaks=%d"
                    + " violations=%d server_errors=%d", goodOk.get(), goodFailures.size(), leaked.size(),
                    violations.size(), errorLog.errors().size());

            assertThat(errorLog.errors()).as("server errors (seed %d)", seed).isEmpty();
            assertThat(violations).as("protocol violations (seed %d)", seed).isEmpty();
            assertThat(leaked).as("leaks (seed %d)", seed).isEmpty();
            assertThat(goodFailures).as("good link's submits (seed %d)", seed).isEmpty();
            assertThat(goodOk.get()).isPositive();
            assertThat(goodStillBound).isTrue();
            assertThat(sent.sum()).isGreaterThanOrEqualTo(PDUS);
            assertThat(dataCodings.get()).isGreaterThanOrEqualTo(256);
        }
    }

    /** One connection after another until the budget is spent. */
    private Void fuzz(Random random, int index) throws Exception {
        PduFuzzer fuzzer = new PduFuzzer(random, dataCodings, index);
        int sequence = 1;
        while (budget.get() > 0) {
            connections.increment();
            try (FuzzLink link = new FuzzLink(server.port(), "127.0.0." + (2 + index), violations, statuses,
                    openedConcats)) {
                for (int i = random.nextInt(4); i > 0 && !link.bound() && link.send(fuzzer.unbound(sequence++))
                        && link.drain(); i--) {
                    count();
                }
                if (link.isClosed()) {
                    continue;
                }
                if (!link.bound()) {
                    link.send(new Fuzzed("bind", RawClient.bind(sequence, "fuzz", "fuzzpw"), sequence++,
                            SMPPConstant.CID_BIND_TRANSCEIVER, PduFuzzer.Expect.ANSWER, null));
                    link.drain();
                }
                if (!link.bound()) {
                    violations.add("the clean bind failed");
                    return null;
                }
                int quota = 200 + random.nextInt(2000);
                for (int i = 0; i < quota && budget.getAndDecrement() > 0; i++) {
                    int pick = random.nextInt(1000);
                    if (pick < 3) {
                        closings.increment();
                        Fuzzed closing = pick < 2 ? fuzzer.badLength(sequence++, MAX_PDU_LENGTH)
                                : fuzzer.unbind(sequence++);
                        if (link.drain() && link.send(closing)) {
                            link.awaitServerClose();
                        }
                        sent.increment();
                        break;
                    }
                    if (!link.send(fuzzer.next(sequence++))) {
                        break;
                    }
                    sent.increment();
                }
                link.finish(random.nextBoolean() ? fuzzer.incompleteFrame() : null);
            }
        }
        return null;
    }

    private void count() {
        sent.increment();
        budget.decrementAndGet();
    }

    private void submitGood(SMPPSession good, AtomicInteger ok, List<String> failures) {
        int n = ok.get() + failures.size();
        try {
            String id = good.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                    "0813" + (1000000 + n), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708",
                    new ESMClass(), (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0,
                    new RawDataCoding((byte) 0), (byte) 0, Gsm7.encode("Pengaduan tertib nomor " + n)).getMessageId();
            if (id == null || id.isBlank()) {
                failures.add(n + ": no message id");
            } else {
                ok.incrementAndGet();
            }
        } catch (Exception e) {
            failures.add(n + ": " + e);
        }
    }

    private long evictedConcats() {
        return sink.messages().stream().filter(InboundSms::incomplete)
                .filter(m -> openedConcats.contains(m.source())).count();
    }

    private Map<String, Long> byStatus() {
        Map<String, Long> out = new TreeMap<>();
        statuses.forEach((status, n) -> out.put(String.format("0x%02x", status), n.sum()));
        return out;
    }

    /** One line of figures for RELIABILITY.md. */
    private static void report(String format, Object... args) {
        System.out.println("RELIABILITY " + String.format(format, args));
    }
}
