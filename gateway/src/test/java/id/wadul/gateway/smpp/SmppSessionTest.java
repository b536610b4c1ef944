package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.gateway.config.Account;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The session's state machine on its own: each transition, and the moves it refuses. */
class SmppSessionTest {

    private static final Account LINK = new Account("link", Account.digestOf("secret"), List.of(), 3, 100, 10);
    private static final Account OTHER = new Account("other", Account.digestOf("secret"), List.of(), 3, 100, 10);

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final SmppSession session = new SmppSession(channel, 10, Duration.ofSeconds(10));

    @AfterEach
    void closeChannel() {
        channel.finishAndReleaseAll();
    }

    @Test
    void startsOpenWithoutAccount() {
        assertThat(session.state()).isEqualTo(SessionState.OPEN);
        assertThat(session.account()).isNull();
        assertThat(session.systemId()).isNull();
        assertThat(session.inFlight()).isZero();
        assertThat(session.closed).isNotDone();
    }

    @ParameterizedTest
    @CsvSource({"0x00000002, BOUND_TX", "0x00000001, BOUND_RX", "0x00000009, BOUND_TRX"})
    void bindsAsTheBindCommandSays(String commandId, SessionState expected) {
        assertThat(session.bound(LINK, Integer.decode(commandId))).isEqualTo(expected);
        assertThat(session.state()).isEqualTo(expected);
        assertThat(session.account()).isSameAs(LINK);
        assertThat(session.systemId()).isEqualTo("link");
    }

