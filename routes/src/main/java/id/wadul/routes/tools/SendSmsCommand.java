package id.wadul.routes.tools;

import id.wadul.gateway.concat.ConcatInfo;
import id.wadul.gateway.concat.Udh;
import id.wadul.gateway.config.Durations;
import id.wadul.gateway.text.SmsSegment;
import id.wadul.gateway.text.SmsSplitter;
import id.wadul.gateway.text.SmsText;
import id.wadul.routes.app.SettingKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.SynchronizedPDUSender;
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
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.socket.SocketConnectionFactory;

/**
 * {@code wadul.jar send}: a small SMPP client (jSMPP's {@link SMPPSession}) for trying a running server by
 * hand. It binds as a transceiver, submits one SMS from a citizen's number to the short code (split into
 * concatenated parts when long) and prints every SMS the server sends back on that bind for a while: the
 * ticket receipt, and with the shipped demo config also the forwards to the officers.
 *
 * <pre>
 * java -jar routes/target/wadul.jar send [--host 127.0.0.1] [--port 2775] [--system-id demo]
 *      [--password demo1708] [--from 081234567890] [--to 1708] [--expect N] [--wait 15s] "text"
 * </pre>
 * With {@code --expect N} it returns as soon as N SMS have come back (exit 1 when fewer came within --wait);
 * without, it prints what comes for the whole --wait.
 */
public final class SendSmsCommand {

    private final Map<String, String> options;
    private final String text;
    private final PrintStream out;

    private final PrintStream err;

    private SendSmsCommand(Map<String, String> options, String text, PrintStream out, PrintStream err) {
        this.options = options;
        this.text = text;
        this.out = out;
        this.err = err;
    }

    /** Parses the arguments and runs; returns the process exit status (0 sent, 1 failed, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new TreeMap<>(Map.of("--host", "127.0.0.1", "--port", "2775",
                "--system-id", "demo", "--password", "demo1708", "--from", "081234567890", "--to", "1708",
                "--wait", "15s", "--expect", "0"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (options.containsKey(args[i])) {
                if (i + 1 >= args.length) {
                    return usage(err, "option " + args[i] + " needs a value");
                }
                options.put(args[i], args[++i]);
            } else if (args[i].startsWith("--")) {
                String given = args[i];
                String near = options.keySet().stream().filter(o -> SettingKeys.distance(o, given) <= 2)
                        .findFirst().map(o -> " (did you mean " + o + "?)").orElse("");
                return usage(err, "unknown option '" + given + "'" + near);
            } else {
                text.append(text.length() == 0 ? "" : " ").append(args[i]);
            }
        }
        if (text.toString().isBlank()) {
            return usage(err, "no text to send");
        }
        if (!options.get("--port").matches("\\d{1,5}")) {
            return usage(err, "--port '" + options.get("--port") + "' is not a port number");
        }
        if (!options.get("--expect").matches("\\d{1,4}")) {
            return usage(err, "--expect '" + options.get("--expect") + "' is not a number of SMS");
        }
        try {
            parseDuration(options.get("--wait"));
        } catch (RuntimeException e) {
            return usage(err, "--wait '" + options.get("--wait") + "' is not a duration (e.g. 15s, 500ms)");
        }
        try {
            return new SendSmsCommand(options, text.toString(), out, err).send();
        } catch (Exception e) {
            err.println("send: failed: " + e);
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("send: " + problem);
        err.println("usage: wadul.jar send [--host h] [--port p] [--system-id id] [--password pw] [--from number]"
                + " [--to shortcode] [--expect N] [--wait 15s] text...");
        return 2;
    }

    private int send() throws Exception {
        Printer printer = new Printer(out);
        // an SMS counts as arrived once its deliver_sm_resp is written: unbinding before that would make the
        // server think it was not delivered and send it again to the next bind
        SMPPSession session = new SMPPSession(new SynchronizedPDUSender(new DefaultPDUSender() {
            @Override
            public byte[] sendDeliverSmResp(OutputStream os, int status, int sequence, String messageId)
                    throws IOException {
                byte[] written = super.sendDeliverSmResp(os, status, sequence, messageId);
                printer.answered();
                return written;
            }
        }), new DefaultPDUReader(), SocketConnectionFactory.getInstance());
        session.setMessageReceiverListener(printer);
        session.setTransactionTimer(10_000);
        String host = options.get("--host");
        int port = Integer.parseInt(options.get("--port"));
        try {
            session.connectAndBind(host, port, new BindParameter(BindType.BIND_TRX, options.get("--system-id"),
                    options.get("--password"), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), 10_000);
        } catch (IOException e) {
            err.println(bindFailure(host, port, e));
            return 1;
        }
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
            return await(session, printer);
        } finally {
            // a quick server's unbind_resp can slip past jSMPP's pending-response table: do not wait 10 s for it
            session.setTransactionTimer(2_000);
            session.unbindAndClose();
        }
    }

    /** Waits for --expect SMS (returns as soon as they are there) or, without it, for the whole --wait. */
    private int await(SMPPSession session, Printer printer) throws InterruptedException {
        long waitMs = parseDuration(options.get("--wait")).toMillis();
        int expect = Integer.parseInt(options.get("--expect"));
        out.printf(expect > 0 ? "waiting up to %2$d s for %1$d SMS on this bind...%n"
                : "waiting %2$d s for SMS on this bind...%n", expect, waitMs / 1000);
        long until = System.nanoTime() + waitMs * 1_000_000;
        int arrived = printer.await(expect > 0 ? expect : Integer.MAX_VALUE, until,
                () -> session.getSessionState() == SessionState.CLOSED);
        if (arrived < expect) {
            err.printf("send: %d of %d expected SMS arrived within %s%s%n", arrived, expect, options.get("--wait"),
                    session.getSessionState() == SessionState.CLOSED ? " (the server closed the bind)" : "");
            return 1;
        }
        return 0;
    }

