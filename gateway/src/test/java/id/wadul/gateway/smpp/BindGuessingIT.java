package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.text.Gsm7;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;

/**
 * Password guessing against the real server, from other loopback addresses than the rightful link's
 * (127.0.0.1): failed binds are answered later and later, then the guessing address is refused, while the
 * link and other addresses are served as before.
 */
class BindGuessingIT extends ServerFixture {

    private static final String GUESSER = "127.0.0.2";
    private static final String NEIGHBOUR = "127.0.0.3";
    private static final int MAX_FAILURES = 4;

    private final HandClock clock = new HandClock();

    private void start(Duration failureDelay) throws Exception {
        Map<String, String> config = baseConfig();
        config.put("smpp.bindTimeout", "30s");
        config.put("smpp.bind.failureDelay", failureDelay.toMillis() + "ms");
        config.put("smpp.bind.maxFailures", Integer.toString(MAX_FAILURES));
        config.put("smpp.bind.refusal", "10m");
        start(config, clock);
    }

    private int failures(String address) throws Exception {
        return server.bindGuard().failures(InetAddress.getByName(address));
    }

    private boolean refused(String address) throws Exception {
        return server.bindGuard().refused(InetAddress.getByName(address));
    }

    /** Sends a bind and returns its response. */
    private static byte[] bind(RawClient raw, int sequence, String systemId, String password) throws Exception {
        raw.write(RawClient.bind(sequence, systemId, password));
        return raw.read();
    }

    @Test
    void wrongBindsFromOneAddressAreAnsweredLaterAndLaterThenRefused() throws Exception {
        Duration delay = Duration.ofMillis(150);
        start(delay);
        RawClient guesser = raw(GUESSER);
        for (int n = 1; n <= MAX_FAILURES; n++) {
            long sent = System.nanoTime();
            byte[] resp = bind(guesser, n, "link", "tebakan" + n);
            long waitedMillis = (System.nanoTime() - sent) / 1_000_000;
            assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RINVPASWD);
            assertThat(RawClient.sequence(resp)).isEqualTo(n);
            assertThat(failures(GUESSER)).isEqualTo(n);
            // the n-th failure waits n steps: its answer can never come before that (a lower bound only)
            assertThat(waitedMillis).isGreaterThanOrEqualTo(delay.toMillis() * n);
        }
        assertThat(refused(GUESSER)).isTrue();
        assertThat(guesser.closedByServer()).isTrue();