    @Test
    void refusesASecondBindAndKeepsTheFirst() {
        session.bound(LINK, SMPPConstant.CID_BIND_TRANSMITTER);
        assertThatThrownBy(() -> session.bound(OTHER, SMPPConstant.CID_BIND_TRANSCEIVER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BOUND_TX");
        assertThat(session.state()).isEqualTo(SessionState.BOUND_TX);
        assertThat(session.account()).isSameAs(LINK);
    }

    @Test
    void refusesABindThatIsNotOne() {
        assertThatThrownBy(() -> session.bound(LINK, SMPPConstant.CID_SUBMIT_SM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.bound(null, SMPPConstant.CID_BIND_TRANSMITTER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.state()).isEqualTo(SessionState.OPEN);
        assertThat(session.account()).isNull();
    }

    @Test
    void onlyASessionThatMaySubmitTakesInboundMessages() {
        assertThatThrownBy(session::requestStarted).isInstanceOf(IllegalStateException.class);
        session.bound(LINK, SMPPConstant.CID_BIND_RECEIVER);
        assertThatThrownBy(session::requestStarted).isInstanceOf(IllegalStateException.class);
        assertThat(session.inFlight()).isZero();

        SmppSession transceiver = new SmppSession(channel, 10, Duration.ofSeconds(10));
        transceiver.bound(LINK, SMPPConstant.CID_BIND_TRANSCEIVER);
        transceiver.requestStarted();
        transceiver.requestStarted();
        assertThat(transceiver.inFlight()).isEqualTo(2);
        assertThat(transceiver.requestFinished()).isFalse();
        assertThat(transceiver.requestFinished()).isFalse(); // empty, but still bound: nothing to drain
        assertThat(transceiver.inFlight()).isZero();
        assertThatThrownBy(transceiver::requestFinished).isInstanceOf(IllegalStateException.class);
        assertThat(transceiver.inFlight()).isZero();
    }

    @Test
    void ourUnbindWithNothingInFlightMayGoAtOnce() {
        session.bound(LINK, SMPPConstant.CID_BIND_TRANSMITTER);
        assertThat(session.startUnbinding()).isTrue();
        assertThat(session.state()).isEqualTo(SessionState.UNBINDING);
        assertThat(session.peerUnbindSequence()).isNull();
    }

    @Test
    void ourUnbindWaitsForTheLastInFlightMessage() {
        session.bound(LINK, SMPPConstant.CID_BIND_TRANSMITTER);
        session.requestStarted();
        session.requestStarted();
        assertThat(session.startUnbinding()).isFalse();
        assertThatThrownBy(session::requestStarted).isInstanceOf(IllegalStateException.class);
        assertThat(session.requestFinished()).isFalse();
        assertThat(session.requestFinished()).isTrue();
    }

    @Test
    void refusesOurUnbindUnlessBound() {
        assertThatThrownBy(session::startUnbinding).isInstanceOf(IllegalStateException.class);
        assertThat(session.state()).isEqualTo(SessionState.OPEN);
        session.bound(LINK, SMPPConstant.CID_BIND_RECEIVER);
        session.startUnbinding();
        assertThatThrownBy(session::startUnbinding).isInstanceOf(IllegalStateException.class);
        session.closed();
        assertThatThrownBy(session::startUnbinding).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePeersUnbindIsAnsweredOnceDrained() {
        session.bound(LINK, SMPPConstant.CID_BIND_TRANSCEIVER);
        session.requestStarted();
        assertThat(session.peerUnbinds(7)).isFalse();
        assertThat(session.state()).isEqualTo(SessionState.UNBINDING);
        assertThat(session.peerUnbindSequence()).isEqualTo(7);
        assertThat(session.requestFinished()).isTrue();
    }

    @Test
    void thePeerMayUnbindAnOpenSessionOrOneWeAreUnbinding() {
        assertThat(session.peerUnbinds(3)).isTrue();
        assertThat(session.state()).isEqualTo(SessionState.UNBINDING);

        SmppSession ours = new SmppSession(channel, 10, Duration.ofSeconds(10));
        ours.bound(LINK, SMPPConstant.CID_BIND_TRANSMITTER);
        ours.startUnbinding();
        assertThat(ours.peerUnbinds(4)).isTrue();
        assertThat(ours.peerUnbindSequence()).isEqualTo(4);
    }

    @Test
    void closesFromAnyStateAndRefusesEveryMoveAfterwards() {
        session.bound(LINK, SMPPConstant.CID_BIND_TRANSMITTER);
        session.requestStarted();
        session.closed();
        assertThat(session.state()).isEqualTo(SessionState.CLOSED);
        assertThat(session.closed).isCompleted();
        assertThatThrownBy(() -> session.bound(LINK, SMPPConstant.CID_BIND_TRANSMITTER))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.peerUnbinds(5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::requestStarted).isInstanceOf(IllegalStateException.class);
        assertThat(session.startProbe()).isFalse();
        // the store's answer to a message taken before the close still leaves the window, and drains nothing
        assertThat(session.requestFinished()).isFalse();
        assertThat(session.inFlight()).isZero();
        session.closed();
        assertThat(session.state()).isEqualTo(SessionState.CLOSED);

        SmppSession open = new SmppSession(channel, 10, Duration.ofSeconds(10));
        open.closed();
        assertThat(open.state()).isEqualTo(SessionState.CLOSED);
    }

    @Test
    void closingFailsOurRequestsStillWaitingForAResponse() {
        session.bound(LINK, SMPPConstant.CID_BIND_RECEIVER);
        CompletableFuture<Command> probe = session.request(Pdus::enquireLink, false);
        channel.runPendingTasks();
        assertThat(probe).isNotDone();
        session.closed();
        assertThat(probe).isCompletedExceptionally();
        assertThatThrownBy(probe::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ClosedChannelException.class);
    }

    @Test
    void aDelayedBindAnswerBlocksAnotherUntilSent() {
        assertThat(session.bindAnswerPending()).isFalse();
        session.bindAnswerDelayed();
        assertThat(session.bindAnswerPending()).isTrue();
        assertThatThrownBy(session::bindAnswerDelayed).isInstanceOf(IllegalStateException.class);
        session.bindAnswered();
        assertThat(session.bindAnswerPending()).isFalse();
        session.bound(LINK, SMPPConstant.CID_BIND_TRANSMITTER);
        assertThatThrownBy(session::bindAnswerDelayed).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void probesOnlyABoundSessionOneAtATime() {
        assertThat(session.startProbe()).isFalse();
        session.bound(LINK, SMPPConstant.CID_BIND_RECEIVER);
        assertThat(session.startProbe()).isTrue();
        assertThat(session.startProbe()).isFalse();
        session.probeAnswered();
        assertThat(session.startProbe()).isTrue();
        session.probeAnswered();
        session.startUnbinding();
        assertThat(session.startProbe()).isFalse();
    }

    @Test
    void countsMalformedPdus() {
        assertThat(session.malformedReceived()).isEqualTo(1);
        assertThat(session.malformedReceived()).isEqualTo(2);
    }
}
