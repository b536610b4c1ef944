package id.wadul.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * The alternative load client, kept only to compare its CPU cost with {@link LoadClient}'s: jSMPP's blocking
 * {@link SMPPSession}, where {@code submitShortMessage} waits for its response, so a window of N takes N
 * threads per bind. Same binds, same messages, flat out for a fixed time.
 */
final class JsmppLoadClient {

    private JsmppLoadClient() {
    }

    static LoadResult run(int port, int binds, int window, Duration duration, Mo.Factory factory, long firstIndex)
            throws IOException, InterruptedException {
        List<SMPPSession> sessions = new ArrayList<>();
        for (int i = 0; i < binds; i++) {
            SMPPSession session = new SMPPSession();
            session.setTransactionTimer(10_000);
            session.setPduProcessorDegree(2);
            session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "bench", "bench",
                    "bench", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
            sessions.add(session);
        }
        Recorder ack = new Recorder(TimeUnit.SECONDS.toMicros(120), 3);
        AtomicLong index = new AtomicLong(firstIndex);
        AtomicLong submitted = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        Map<String, Long> errors = new ConcurrentHashMap<>();
        double cpu0 = LoadClient.ownCpuSeconds();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (SMPPSession session : sessions) {
            for (int w = 0; w < window; w++) {
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        Mo mo = factory.next(index.getAndIncrement());
                        submitted.incrementAndGet();
                        long sent = System.nanoTime();
                        try {
                            session.submitShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                                    mo.source(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                                    mo.destination(), new ESMClass(), (byte) 0, (byte) 0, null, null,
                                    new RegisteredDelivery(), (byte) 0, DataCodings.ZERO, (byte) 0, mo.text());
                            ack.recordValue(Math.min(TimeUnit.SECONDS.toMicros(120),
                                    (System.nanoTime() - sent) / 1000));
                            ok.incrementAndGet();
                        } catch (NegativeResponseException e) {
                            errors.merge(LoadRun.statusName(e.getCommandStatus()), 1L, Long::sum);
                        } catch (ResponseTimeoutException e) {
                            errors.merge("no response", 1L, Long::sum);
                        } catch (Exception e) {
                            errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                            return;
                        }
                    }
                }, "jsmpp-client-" + threads.size());
                threads.add(t);
                t.start();
            }
        }
        for (Thread t : threads) {
            t.join(duration.toMillis() + 30_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = LoadClient.ownCpuSeconds() - cpu0;
        sessions.forEach(SMPPSession::unbindAndClose);
        Histogram histogram = ack.getIntervalHistogram();
        return new LoadResult(seconds, submitted.get(), ok.get(), errors, histogram, null, 0, cpu);
    }
}
