package id.wadul.routes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability scenario (b): the embedded mariadbd is killed (SIGKILL) under load, and wadul brings it back by
 * itself. Meanwhile no submit_sm is acknowledged OK without being stored, health says DOWN (503) and why, and
 * afterwards the flow resumes without a restart: every acknowledged message is stored once and gets its ticket.
 * Then a SIGTERM while the database is down, with exchanges in flight, stops the server within 10 s.
 * Long form ({@code -Dwadul.reliability.long=true}): more outages in a row.
 */
class OutageReliabilityIT {

    private static final boolean LONG = Boolean.getBoolean("wadul.reliability.long");
    private static final Duration START = Duration.ofMinutes(4);
    /** SIGTERM stops the server within this long in every state (issue 9). */
    private static final Duration STOP = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void theDatabaseKilledUnderLoadComesBackAndTheFlowResumesWithoutARestart() throws Exception {
        int outages = LONG ? 5 : 1;
        try (WadulProcess server = new WadulProcess(dir.resolve("data"), List.of("-Xmx512m"),
                Map.of("flow.sweep.period", "5s", "smpp.account.demo.maxTps", "5000")).start(START)) {
            Map<String, Long> acked = new HashMap<>();
            try (SmsLoad load = SmsLoad.start(server.smppPort, 2, 2, "b")) {
                for (int round = 1; round <= outages; round++) {
                    int before = load.okCount();
                    await().atMost(Duration.ofSeconds(60)).until(() -> load.okCount() >= before + 200);
                    int errorsBefore = load.refused(SMPPConstant.STAT_ESME_RSYSERR);

                    // when the database dies under load
                    long t0 = System.nanoTime();
                    assertThat(server.killDatabase()).as("an embedded mariadbd to kill").isTrue();

                    // then health says so, and the link hears temporary errors
                    server.awaitHealth(503, Duration.ofSeconds(30));
                    double downSeen = seconds(t0);
                    HttpResponse<String> down = server.health();
                    assertThat(down.body()).contains("\"status\":\"DOWN\"", "\"database\"");
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> load.refused(SMPPConstant.STAT_ESME_RSYSERR) > errorsBefore);

                    // and the database comes back by itself; new messages are acknowledged and stored again
                    server.awaitHealth(200, Duration.ofSeconds(180));
                    double upAgain = seconds(t0);
                    int atRecovery = load.okCount();
                    await().atMost(Duration.ofSeconds(60)).until(() -> load.okCount() >= atRecovery + 200);
                    System.out.printf("RELIABILITY outage round=%d health503After=%.1fs backAfter=%.1fs"
                            + " rsyserrDuringOutage=%d downBody=%s%n", round, downSeen, upAgain,
                            load.refused(SMPPConstant.STAT_ESME_RSYSERR) - errorsBefore, down.body());
                }
                load.stopSending();
                acked.putAll(load.acked);
                System.out.println("RELIABILITY outage load " + load.summary());
            }

            // then every acknowledged message is stored once, handled, with one ticket and its forwards
            try (Connection c = server.jdbc()) {
                await().atMost(Duration.ofSeconds(120)).until(() -> Ledger.unhandled(c, acked.values()) == 0);
                Ledger.assertStoredOnceWithOneTicketAndForwards(c, acked);
            }
            System.out.printf("RELIABILITY outage outages=%d acked=%d storedOnce=%d ticketsEach=1%n", outages,
                    acked.size(), acked.size());

            // when the database is down again with exchanges in flight, SIGTERM stops the server
            try (SmsLoad load = SmsLoad.start(server.smppPort, 2, 2, "b-stop")) {
                await().atMost(Duration.ofSeconds(60)).until(() -> load.okCount() >= 100);
                server.killDatabase();
                server.awaitHealth(503, Duration.ofSeconds(30));
                double stopped = server.stop(Duration.ofSeconds(60));
                System.out.printf("RELIABILITY outage sigtermWhileDatabaseDown=%.1fs%n", stopped);
                assertThat(stopped).as("seconds to stop while the database is down").isBetween(0.0,
                        (double) STOP.toSeconds());
            }
        }
    }

    @Test
    void aSigtermStopsAStartThatWaitsForTheDatabase() throws Exception {
        // given a start whose database takes a minute before it accepts connections
        Path sleep = dir.resolve("slow-start.sql");
        Files.writeString(sleep, "SELECT SLEEP(60);\n");
        try (WadulProcess server = new WadulProcess(dir.resolve("slow"), List.of(),
                Map.of("wadul.mysqld.args", "--init-file=" + sleep))) {
            server.launch();
            await().atMost(START).until(() -> server.database().isPresent());

            // when SIGTERM comes while the start waits
            double stopped = server.stop(Duration.ofSeconds(60));

            // then the JVM ends within the bound, and leaves no mariadbd behind
            System.out.printf("RELIABILITY outage sigtermDuringStart=%.1fs%n", stopped);
            assertThat(stopped).as("seconds to stop a start that waits for the database").isBetween(0.0,
                    (double) STOP.toSeconds());
            await().atMost(Duration.ofSeconds(15)).until(() -> server.database().isEmpty());
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
