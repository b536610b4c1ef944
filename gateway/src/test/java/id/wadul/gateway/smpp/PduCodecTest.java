package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.HexFormat;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;

/** Hex PDU fixtures through the frame decoder and codec, whole, split, joined and corrupt. */
class PduCodecTest {

    private static final String ENQUIRE_LINK = "00000010" + "00000015" + "00000000" + "00000001";
    private static final String SUBMIT_SM_BODY = "00" + "0000" + "3038313200" + "0000" + "3137303800"
            + "000000" + "00" + "00" + "00000000" + "02" + "6869";
    private static final String SUBMIT_SM = "0000002B" + "00000004" + "00000000" + "00000002" + SUBMIT_SM_BODY;

    private final EmbeddedChannel channel = new EmbeddedChannel(new SmppFrameDecoder(1024), new PduCodec());

    private static ByteBuf hex(String hex) {
        return Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex));
    }

    private byte[] written() {
        ByteBuf out = channel.readOutbound();
        try {
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            return bytes;
        } finally {
            out.release();
        }
    }

    @Test
    void wholeFrame() {
        ByteBuf in = hex(ENQUIRE_LINK);
        channel.writeInbound(in);
        EnquireLink pdu = channel.readInbound();
        assertThat(pdu.getSequenceNumber()).isEqualTo(1);
        assertThat(in.refCnt()).isZero();
    }

    @Test
    void frameSplitOverTwoReads() {
        ByteBuf first = hex(SUBMIT_SM.substring(0, 30));
        ByteBuf second = hex(SUBMIT_SM.substring(30));
        channel.writeInbound(first);
        assertThat((Object) channel.readInbound()).isNull();
        channel.writeInbound(second);
        SubmitSm pdu = channel.readInbound();
        assertThat(pdu.getDestAddress()).isEqualTo("1708");
        assertThat(pdu.getSourceAddr()).isEqualTo("0812");
        assertThat(pdu.getShortMessage()).containsExactly('h', 'i');
        assertThat(first.refCnt()).isZero();
        assertThat(second.refCnt()).isZero();
    }

    @Test
    void twoFramesInOneRead() {
        channel.writeInbound(hex(SUBMIT_SM + ENQUIRE_LINK));
        assertThat((Object) channel.readInbound()).isInstanceOf(SubmitSm.class);
        assertThat((Object) channel.readInbound()).isInstanceOf(EnquireLink.class);
    }

    @Test
    void commandLengthUnderSixteenIsNackedAndClosed() {
        ByteBuf in = hex("0000000F" + "00000015" + "00000000" + "000000");
        channel.writeInbound(in);
        byte[] nack = written();
        assertThat(RawClient.commandId(nack)).isEqualTo(SMPPConstant.CID_GENERIC_NACK);
        assertThat(RawClient.status(nack)).isEqualTo(SMPPConstant.STAT_ESME_RINVCMDLEN);
        assertThat(channel.isOpen()).isFalse();
        assertThat(in.refCnt()).isZero();
    }

    @Test
    void commandLengthOverTheMaximumIsNackedAndClosedWithoutWaitingForTheBody() {
        ByteBuf in = hex("7FFFFFFF" + "00000004" + "00000000" + "00000009" + "00");
        channel.writeInbound(in);
        byte[] nack = written();
        assertThat(RawClient.status(nack)).isEqualTo(SMPPConstant.STAT_ESME_RINVCMDLEN);
        assertThat(RawClient.sequence(nack)).isEqualTo(9);
        assertThat(channel.isOpen()).isFalse();
        assertThat(in.refCnt()).isZero();
    }

    @Test
    void unknownCommandIdBecomesInvalidCommandId() {
        channel.writeInbound(hex("00000010" + "00000099" + "00000000" + "00000005"));
        MalformedPdu bad = channel.readInbound();
        assertThat(bad.status()).isEqualTo(SMPPConstant.STAT_ESME_RINVCMDID);
        assertThat(bad.sequence()).isEqualTo(5);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void truncatedBodyIsMalformedAndTheChannelStaysOpen() {
        channel.writeInbound(hex("00000014" + "00000004" + "00000000" + "00000006" + "30313233"));
        MalformedPdu bad = channel.readInbound();
        assertThat(bad.commandId()).isEqualTo(SMPPConstant.CID_SUBMIT_SM);
        assertThat(bad.status()).isEqualTo(SMPPConstant.STAT_ESME_RINVMSGLEN);
        channel.writeInbound(hex(ENQUIRE_LINK));
        assertThat((Object) channel.readInbound()).isInstanceOf(EnquireLink.class);
    }

    @Test
    void tlvWithNegativeLengthIsMalformed() {
        channel.writeInbound(hex("00000031" + "00000004" + "00000000" + "00000007" + SUBMIT_SM_BODY
                + "0424FFFF" + "4142"));
        MalformedPdu bad = channel.readInbound();
        assertThat(bad.sequence()).isEqualTo(7);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void tlvLongerThanThePduIsMalformed() {
        channel.writeInbound(hex("00000031" + "00000004" + "00000000" + "00000008" + SUBMIT_SM_BODY
                + "04240100" + "4142"));
        Object decoded = channel.readInbound();
        assertThat(decoded).isInstanceOf(MalformedPdu.class);
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void encodesComposedPdus() {
        channel.writeOutbound(Pdus.enquireLinkResp(3));
        assertThat(HexFormat.of().formatHex(written())).isEqualTo("00000010800000150000000000000003");
    }
}
