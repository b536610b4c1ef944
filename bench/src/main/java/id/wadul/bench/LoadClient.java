package id.wadul.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jsmpp.bean.DeliverSm;

/**
 * The windowed SMPP load client, the same for every server under test: several binds on one Netty event
 * loop thread (cheap on CPU, since it shares the machine with the server), PDUs composed by jSMPP's
 * {@code DefaultComposer}, responses read from their 16-byte header (deliver_sm through
 * {@code DefaultDecomposer}). Loopback only.
 */
final class LoadClient implements AutoCloseable {

    /** Told of every deliver_sm a bind receives (already answered with deliver_sm_resp OK). */
    @FunctionalInterface
    interface DeliverListener {
        void delivered(DeliverSm deliverSm, long nanos);
    }

    private static final DeliverListener IGNORE = (pdu, nanos) -> { };

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoop loop = group.next();
    private final String systemId;
    private final String password;
    private final List<ClientSession> sessions = new ArrayList<>();
    private volatile DeliverListener deliverListener = IGNORE;
    private LoadRun current;
    private long nextIndex;

    private LoadClient(String systemId, String password) {
        this.systemId = systemId;
        this.password = password;
    }

    /**
     * Connects {@code binds} sessions to 127.0.0.1:{@code port} and binds them.
     *
     * @param bindCommand jSMPP's command id of the bind, e.g. {@code SMPPConstant.CID_BIND_TRANSCEIVER}
     * @param window      outstanding submit_sm per bind
     */
    static LoadClient connect(int port, String systemId, String password, int bindCommand, int binds, int window)
            throws InterruptedException, ExecutionException, TimeoutException {
        LoadClient client = new LoadClient(systemId, password);
        try {
            client.open(port, bindCommand, binds, window);
            return client;
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private void open(int port, int bindCommand, int binds, int window)
            throws InterruptedException, ExecutionException, TimeoutException {
        current = new LoadRun(loop, sessions, RunPlan.flatOut(Duration.ZERO), null, null, 0); // until the first run
        for (int i = 0; i < binds; i++) {
            ClientSession session = new ClientSession(this, bindCommand, window);
            sessions.add(session);
            new Bootstrap()
                    .group(loop)
                    .channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline()
                                    .addLast("frame", new LengthFieldBasedFrameDecoder(65_536, 0, 4, -4, 0))
                                    .addLast("session", session);
                        }
                    })
                    .connect("127.0.0.1", port)
                    .sync();
        }
        for (ClientSession session : sessions) {
            session.bound.get(10, TimeUnit.SECONDS);
        }
    }

    String systemId() {
        return systemId;
    }

    String password() {
        return password;
    }

    LoadRun currentRun() {
        return current;
    }

    void onDeliver(DeliverListener listener) {
        deliverListener = listener == null ? IGNORE : listener;
    }

    void delivered(DeliverSm deliverSm, long nanos) {
        deliverListener.delivered(deliverSm, nanos);
    }

    /** Runs one load phase to its end (plan's duration plus the drain) and returns what it saw. */
    LoadResult run(RunPlan plan, Mo.Factory factory) throws InterruptedException, ExecutionException,
            TimeoutException {
        return run(plan, factory, null);
    }

    LoadResult run(RunPlan plan, Mo.Factory factory, LoadRun.SendLog sendLog)
            throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<LoadResult> done = loop.submit(() -> {
            LoadRun run = new LoadRun(loop, sessions, plan, factory, sendLog, nextIndex);
            current = run;
            run.start();
            return run.done();
        }).get().toCompletableFuture();
        long limit = plan.duration().plus(plan.drainTimeout()).plusSeconds(30).toMillis();
        LoadResult result = done.get(limit, TimeUnit.MILLISECONDS);
        nextIndex = loop.submit(() -> current.nextIndex()).get();
        return result;
    }

    /** CPU seconds this JVM has used so far. */
    static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    @Override
    public void close() {
        try {
            loop.submit(() -> sessions.forEach(ClientSession::unbind)).get(5, TimeUnit.SECONDS);
            for (ClientSession session : sessions) {
                session.unbound.get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("bench client: unbind incomplete: " + e);
        } finally {
            loop.execute(() -> sessions.forEach(ClientSession::close));
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }
}