    /** One or two lines: which server was tried, what went wrong, what to do. */
    private String bindFailure(String host, int port, IOException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof NegativeResponseException refused) {
            return "send: the server at " + host + ":" + port + " refused the bind as '" + options.get("--system-id")
                    + "' (command_status 0x" + Integer.toHexString(refused.getCommandStatus()) + ").\n"
                    + "Check --system-id and --password against smpp.account.<id>.* in conf/wadul.properties.";
        }
        return "send: cannot reach a wadul server at " + host + ":" + port + " (" + cause.getMessage() + ").\n"
                + "Is the server running? Start it with: java -jar routes/target/wadul.jar (or give --host and --port).";
    }

    /** A bare number is seconds; anything else is a duration as in the settings ({@link Durations}). */
    private static Duration parseDuration(String value) {
        String v = value.strip();
        return v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Durations.parse(v);
    }

    /** Prints each deliver_sm; concatenated parts are printed once the whole text is there. */
    static final class Printer implements MessageReceiverListener {
        private final PrintStream out;
        private final Map<String, Map<Integer, String>> partial = new ConcurrentHashMap<>();
        private final Object signal = new Object();
        private int printed;
        private int received;
        private int answered;

        Printer(PrintStream out) {
            this.out = out;
        }

        @Override
        public void onAcceptDeliverSm(DeliverSm sm) throws ProcessRequestException {
            synchronized (signal) {
                received++;
            }
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
                printed++;
                signal.notifyAll();
            }
        }

        /** jSMPP wrote a deliver_sm_resp. */
        void answered() {
            synchronized (signal) {
                answered++;
                signal.notifyAll();
            }
        }

        /** Waits until {@code count} SMS were printed (and every deliver_sm received was answered), the deadline (System.nanoTime) passes or closed says so. */
        int await(int count, long deadline, BooleanSupplier closed) throws InterruptedException {
            synchronized (signal) {
                long left = deadline - System.nanoTime();
                while ((printed < count || answered < received) && left > 0 && !closed.getAsBoolean()) {
                    signal.wait(Math.max(1, Math.min(left / 1_000_000, 200)));
                    left = deadline - System.nanoTime();
                }
                return printed;
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
