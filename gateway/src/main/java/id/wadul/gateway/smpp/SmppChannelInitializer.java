package id.wadul.gateway.smpp;

import id.wadul.gateway.config.GatewayConfig;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline of one SMPP connection, every stage named:
 * {@code tls} (TLS port only) - {@code flush} - {@code idle} - {@code frame} - {@code codec} - {@code session}.
 */
final class SmppChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final GatewayConfig config;
    private final SslContext sslContext;
    private final SessionRegistry registry;
    private final BindHandler binds;
    private final InboundMessages inbound;

    SmppChannelInitializer(GatewayConfig config, SslContext sslContext, SessionRegistry registry,
                           InboundMessages inbound, BindGuard guard) {
        this.config = config;
        this.sslContext = sslContext;
        this.registry = registry;
        this.binds = new BindHandler(config, registry, guard);
        this.inbound = inbound;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        if (sslContext != null) {
            pipeline.addLast("tls", sslContext.newHandler(channel.alloc()));
        }
        // one flush (one syscall) for the responses written during a read or in one event-loop turn
        pipeline.addLast("flush", new FlushConsolidationHandler(
                FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
        pipeline.addLast("idle", new IdleStateHandler(config.enquireLinkInterval().toMillis(), 0, 0,
                TimeUnit.MILLISECONDS));
        pipeline.addLast("frame", new SmppFrameDecoder(config.maxPduLength()));
        pipeline.addLast("codec", new PduCodec());
        pipeline.addLast("session", new SmppSessionHandler(config, registry, binds, inbound));
    }
}
