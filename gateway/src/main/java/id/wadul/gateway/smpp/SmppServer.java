package id.wadul.gateway.smpp;

import id.wadul.gateway.InboundSink;
import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.config.GatewayConfig;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMPP 3.4 server: binds the plain port (and the TLS port when configured) and owns the threads.
 * Usage: {@code server = new SmppServer(config, sink); server.start(); server.outboundSender(); ...
 * server.stop();}
 */
public final class SmppServer {

    private static final Logger LOG = LoggerFactory.getLogger(SmppServer.class);

    private final GatewayConfig config;
    private final InboundSink sink;
    private final Clock bindClock;
    private final SessionRegistry registry = new SessionRegistry();
    private final List<Channel> listeners = new ArrayList<>();
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private ScheduledExecutorService timer;
    private SmppOutboundSender outbound;
    private BindGuard bindGuard;

    public SmppServer(GatewayConfig config, InboundSink sink) {
        this(config, sink, Clock.systemUTC());
    }

    /** @param bindClock the clock that ages failed binds (tests move it by hand) */
    SmppServer(GatewayConfig config, InboundSink sink, Clock bindClock) {
        this.config = config;
        this.sink = sink;
        this.bindClock = bindClock;
    }

    /** Loads pending parts, binds the port(s) and returns once they accept connections. */
    public synchronized void start() throws Exception {
        try {
            startAll();
        } catch (Exception | Error e) {
            stop();
            throw e;
        }
    }

    private void startAll() throws Exception {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wadul-smpp-timer");
            t.setDaemon(true);
            return t;
        });
        Reassembly reassembly = new Reassembly(config.reassemblyTimeout(), config.reassemblyMaxPending(), sink, timer);
        reassembly.load(sink.pendingParts());
        InboundMessages inbound = new InboundMessages(config, registry, sink, reassembly);
        outbound = new SmppOutboundSender(config, registry, timer);
        bindGuard = new BindGuard(config.bindThrottling(), bindClock);
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        listeners.add(listen(config.port(),
                new SmppChannelInitializer(config, null, registry, inbound, bindGuard)));
        if (config.tlsPort() != null) {
            SslContext ssl = SslContextBuilder.forServer(config.tlsCert().toFile(), config.tlsKey().toFile()).build();
            listeners.add(listen(config.tlsPort(),
                    new SmppChannelInitializer(config, ssl, registry, inbound, bindGuard)));
        }
        LOG.info("SMPP server listening on {}:{}{}", config.host(), port(),
                tlsPort() > 0 ? " and TLS " + tlsPort() : "");
    }

    private Channel listen(int port, SmppChannelInitializer initializer) throws InterruptedException {
        return new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 256)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(initializer)
                .bind(config.host(), port).sync().channel();
    }

    /** The plain port actually bound (useful with {@code smpp.port=0}). */
    public int port() {
        return ((InetSocketAddress) listeners.get(0).localAddress()).getPort();
    }

    /** The TLS port actually bound, or -1 when TLS is off. */
    public int tlsPort() {
        return listeners.size() > 1 ? ((InetSocketAddress) listeners.get(1).localAddress()).getPort() : -1;
    }

    /** Sessions bound now, over all accounts (for a health check). */
    public int boundSessions() {
        return registry.boundCount();
    }

    /** Sends SMS over this server's receiver binds. Available after {@link #start()}. */
    public OutboundSender outboundSender() {
        return outbound;
    }

    /** Failed binds remembered per address (package-private: for tests). Available after {@link #start()}. */
    BindGuard bindGuard() {
        return bindGuard;
    }

    /**
     * Graceful stop: stop accepting, unbind every session once its in-flight requests are answered (each
     * waits at most the sink timeout), close whatever is left after smpp.shutdownTimeout, free the threads.
     */
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        listeners.forEach(c -> c.close().syncUninterruptibly());
        if (outbound != null) {
            outbound.stop();
        }
        List<CompletableFuture<Void>> closing = registry.openSessions().stream().map(Unbinder::unbind).toList();
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(config.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("sessions still open after {}: closing them", config.shutdownTimeout());
        } catch (Exception e) {
            LOG.warn("graceful unbind interrupted: {}", e.toString());
        }
        registry.openSessions().forEach(s -> s.channel.close());
        for (EventLoopGroup group : new EventLoopGroup[] {workers, boss}) {
            if (group != null) {
                group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            }
        }
        timer.shutdownNow();
        timer = null;
        listeners.clear();
        LOG.info("SMPP server stopped");
    }
}
