package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;

/**
 * Reliability figures for bind guessing: 300 wrong binds from one address, one after another (a new
 * connection whenever the server closes one) and then 300 at once on 300 connections from another address.
 * Short form: smpp.bind.failureDelay 20ms; {@code -Dwadul.reliability.long=true}: the shipped defaults
 * (500ms, 10 failures, 10 min refusal, 10 s bind timeout), which is what an attacker meets.
 */
class BindGuessingReliabilityIT extends ServerFixture {

    private static final boolean LONG = Boolean.getBoolean("wadul.reliability.long");
    private static final int GUESSES = 300;
    private static final int MAX_FAILURES = 10;

    @Test
    void threeHundredGuessesFromOneAddressCheckAtMostMaxFailuresPasswords() throws Exception {
        Map<String, String> config = baseConfig();
        config.remove("smpp.bindTimeout");
        if (!LONG) {
            config.put("smpp.bind.failureDelay", "20ms");
        }
        start(config);

        long started = System.nanoTime();
        int checked = 0;
        int refused = 0;
        int cut = 0;
        int connections = 0;
        long firstRefusal = -1;
        RawClient raw = null;
        for (int i = 1; i <= GUESSES; ) {
            if (raw == null) {
                raw = raw("127.0.0.2");
                connections++;
            }
            try {
                raw.write(RawClient.bind(i, "link", "tbk" + i));
                int status = RawClient.status(raw.read());
                i++;
                if (status == SMPPConstant.STAT_ESME_RINVPASWD) {
                    checked++;
                    continue;
                }
                assertThat(status).isEqualTo(SMPPConstant.STAT_ESME_RBINDFAIL);
                refused++;
                firstRefusal = firstRefusal < 0 ? millisSince(started) : firstRefusal;
            } catch (IOException e) {
                cut++; // closed by the bind timeout before the delayed answer: the guesser learns nothing
            }
            raw.close();
            raw = null;
        }
        long sequentialMillis = millisSince(started);
        report("binds form=%s sequential guesses=%d seconds=%.1f wrong_password=%d"
                        + " cut_by_bind_timeout=%d refused=%d first_refusal_s=%.1f connections=%d",
                LONG ? "long" : "short", GUESSES, sequentialMillis / 1000.0, checked, cut, refused,
                firstRefusal / 1000.0, connections);
        assertThat(checked + cut).isLessThanOrEqualTo(MAX_FAILURES);
        assertThat(refused).isGreaterThanOrEqualTo(GUESSES - MAX_FAILURES);

        started = System.nanoTime();
        List<RawClient> all = new ArrayList<>();
        for (int i = 1; i <= GUESSES; i++) {
            RawClient guess = raw("127.0.0.3");
            guess.write(RawClient.bind(i, "link", "tbk" + i));
            all.add(guess);
        }
        int parallelChecked = 0;
        for (RawClient guess : all) {
            int status = RawClient.status(guess.read());
            parallelChecked += status == SMPPConstant.STAT_ESME_RINVPASWD ? 1 : 0;
            guess.close();
        }
        report("binds form=%s parallel guesses=%d seconds=%.1f wrong_password=%d"
                        + " refused=%d",
                LONG ? "long" : "short", GUESSES, millisSince(started) / 1000.0, parallelChecked,
                GUESSES - parallelChecked);
        // binds racing on different event loops may each be checked before the first failure is counted
        assertThat(parallelChecked).isLessThanOrEqualTo(MAX_FAILURES + 2 * Runtime.getRuntime().availableProcessors());

        // and through it all the rightful link binds from its own address
        assertThat(bind(BindType.BIND_TRX, "link", "secret").getSessionState().isBound()).isTrue();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** One line of figures for RELIABILITY.md. */
    private static void report(String format, Object... args) {
        System.out.println("RELIABILITY " + String.format(format, args));
    }
}
