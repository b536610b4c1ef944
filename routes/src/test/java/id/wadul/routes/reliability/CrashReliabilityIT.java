package id.wadul.routes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability scenario (a): SIGKILL at a random moment under load, of the JVM only (the OOM killer: its mariadbd
 * is left behind) and of the JVM with its mariadbd (a power cut), several rounds on one data folder. After the
 * last restart: every message acknowledged OK in any round is stored exactly once, has exactly one ticket, every
 * forward is queued once per (event, recipient), and everything queued is sent to the receiver bound after the
 * restart. Short form: 1 round of each kill; long form ({@code -Dwadul.reliability.long=true}): 10 of each.
 */
class CrashReliabilityIT {

    private static final boolean LONG = Boolean.getBoolean("wadul.reliability.long");
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedMessageSurvivesKillsOnceWithOneTicketAndItsForwardsSent() throws Exception {
        int rounds = LONG ? 10 : 1;
        Random random = new Random();
        Path data = dir.resolve("data");
        Map<String, Long> acked = new HashMap<>();
        List<String> kinds = List.of("jvm+mariadbd", "jvm");
        for (int round = 1; round <= rounds; round++) {
            for (String kind : kinds) {
                WadulProcess server = new WadulProcess(data, List.of("-Xmx512m"), overrides());
                long t0 = System.nanoTime();
                server.start(START);
                double started = (System.nanoTime() - t0) / 1e9;
                SmsLoad load = SmsLoad.start(server.smppPort, 2, 2, "a" + round + kind.charAt(kind.length() - 1));
                // a random moment: after 50 to 600 acknowledged messages
                int killAt = 50 + random.nextInt(550);
                await().atMost(Duration.ofSeconds(120)).until(() -> load.okCount() >= killAt);
                if (kind.equals("jvm")) {
                    server.killJvm();
                } else {
                    server.killAll();
                }
                load.stopSending();
                acked.putAll(load.acked);
                System.out.printf("RELIABILITY crash round=%d kill=%s startedIn=%.1fs killedAfterAcks=%d %s%n", round,
                        kind, started, load.okCount(), load.summary());
                closeQuietly(load);
            }
        }

        // the last start: a receiver bound, then nothing is left unhandled or unsent
        try (WadulProcess server = new WadulProcess(data, List.of("-Xmx512m"), overrides())) {
            long t0 = System.nanoTime();
            server.start(START);
            double started = (System.nanoTime() - t0) / 1e9;
            long unsentAtStart;
            try (Connection c = server.jdbc()) {
                unsentAtStart = Ledger.count(c, "SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'");
            }
            try (SmsLoad receiver = SmsLoad.receiverOnly(server.smppPort); Connection c = server.jdbc()) {
                await().atMost(Duration.ofSeconds(180)).until(() -> Ledger.unhandled(c, acked.values()) == 0);
                await().atMost(Duration.ofSeconds(180))
                        .until(() -> Ledger.count(c, "SELECT COUNT(*) FROM outbox WHERE state <> 'SENT'") == 0);
                Ledger.assertStoredOnceWithOneTicketAndForwards(c, acked);
                long tickets = Ledger.count(c, "SELECT COUNT(*) FROM ticket");
                long forwards = Ledger.count(c, "SELECT COUNT(*) FROM outbox WHERE recipient LIKE '628000%'");
                if (unsentAtStart > 0) {
                    await().atMost(Duration.ofSeconds(60)).until(() -> receiver.toOfficers.get()
                            + receiver.toCitizens.get() > 0);
                }
                System.out.printf("RELIABILITY crash rounds=%d kills=%d acked=%d storedOnce=%d tickets=%d"
                        + " forwardsQueued=%d unsentAtLastStart=%d receivedAfterRestart(officers=%d citizens=%d)"
                        + " lastStartIn=%.1fs%n", rounds, rounds * kinds.size(), acked.size(), acked.size(), tickets,
                        forwards, unsentAtStart, receiver.toOfficers.get(), receiver.toCitizens.get(), started);
            }
            double stopped = server.stop(Duration.ofSeconds(60));
            System.out.printf("RELIABILITY crash sigtermIdle=%.1fs%n", stopped);
            assertThat(stopped).as("seconds to stop").isBetween(0.0, 10.0);
        }
    }

    private static Map<String, String> overrides() {
        return Map.of("flow.sweep.period", "5s", "smpp.account.demo.maxTps", "5000");
    }

    private static void closeQuietly(SmsLoad load) {
        try {
            load.close();
        } catch (Exception e) {
            // the server is gone: the binds are closed already
        }
    }
}
