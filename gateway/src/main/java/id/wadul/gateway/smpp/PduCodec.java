package id.wadul.gateway.smpp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageCodec;
import java.util.List;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.jsmpp.util.DefaultDecomposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole frames to jSMPP PDU beans and composed PDUs ({@code byte[]}) to buffers. A frame that jSMPP cannot
 * decompose, for whatever runtime reason, becomes a {@link MalformedPdu}: the session answers it and lives on.
 */
final class PduCodec extends MessageToMessageCodec<ByteBuf, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(PduCodec.class);

    private final DefaultDecomposer decomposer = new DefaultDecomposer();

    @Override
    protected void encode(ChannelHandlerContext ctx, byte[] pdu, List<Object> out) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("out {}", Pdus.hex(pdu));
        }
        out.add(Unpooled.wrappedBuffer(pdu));
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
        byte[] pdu = ByteBufUtil.getBytes(frame);
        if (LOG.isDebugEnabled()) {
            LOG.debug("in {}", Pdus.hex(pdu));
        }
        out.add(decode(pdu));
    }

    /** Decodes one whole frame (command_length already checked by {@link SmppFrameDecoder}). */
    Object decode(byte[] pdu) {
        int commandId = readInt(pdu, 4);
        int sequence = readInt(pdu, 12);
        try {
            Command command = decompose(commandId, pdu);
            if (command == null) {
                return new MalformedPdu(commandId, sequence, SMPPConstant.STAT_ESME_RINVCMDID,
                        "unsupported command_id 0x" + Integer.toHexString(commandId));
            }
            return command;
        } catch (Exception e) {
            return new MalformedPdu(commandId, sequence, SMPPConstant.STAT_ESME_RINVMSGLEN,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Command decompose(int commandId, byte[] pdu) throws Exception {
        return switch (commandId) {
            case SMPPConstant.CID_BIND_TRANSMITTER, SMPPConstant.CID_BIND_RECEIVER,
                    SMPPConstant.CID_BIND_TRANSCEIVER -> decomposer.bind(pdu);
            case SMPPConstant.CID_SUBMIT_SM -> decomposer.submitSm(pdu);
            case SMPPConstant.CID_DELIVER_SM -> decomposer.deliverSm(pdu);
            case SMPPConstant.CID_DELIVER_SM_RESP -> decomposer.deliverSmResp(pdu);
            case SMPPConstant.CID_ENQUIRE_LINK -> decomposer.enquireLink(pdu);
            case SMPPConstant.CID_ENQUIRE_LINK_RESP -> decomposer.enquireLinkResp(pdu);
            case SMPPConstant.CID_UNBIND -> decomposer.unbind(pdu);
            case SMPPConstant.CID_UNBIND_RESP -> decomposer.unbindResp(pdu);
            case SMPPConstant.CID_GENERIC_NACK -> decomposer.genericNack(pdu);
            default -> null;
        };
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
