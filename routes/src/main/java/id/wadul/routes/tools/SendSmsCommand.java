package id.wadul.routes.tools;

import id.wadul.gateway.concat.ConcatInfo;
import id.wadul.gateway.concat.Udh;
import id.wadul.gateway.text.SmsSegment;
import id.wadul.gateway.text.SmsSplitter;
import id.wadul.gateway.text.SmsText;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.MessageRequest;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * {@code wadul.jar send}: a small SMPP client (jSMPP's {@link SMPPSession}) for trying a running server by
 * hand. It binds as a transceiver, submits one SMS from a citizen's number to the short code (split into
 * concatenated parts when long) and prints every SMS the server sends back on that bind for a while: the
 * ticket receipt, and with the shipped demo config also the forwards to the officers.
 *
 * <pre>
 * java -jar routes/target/wadul.jar send [--host 127.0.0.1] [--port 2775] [--system-id demo]
 *      [--password demo1708] [--from 081234567890] [--to 1708] [--wait 15s] "text"
 * </pre>
 */
public final class SendSmsCommand {

    private final Map<String, String> options;
    private final String text;
    private final PrintStream out;

    private SendSmsCommand(Map<String, String> options, String text, PrintStream out) {
        this.options = options;
        this.text = text;
        this.out = out;
    }

    /** Parses the arguments and runs; returns the process exit status (0 sent, 1 refused, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new TreeMap<>(Map.of("--host", "127.0.0.1", "--port", "2775",
                "--system-id", "demo", "--password", "demo1708", "--from", "081234567890", "--to", "1708",
                "--wait", "15s"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (options.containsKey(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (args[i].startsWith("--")) {
                err.println("unknown option " + args[i]);
                return usage(err);
            } else {
                text.append(text.length() == 0 ? "" : " ").append(args[i]);
            }
        }
        if (text.toString().isBlank()) {
            return usage(err);
        }
        try {
            return new SendSmsCommand(options, text.toString(), out).send();
        } catch (Exception e) {
            err.println("send failed: " + e);
            return 1;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: wadul.jar send [--host h] [--port p] [--system-id id] [--password pw] [--from number]"
                + " [--to shortcode] [--wait 15s] text...");
        return 2;
    }

    private int send() throws Exception {
        SMPPSession session = new SMPPSession();
        Printer printer = new Printer(out);
        session.setMessageReceiverListener(printer);
        session.setTransactionTimer(10_000);
        session.connectAndBind(options.get("--host"), Integer.parseInt(options.get("--port")),
                new BindParameter(BindType.BIND_TRX, options.get("--system-id"), options.get("--password"), "",
                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), 10_000);
        try {
            int reference = ThreadLocalRandom.current().nextInt(256);
            for (SmsSegment segment : SmsSplitter.split(text, reference)) {
                String id = session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                        options.get("--from"), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                        options.get("--to"), new ESMClass(segment.udhi() ? 0x40 : 0), (byte) 0, (byte) 0, null,
                        null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) segment.dataCoding()),
                        (byte) 0, segment.shortMessage()).getMessageId();
                out.printf("submit_sm part %d/%d accepted, message_id %s%n", segment.seq(), segment.total(), id);
            }
            long waitMs = parseDuration(options.get("--wait")).toMillis();
            out.printf("waiting %d s for SMS on this bind...%n", waitMs / 1000);
            long until = System.nanoTime() + waitMs * 1_000_000;
            while (System.nanoTime() < until && session.getSessionState() != SessionState.CLOSED) {
                printer.awaitNext(until - System.nanoTime());
            }
            return 0;
        } finally {
            session.unbindAndClose();
        }
    }

    private static Duration parseDuration(String value) {
        String v = value.trim().toLowerCase();
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(v));
    }

    /** Prints each deliver_sm; concatenated parts are printed once the whole text is there. */
    static final class Printer implements MessageReceiverListener {
        private final PrintStream out;
        private final Map<String, Map<Integer, String>> partial = new ConcurrentHashMap<>();
        private final Object signal = new Object();

        Printer(PrintStream out) {
            this.out = out;
        }

        @Override
        public void onAcceptDeliverSm(DeliverSm sm) throws ProcessRequestException {
            byte[] body = sm.getShortMessage() == null ? new byte[0] : sm.getShortMessage();
            Optional<ConcatInfo> concat = sm.isUdhi() ? Udh.parse(body) : Optional.empty();
            int offset = sm.isUdhi() ? Udh.headerLength(body) : 0;
            String part = SmsText.decode(sm.getDataCoding() & 0xff, body, offset, body.length - offset);
            if (concat.isEmpty()) {
                print(sm, part);
                return;
            }
            ConcatInfo info = concat.get();
            String key = sm.getDestAddress() + "/" + info.reference();
            Map<Integer, String> parts = partial.computeIfAbsent(key, k -> new TreeMap<>());
            synchronized (parts) {
                parts.put(info.seq(), part);
                if (parts.size() == info.total()) {
                    partial.remove(key);
                    print(sm, String.join("", parts.values()));
                }
            }
        }

        private void print(MessageRequest sm, String text) {
            synchronized (signal) {
                out.printf("deliver_sm to %s: %s%n", sm.getDestAddress(), text);
                signal.notifyAll();
            }
        }

        void awaitNext(long nanos) throws InterruptedException {
            synchronized (signal) {
                if (nanos > 0) {
                    signal.wait(Math.max(1, nanos / 1_000_000));
                }
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not supported", 0x03);
        }
    }
}
