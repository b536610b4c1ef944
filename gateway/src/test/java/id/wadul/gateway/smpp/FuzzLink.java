package id.wadul.gateway.smpp;

import static org.awaitility.Awaitility.await;

import id.wadul.gateway.smpp.PduFuzzer.Expect;
import id.wadul.gateway.smpp.PduFuzzer.Fuzzed;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.awaitility.core.ConditionTimeoutException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.util.DefaultComposer;

/**
 * One fuzzing connection: the test thread writes PDUs (at most {@code WINDOW} unanswered), a reader thread
 * matches every response to its request by sequence number and records what breaks the protocol: a
 * response to nothing or of the wrong command, a request left unanswered, a close nobody asked for.
 */
final class FuzzLink implements AutoCloseable {

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    private static final int WINDOW = 32;
    private static final DefaultComposer COMPOSER = new DefaultComposer();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Map<Integer, Fuzzed> outstanding = new ConcurrentHashMap<>();
    private final Semaphore window = new Semaphore(WINDOW);
    private final List<String> violations;
    private final Map<Integer, LongAdder> statuses;
    private final Set<String> openedConcats;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread reader;
    private volatile boolean closeExpected;
    private volatile boolean closing;
    private volatile boolean bound;
    private volatile int closeSequence;
    private volatile String lastKind = "-";

    FuzzLink(int port, String localAddress, List<String> violations, Map<Integer, LongAdder> statuses,
             Set<String> openedConcats) throws IOException {
        this.socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(localAddress), 0);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.violations = violations;
        this.statuses = statuses;
        this.openedConcats = openedConcats;
        this.reader = new Thread(this::read, "fuzz-reader-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    boolean bound() {
        return bound;
    }

    boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Writes one PDU; false when the connection is gone. */
    boolean send(Fuzzed pdu) throws InterruptedException {
        if (isClosed()) {
            return false;
        }
        lastKind = pdu.kind();
        if (pdu.expect() != Expect.NONE) {
            if (!window.tryAcquire(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                violation("no answer within " + ANSWER_WITHIN + " to " + describe(outstanding.values()));
                return false;
            }
            outstanding.put(pdu.sequence(), pdu);
        }
        if (pdu.expect() == Expect.CLOSE || pdu.expect() == Expect.UNBIND) {
            closeSequence = pdu.sequence();
            closeExpected = true;
        }
        return write(pdu.bytes());
    }

    /** Waits until every request sent has its answer; false (and a violation) if one has none in time. */
    boolean drain() {
        try {
            await().atMost(ANSWER_WITHIN).pollInterval(Duration.ofMillis(5))
                    .until(() -> outstanding.isEmpty() || (isClosed() && closeExpected));
            return !isClosed();
        } catch (ConditionTimeoutException e) {
            violation("no answer within " + ANSWER_WITHIN + " to " + describe(outstanding.values()));
            return false;
        }
    }

    /** After a PDU that must end the connection: its answer came and the server closed. */
    void awaitServerClose() throws InterruptedException {
        if (!closed.await(10, TimeUnit.SECONDS)) {
            violation("server did not close after " + lastKind);
        } else if (!outstanding.isEmpty() && outstanding.containsKey(closeSequence)) {
            violation("closed without answering " + lastKind + " seq " + closeSequence);
        }
    }

    /** Ends the connection from our side, optionally with half a frame that never completes. */
    void finish(byte[] incompleteFrame) throws InterruptedException {
        drain();
        closing = true;
        if (incompleteFrame != null) {
            write(incompleteFrame);
        }
        close();
    }

    private boolean write(byte[] bytes) {
        try {
            synchronized (out) {
                out.write(bytes);
                out.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void read() {
        try {
            while (true) {
                int length = in.readInt();
                if (length < 16 || length > 1 << 16) {
                    violation("server sent command_length " + length);
                    return;
                }
                byte[] pdu = new byte[length];
                ByteBuffer.wrap(pdu).putInt(length);
                in.readFully(pdu, 4, length - 4);
                received(ByteBuffer.wrap(pdu));
            }
        } catch (EOFException e) {
            // closed by the server
        } catch (IOException e) {
            if (!closing) {
                violation("read failed: " + e);
            }
        } finally {
            if (!closing && !closeExpected) {
                violation("server closed the connection unasked, last sent " + lastKind + ", unanswered "
                        + describe(outstanding.values()));
            }
            closed.countDown();
        }
    }

    private void received(ByteBuffer pdu) {
        int commandId = pdu.getInt(4);
        int status = pdu.getInt(8);
        int sequence = pdu.getInt(12);
        if ((commandId & SMPPConstant.MASK_CID_RESP) == 0) {
            if (commandId == SMPPConstant.CID_ENQUIRE_LINK) {
                write(COMPOSER.enquireLinkResp(sequence));
            } else if (commandId != SMPPConstant.CID_UNBIND) {
                violation("server sent request 0x" + Integer.toHexString(commandId));
            }
            return;
        }
        Fuzzed request = outstanding.remove(sequence);
        if (request == null && sequence == 0 && commandId == SMPPConstant.CID_GENERIC_NACK && closeExpected) {
            request = outstanding.remove(closeSequence);
        }
        if (request == null) {
            violation("response 0x" + Integer.toHexString(commandId) + " seq " + sequence + " answers nothing");
            return;
        }
        window.release();
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (commandId != (request.commandId() | SMPPConstant.MASK_CID_RESP)
                && commandId != SMPPConstant.CID_GENERIC_NACK) {
            violation("0x" + Integer.toHexString(commandId) + " answers " + request.kind() + " 0x"
                    + Integer.toHexString(request.commandId()));
        }
        boolean bind = request.commandId() == SMPPConstant.CID_BIND_TRANSCEIVER
                || request.commandId() == SMPPConstant.CID_BIND_TRANSMITTER
                || request.commandId() == SMPPConstant.CID_BIND_RECEIVER;
        if (bind && commandId == (request.commandId() | SMPPConstant.MASK_CID_RESP)) {
            bound |= status == SMPPConstant.STAT_ESME_ROK || status == SMPPConstant.STAT_ESME_RALYBND;
            closeExpected |= status == SMPPConstant.STAT_ESME_RBINDFAIL;
        }
        if (request.expect() == Expect.CLOSE && status != SMPPConstant.STAT_ESME_RINVCMDLEN) {
            violation("command_length out of range answered 0x" + Integer.toHexString(status));
        }
        if (status == SMPPConstant.STAT_ESME_ROK && request.concatSource() != null) {
            openedConcats.add(request.concatSource());
        }
    }

    private void violation(String what) {
        violations.add(socket.getLocalSocketAddress() + ": " + what);
    }

    private static String describe(Collection<Fuzzed> pdus) {
        return pdus.stream().limit(5).map(p -> p.kind() + " seq " + p.sequence() + " "
                + HexFormat.of().formatHex(p.bytes(), 0, Math.min(p.bytes().length, 64))).toList()
                + (pdus.size() > 5 ? " and " + (pdus.size() - 5) + " more" : "");
    }

    @Override
    public void close() {
        closing = true;
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
