package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BindIT extends ServerFixture {

    @BeforeEach
    void startServer() throws Exception {
        Map<String, String> config = baseConfig();
        config.put("smpp.enquireLinkInterval", "300ms");
        start(config);
    }

    @ParameterizedTest
    @CsvSource({"BIND_TX,IF_33", "BIND_TX,IF_34", "BIND_RX,IF_33", "BIND_RX,IF_34", "BIND_TRX,IF_33", "BIND_TRX,IF_34"})
    void bindsEveryTypeWithBothInterfaceVersions(BindType type, InterfaceVersion version) throws Exception {
        SMPPSession session = bind(type, "link", "secret", version);
        assertThat(session.getSessionState().isBound()).isTrue();
    }

    @Test
    void unknownSystemIdIsRefused() {
        assertThatThrownBy(() -> bind(BindType.BIND_TRX, "nobody", "secret"))
                .satisfies(e -> assertThat(status(e)).isEqualTo(SMPPConstant.STAT_ESME_RINVSYSID));
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> bind(BindType.BIND_TRX, "link", "guess"))
                .satisfies(e -> assertThat(status(e)).isEqualTo(SMPPConstant.STAT_ESME_RINVPASWD));
    }

    @Test
    void bindWithEmptySystemIdIsAnsweredAndTheConnectionLives() throws Exception {
        RawClient raw = raw();
        // system_id, password, system_type empty (jSMPP decodes them as null), interface_version 3.4
        raw.write(HexFormat.of().parseHex("00000017" + "00000009" + "00000000" + "00000003" + "00000034000000"));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_BIND_TRANSCEIVER_RESP);
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVSYSID);
        raw.bindTransceiver("link", "secret");
    }

    @Test
    void hashedPasswordInConfigWorks() throws Exception {
        assertThat(bind(BindType.BIND_TX, "slow", "secret").getSessionState().isBound()).isTrue();
    }

    @Test
    void addressOutsideTheAccountsCidrsGetsBindFailAndIsClosed() throws Exception {
        RawClient raw = raw();
        raw.write(RawClient.COMPOSER.bind(SMPPConstant.CID_BIND_TRANSCEIVER, 7, "far", "secret", "",
                SMPPConstant.IF_VERSION_34, (byte) 0, (byte) 0, ""));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_BIND_TRANSCEIVER_RESP);
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL);
        assertThat(RawClient.sequence(resp)).isEqualTo(7);
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void bindsBeyondMaxBindsAreRefused() throws Exception {
        bind(BindType.BIND_TX, "slow", "secret");
        assertThatThrownBy(() -> bind(BindType.BIND_TX, "slow", "secret"))
                .satisfies(e -> assertThat(status(e)).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL));
    }

    @Test
    void secondBindOnABoundSessionIsAlreadyBound() throws Exception {
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        raw.write(RawClient.COMPOSER.bind(SMPPConstant.CID_BIND_TRANSMITTER, 2, "link", "secret", "",
                SMPPConstant.IF_VERSION_34, (byte) 0, (byte) 0, ""));
        byte[] resp = raw.read();
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RALYBND);
        raw.write(RawClient.COMPOSER.enquireLink(3));
        assertThat(RawClient.commandId(raw.read())).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK_RESP);
    }

    @Test
    void connectionThatNeverBindsIsClosedAfterTheBindTimeout() throws Exception {
        RawClient raw = raw();
        raw.write(RawClient.COMPOSER.enquireLink(1));
        assertThat(RawClient.commandId(raw.read())).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK_RESP);
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void unboundSessionMaySendOnlyBindsAndEnquireLink() throws Exception {
        RawClient raw = raw();
        raw.write(RawClient.COMPOSER.submitSm(4, "", (byte) 0, (byte) 0, "0812", (byte) 0, (byte) 0, "1708",
                (byte) 0, (byte) 0, (byte) 0, null, null, (byte) 0, (byte) 0, (byte) 0, (byte) 0, "x".getBytes()));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_SUBMIT_SM_RESP);
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVBNDSTS);
        assertThat(sink.messages()).isEmpty();
    }

    @Test
    void enquireLinkIsAnsweredWhenBound() throws Exception {
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        raw.write(RawClient.COMPOSER.enquireLink(9));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK_RESP);
        assertThat(RawClient.sequence(resp)).isEqualTo(9);
    }

    @Test
    void idleBindIsProbedAndClosedWhenItDoesNotAnswer() throws Exception {
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        byte[] probe = raw.read();
        assertThat(RawClient.commandId(probe)).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK);
        assertThat(raw.closedByServer()).isTrue();
    }

    @Test
    void idleBindThatAnswersStaysOpen() throws Exception {
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        for (int i = 0; i < 3; i++) {
            byte[] probe = raw.read();
            assertThat(RawClient.commandId(probe)).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK);
            raw.write(RawClient.COMPOSER.enquireLinkResp(RawClient.sequence(probe)));
        }
        raw.write(RawClient.COMPOSER.enquireLink(50));
        assertThat(RawClient.sequence(raw.read())).isEqualTo(50);
    }

    @Test
    void clientUnbindIsAnswered() throws Exception {
        SMPPSession session = bind(BindType.BIND_TRX, "link", "secret");
        session.unbindAndClose();
        assertThat(session.getSessionState()).isEqualTo(SessionState.CLOSED);
        // the account's bind slot is free again
        for (int i = 0; i < 3; i++) {
            bind(BindType.BIND_TX, "link", "secret");
        }
    }

    @Test
    void serverUnbindReachesTheClient() throws Exception {
        SMPPSession session = bind(BindType.BIND_TRX, "link", "secret");
        server.stop();
        await().atMost(Duration.ofSeconds(5)).until(() -> session.getSessionState() == SessionState.CLOSED);
    }

    static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NegativeResponseException n) {
                return n.getCommandStatus();
            }
        }
        return -1;
    }
}
