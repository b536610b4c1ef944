package id.wadul.routes.reliability;

import id.wadul.gateway.text.Gsm7;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * Citizens' complaints submitted over real jSMPP transceiver binds (demo account), each from its own number
 * with its own text, by {@code threads} threads per bind, as fast as the server answers. Remembers what was
 * acknowledged OK (the text and the message id the server gave), counts every other answer by status, and
 * counts the deliver_sm the binds receive (officers' forwards and citizens' receipts).
 */
final class SmsLoad implements AutoCloseable {

    /** A message the server acknowledged OK. */
    record Acked(String text, long id) {
    }

    private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 10_000_000L * 100);

    final Map<String, Long> acked = new ConcurrentHashMap<>();
    final Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger toOfficers = new AtomicInteger();
    final AtomicInteger toCitizens = new AtomicInteger();
    /** When the first SMS to each number arrived (System.nanoTime()). */
    final Map<String, Long> firstSmsAt = new ConcurrentHashMap<>();
    private final List<SMPPSession> sessions = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private final String tag;

    private SmsLoad(String tag) {
        this.tag = tag;
    }

    /** Binds {@code binds} transceivers and starts {@code threads} submitting threads on each. */
    static SmsLoad start(int port, int binds, int threads, String tag) throws Exception {
        SmsLoad load = new SmsLoad(tag);
        for (int b = 0; b < binds; b++) {
            SMPPSession session = bind(port, load.receiver());
            load.sessions.add(session);
            for (int t = 0; t < threads; t++) {
                Thread thread = new Thread(() -> load.submitLoop(session), "load-" + tag + "-" + load.threads.size());
                thread.setDaemon(true);
                load.threads.add(thread);
            }
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    /** A transceiver that only counts what it receives: e.g. the officers' forwards after a restart. */
    static SmsLoad receiverOnly(int port) throws Exception {
        SmsLoad load = new SmsLoad("rx");
        load.sessions.add(bind(port, load.receiver()));
        return load;
    }

    private static SMPPSession bind(int port, MessageReceiverListener listener) throws Exception {
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(listener);
        session.setTransactionTimer(15_000);
        session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "demo", "demo1708", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), 15_000);
        return session;
    }

    private void submitLoop(SMPPSession session) {
        while (running && session.getSessionState().isBound()) {
            long n = NUMBERS.incrementAndGet();
            String from = "62813" + String.format("%08d", n % 100_000_000L);
            String text = "jalan rusak parah di desa ngeper kec padangan lapor " + tag + " " + n;
            try {
                String id = session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                        from, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(), (byte) 0,
                        (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0),
                        (byte) 0, Gsm7.encode(text)).getMessageId();
                acked.put(text, Long.parseLong(id.strip()));
            } catch (NegativeResponseException e) {
                refused.computeIfAbsent(e.getCommandStatus(), k -> new AtomicInteger()).incrementAndGet();
                pause();
            } catch (Exception e) {
                // a timeout or a closed bind: not acknowledged, not counted as stored
                failures.incrementAndGet();
                pause();
            }
        }
    }

    /** Submits one SMS on the first bind; returns the message id the server acknowledged it with. */
    long submit(String from, String text) throws Exception {
        return Long.parseLong(sessions.get(0).submitShortMessage("", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, from, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708",
                new ESMClass(), (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0,
                new RawDataCoding((byte) 0), (byte) 0, Gsm7.encode(text)).getMessageId().strip());
    }

    /** A link's pause before it submits again after an error (as real links do), not a test's wait. */
    private static void pause() {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }

    int refused(int status) {
        AtomicInteger n = refused.get(status);
        return n == null ? 0 : n.get();
    }

    int okCount() {
        return acked.size();
    }

    /** Answers that were not OK: RSYSERR, RTHROTTLED, others, and timeouts or closed binds. */
    String summary() {
        return "ok=" + acked.size() + " rsyserr=" + refused(SMPPConstant.STAT_ESME_RSYSERR) + " rthrottled="
                + refused(SMPPConstant.STAT_ESME_RTHROTTLED) + " otherErrors="
                + (refused.values().stream().mapToInt(AtomicInteger::get).sum()
                        - refused(SMPPConstant.STAT_ESME_RSYSERR) - refused(SMPPConstant.STAT_ESME_RTHROTTLED))
                + " noAnswer=" + failures.get();
    }

    /** Stops submitting (waits for the threads' last answers), keeps the binds for receiving. */
    void stopSending() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(30_000);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopSending();
        sessions.forEach(SMPPSession::unbindAndClose);
    }

    private MessageReceiverListener receiver() {
        return new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm sm) {
                firstSmsAt.putIfAbsent(sm.getDestAddress(), System.nanoTime());
                if (sm.getDestAddress().startsWith("628000")) {
                    toOfficers.incrementAndGet();
                } else {
                    toCitizens.incrementAndGet();
                }
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {
            }

            @Override
            public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
                return null;
            }
        };
    }
}