        // refused now: even the right password is not checked, and the count does not grow
        RawClient again = raw(GUESSER);
        byte[] resp = bind(again, 9, "link", "secret");
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL);
        assertThat(again.closedByServer()).isTrue();
        assertThat(failures(GUESSER)).isEqualTo(MAX_FAILURES);
    }

    @Test
    void aBindSentWhileAFailedOneWaitsIsRefusedUncheckedAndAnsweredFirst() throws Exception {
        start(Duration.ofMillis(300));
        RawClient guesser = raw(GUESSER);
        guesser.write(RawClient.bind(1, "link", "tebakan"));
        guesser.write(RawClient.bind(2, "link", "secret"));
        byte[] first = guesser.read();
        byte[] second = guesser.read();
        assertThat(RawClient.sequence(first)).isEqualTo(2);
        assertThat(RawClient.status(first)).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL);
        assertThat(RawClient.sequence(second)).isEqualTo(1);
        assertThat(RawClient.status(second)).isEqualTo(SMPPConstant.STAT_ESME_RINVPASWD);
        assertThat(failures(GUESSER)).isEqualTo(1);
        // the connection may try again once it has its answer
        assertThat(RawClient.status(bind(guesser, 3, "link", "secret"))).isZero();
        assertThat(failures(GUESSER)).isZero();
    }

    @Test
    void theRightfulLinkBindsAndSubmitsWhileItsAccountIsGuessed() throws Exception {
        Duration delay = Duration.ofMillis(500);
        start(delay);
        // the guesser opens several connections at once and tries a password on each
        List<RawClient> guesses = new ArrayList<>();
        for (int i = 1; i <= 2 * MAX_FAILURES; i++) {
            RawClient guess = raw(GUESSER);
            guess.write(RawClient.bind(i, "link", "tebakan" + i));
            guesses.add(guess);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> refused(GUESSER));

        // meanwhile the link binds from its own address and submits: every message acknowledged OK
        SMPPSession link = bind(BindType.BIND_TRX, "link", "secret");
        for (int i = 0; i < 10; i++) {
            String id = link.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                    "08123456700" + i, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(),
                    (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0),
                    (byte) 0, Gsm7.encode("Lampu jalan mati nomor " + i)).getMessageId();
            assertThat(id).isNotBlank();
        }
        assertThat(sink.messages()).hasSize(10);

        // a correct bind is answered before a wrong one sent ahead of it, which waits at least the account's
        // extra steps (its 8+ failures from the guesser); a correct bind is never delayed
        RawClient neighbour = raw(NEIGHBOUR);
        neighbour.write(RawClient.bind(1, "link", "tebakan"));
        RawClient second = raw();
        assertThat(RawClient.status(bind(second, 1, "link", "secret"))).isZero();
        assertThat(neighbour.available()).isZero();
        assertThat(RawClient.status(neighbour.read())).isEqualTo(SMPPConstant.STAT_ESME_RINVPASWD);

        // every guess got an answer: a wrong password (delayed) or, once refused, a bind failure
        int wrong = 0;
        for (RawClient guess : guesses) {
            int status = RawClient.status(guess.read());
            assertThat(status).isIn(SMPPConstant.STAT_ESME_RINVPASWD, SMPPConstant.STAT_ESME_RBINDFAIL);
            wrong += status == SMPPConstant.STAT_ESME_RINVPASWD ? 1 : 0;
        }
        assertThat(wrong).isGreaterThanOrEqualTo(MAX_FAILURES);
        assertThat(link.getSessionState().isBound()).isTrue();
        assertThat(failures("127.0.0.1")).isZero();
    }

    @Test
    void anotherAddressIsNotAffectedByARefusedOne() throws Exception {
        start(Duration.ofMillis(20));
        RawClient guesser = raw(GUESSER);
        for (int n = 1; n <= MAX_FAILURES; n++) {
            bind(guesser, n, "nobody", "tebakan");
        }
        assertThat(refused(GUESSER)).isTrue();

        // the neighbour's own mistake is only a mistake: answered, connection open, next try binds
        RawClient neighbour = raw(NEIGHBOUR);
        assertThat(RawClient.status(bind(neighbour, 1, "link", "salah"))).isEqualTo(SMPPConstant.STAT_ESME_RINVPASWD);
        assertThat(RawClient.status(bind(neighbour, 2, "link", "secret"))).isZero();
        assertThat(failures(NEIGHBOUR)).isZero();
        assertThat(bind(BindType.BIND_TX, "link", "secret").getSessionState().isBound()).isTrue();
    }

    @Test
    void theRefusalEndsAfterItsPeriod() throws Exception {
        start(Duration.ofMillis(20));
        RawClient guesser = raw(GUESSER);
        for (int n = 1; n <= MAX_FAILURES; n++) {
            bind(guesser, n, "link", "tebakan");
        }
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        RawClient still = raw(GUESSER);
        assertThat(RawClient.status(bind(still, 1, "link", "secret"))).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL);
        clock.advance(Duration.ofSeconds(1));
        RawClient later = raw(GUESSER);
        assertThat(RawClient.status(bind(later, 1, "link", "secret"))).isZero();
    }

    @Test
    void aBindWhoseHandlingThrowsGetsSystemErrorAndTheConnectionLives() throws Exception {
        start(Duration.ofMillis(20));
        RawClient raw = raw();
        clock.broken = true;
        // counting the failure reads the clock, which throws
        byte[] resp = bind(raw, 1, "link", "tebakan");
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_BIND_TRANSCEIVER_RESP);
        assertThat(RawClient.status(resp)).isEqualTo(SMPPConstant.STAT_ESME_RSYSERR);
        clock.broken = false;
        assertThat(RawClient.status(bind(raw, 2, "link", "secret"))).isZero();
    }

    @Test
    void anAddressOutsideTheAccountsCidrsLearnsNothingAboutItsPassword() throws Exception {
        start(Duration.ofMillis(20));
        RawClient wrong = raw();
        assertThat(RawClient.status(bind(wrong, 1, "far", "tebakan"))).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL);
        assertThat(wrong.closedByServer()).isTrue();
        RawClient right = raw();
        assertThat(RawClient.status(bind(right, 1, "far", "secret"))).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL);
        assertThat(right.closedByServer()).isTrue();
        assertThat(failures("127.0.0.1")).isEqualTo(2);
    }
}
