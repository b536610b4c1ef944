package id.wadul.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference: jSMPP's own blocking server ({@link SMPPServerSessionListener} + {@link SMPPServerSession},
 * default PDU processor degree 3 and queue 100 per session), accepting every bind and answering each
 * submit_sm with a fresh message id. It stores nothing.
 */
final class JsmppServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JsmppServer.class);
    private static final OptionalParameter[] NO_TLVS = new OptionalParameter[0];

    private final SMPPServerSessionListener listener;
    private final ExecutorService binders = Executors.newCachedThreadPool();
    private final AtomicLong ids = new AtomicLong();
    private final Thread acceptor;
    private volatile boolean running = true;

    private final ServerSocket socket;

    /** Listens on 127.0.0.1 on an ephemeral port (see {@link #port()}). */
    JsmppServer() throws IOException {
        socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        listener = new SMPPServerSessionListener(socket.getLocalPort(), new LoopbackFactory(socket));
        listener.setMessageReceiverListener(new Acker());
        acceptor = new Thread(this::acceptLoop, "jsmpp-acceptor");
        acceptor.start();
    }

    /** submit_sm answered so far. */
    long acked() {
        return ids.get();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                binders.execute(() -> bind(session));
            } catch (IOException e) {
                if (running) {
                    LOG.warn("accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private static void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            request.accept("jsmpp");
        } catch (TimeoutException | IOException | PDUStringException | IllegalStateException e) {
            LOG.warn("bind failed: {}", e.getMessage());
            session.close();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        running = false;
        listener.close();
        acceptor.join(5_000);
        binders.shutdownNow();
        binders.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** jSMPP's factory binds every interface; the bench binds loopback only, on the socket made above. */
    private record LoopbackFactory(ServerSocket socket) implements ServerConnectionFactory {

        @Override
        public ServerConnection listen(int port) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            socket.setSoTimeout(timeout);
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            return listen(port, timeout);
        }
    }

    private final class Acker implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            try {
                return new SubmitSmResult(new MessageId(Long.toHexString(ids.incrementAndGet())), NO_TLVS);
            } catch (PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not supported by the bench server", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
