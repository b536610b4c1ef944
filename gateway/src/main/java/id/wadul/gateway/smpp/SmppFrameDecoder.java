package id.wadul.gateway.smpp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import org.jsmpp.SMPPConstant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMPP framing: {@code LengthFieldBasedFrameDecoder(maxLength, 0, 4, -4, 0)}. A command_length under 16
 * or over the maximum is a corrupt stream: we answer generic_nack ESME_RINVCMDLEN, close, and discard
 * everything after it without ever allocating the announced length.
 */
final class SmppFrameDecoder extends LengthFieldBasedFrameDecoder {

    private static final Logger LOG = LoggerFactory.getLogger(SmppFrameDecoder.class);
    static final int HEADER_LENGTH = 16;

    private final int maxLength;
    private boolean corrupt;

    SmppFrameDecoder(int maxLength) {
        super(maxLength, 0, 4, -4, 0);
        this.maxLength = maxLength;
    }

    @Override
    protected Object decode(ChannelHandlerContext ctx, ByteBuf in) throws Exception {
        if (corrupt) {
            in.skipBytes(in.readableBytes());
            return null;
        }
        if (in.readableBytes() < 4) {
            return null;
        }
        long length = in.getUnsignedInt(in.readerIndex());
        if (length < HEADER_LENGTH || length > maxLength) {
            corrupt = true;
            int sequence = in.readableBytes() >= HEADER_LENGTH ? in.getInt(in.readerIndex() + 12) : 0;
            in.skipBytes(in.readableBytes());
            LOG.warn("command_length {} outside 16..{} from {}: generic_nack and close", length, maxLength,
                    ctx.channel().remoteAddress());
            ctx.writeAndFlush(Unpooled.wrappedBuffer(Pdus.genericNack(SMPPConstant.STAT_ESME_RINVCMDLEN, sequence)))
                    .addListener(ChannelFutureListener.CLOSE);
            return null;
        }
        return super.decode(ctx, in);
    }
}
