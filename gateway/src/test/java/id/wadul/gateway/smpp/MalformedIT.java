package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw bytes a broken or hostile peer might send: answered, never fatal for the server. */
class MalformedIT extends ServerFixture {

    private RawClient raw;

    @BeforeEach
    void startAndBind() throws Exception {
        Map<String, String> config = baseConfig();
        config.put("smpp.maxPduLength", "2048");
        start(config);
        raw = raw();
        raw.bindTransceiver("link", "secret");
    }

    private void assertStillServing() throws Exception {
        raw.write(RawClient.COMPOSER.enquireLink(4242));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK_RESP);
        assertThat(RawClient.sequence(resp)).isEqualTo(4242);
    }

    @Test
    void unknownCommandIdGetsGenericNack() throws Exception {
        raw.write(HexFormat.of().parseHex("00000010" + "00000099" + "00000000" + "00000005"));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_GENERIC_NACK);
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVCMDID);
        assertThat(RawClient.sequence(resp)).isEqualTo(5);
        assertStillServing();
    }

    @Test
    void corruptSubmitSmBodyGetsAnErrorRespAndTheSessionLives() throws Exception {
        raw.write(HexFormat.of().parseHex("00000014" + "00000004" + "00000000" + "00000006" + "30313233"));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_SUBMIT_SM_RESP);
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVMSGLEN);
        assertStillServing();
        assertThat(sink.messages()).isEmpty();
    }

    @Test
    void tlvWithNegativeLengthGetsAnErrorResp() throws Exception {
        String body = "00" + "0000" + "3038313200" + "0000" + "3137303800" + "000000" + "00" + "00" + "00000000"
                + "00" + "0424FFFF" + "4142";
        raw.write(HexFormat.of().parseHex("0000002F" + "00000004" + "00000000" + "00000007" + body));
        byte[] resp = raw.read();
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVMSGLEN);
        assertThat(RawClient.sequence(resp)).isEqualTo(7);
        assertStillServing();
    }

    @Test
    void blankSourceAddressGetsInvalidSourceAndTheSessionLives() throws Exception {
        for (String source : new String[] {"", "   "}) {
            raw.write(RawClient.COMPOSER.submitSm(8, "", (byte) 0, (byte) 0, source, (byte) 0, (byte) 0, "1708",
                    (byte) 0, (byte) 0, (byte) 0, null, null, (byte) 0, (byte) 0, (byte) 0, (byte) 0, "x".getBytes()));
            byte[] resp = raw.read();
            assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_SUBMIT_SM_RESP);
            assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVSRCADR);
            assertThat(RawClient.sequence(resp)).isEqualTo(8);
        }
        assertStillServing();
        assertThat(sink.messages()).isEmpty();
    }

    @Test
    void commandLengthUnderSixteenIsNackedAndClosed() throws Exception {
        raw.write(HexFormat.of().parseHex("0000000F" + "00000015" + "00000000" + "000001"));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_GENERIC_NACK);
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVCMDLEN);
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void oversizedPduIsNackedAndClosed() throws Exception {
        raw.write(HexFormat.of().parseHex("00100000" + "00000004" + "00000000" + "00000002"));
        byte[] resp = raw.read();
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVCMDLEN);
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void randomBodiesNeverKillTheSession() throws Exception {
        Random random = new Random(20261123);
        int[] commands = {SMPPConstant.CID_SUBMIT_SM, SMPPConstant.CID_DELIVER_SM, SMPPConstant.CID_BIND_TRANSCEIVER,
                SMPPConstant.CID_UNBIND_RESP, SMPPConstant.CID_DELIVER_SM_RESP, SMPPConstant.CID_GENERIC_NACK};
        int requests = 0;
        for (int i = 0; i < 300; i++) {
            int command = commands[random.nextInt(commands.length)];
            byte[] body = new byte[random.nextInt(120)];
            random.nextBytes(body);
            ByteBuffer pdu = ByteBuffer.allocate(16 + body.length);
            pdu.putInt(16 + body.length).putInt(command).putInt(0).putInt(1000 + i).put(body);
            raw.write(pdu.array());
            if ((command & SMPPConstant.MASK_CID_RESP) == 0) {
                requests++;
            }
        }
        for (int i = 0; i < requests; i++) {
            byte[] resp = raw.read();
            assertThat(RawClient.commandId(resp) & SMPPConstant.MASK_CID_RESP).isNotZero();
        }
        assertStillServing();
    }
}
