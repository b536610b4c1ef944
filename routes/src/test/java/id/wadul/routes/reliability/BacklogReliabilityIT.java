package id.wadul.routes.reliability;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backlog after a restart (issue 9, item 3), measured on the real server: N stored-but-unhandled (RECEIVED)
 * messages, as a crash under load leaves them, then a start. Prints how fast the backlog drains and how long new
 * complaints sent meanwhile wait for their ticket (the receipt SMS). Figures only; nothing about speed is
 * asserted. Short form 5,000 messages; long form ({@code -Dwadul.reliability.long=true}) 20,000.
 */
class BacklogReliabilityIT {

    private static final boolean LONG = Boolean.getBoolean("wadul.reliability.long");

    @TempDir
    Path dir;

    @Test
    void aBacklogDrainsAtTheFlowsRateWhileNewComplaintsGetTheirTickets() throws Exception {
        int backlog = LONG ? 20_000 : 5_000;
        Path data = dir.resolve("data");
        // given a backlog stored while no sweep ran (its first run an hour away), then a stop
        try (WadulProcess first = new WadulProcess(data, List.of("-Xmx512m"), Map.of("flow.sweep.delay", "1h"))
                .start(Duration.ofMinutes(4)); Connection c = first.jdbc()) {
            store(c, backlog);
            first.stop(Duration.ofSeconds(60));
        }

        // when the server starts again (shipped sweep settings) and new complaints come while it drains
        try (WadulProcess server = new WadulProcess(data, List.of("-Xmx512m"), Map.of("smpp.account.demo.maxTps",
                "5000"))) {
            long t0 = System.nanoTime();
            server.start(Duration.ofMinutes(4));
            double startedIn = (System.nanoTime() - t0) / 1e9;
            List<Double> waits = new ArrayList<>();
            try (SmsLoad link = SmsLoad.receiverOnly(server.smppPort); Connection c = server.jdbc()) {
                long drainStart = System.nanoTime();
                long[] left = {Ledger.count(c, "SELECT COUNT(*) FROM inbound_message WHERE state = 'RECEIVED'")};
                long leftAtStart = left[0];
                int sent = 0;
                while (left[0] > 0) {
                    // one new complaint, then wait for its receipt while the backlog drains
                    String from = "6281399" + String.format("%06d", sent++);
                    long submitted = System.nanoTime();
                    link.submit(from, "jalan rusak parah di desa ngeper kec padangan baru " + sent);
                    await().atMost(Duration.ofMinutes(5)).until(() -> link.firstSmsAt.containsKey(from));
                    waits.add((link.firstSmsAt.get(from) - submitted) / 1e9);
                    left[0] = Ledger.count(c, "SELECT COUNT(*) FROM inbound_message WHERE state = 'RECEIVED'");
                }
                double drained = (System.nanoTime() - drainStart) / 1e9;
                List<Double> sorted = waits.stream().sorted().toList();
                System.out.printf("RELIABILITY backlog messages=%d leftAfterStart=%d startedIn=%.1fs"
                        + " drainedIn=%.1fs rate=%.0f/s newComplaints=%d ticketWait(min=%.2fs median=%.2fs"
                        + " max=%.2fs)%n", backlog, leftAtStart, startedIn, drained, backlog / (drained + 1e-9),
                        sorted.size(), sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
            }
        }
    }

    /** Stores {@code n} citizens' complaints RECEIVED, 1,000 rows a statement, oldest first. */
    private static void store(Connection c, int n) throws Exception {
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(30);
        int chunk = 1_000;
        for (int from = 0; from < n; from += chunk) {
            int rows = Math.min(chunk, n - from);
            StringBuilder sql = new StringBuilder("INSERT INTO inbound_message (account, source, destination, text,"
                    + " data_coding, total_parts, dedupe_key, received_at) VALUES ");
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ",").append("('demo', ?, '1708', ?, 0, 1, ?, ?)");
            }
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < rows; i++) {
                    int k = from + i;
                    s.setString(4 * i + 1, "62814" + String.format("%08d", k));
                    s.setString(4 * i + 2, "jalan rusak parah di desa ngeper kec padangan backlog " + k);
                    s.setString(4 * i + 3, "backlog:" + k);
                    s.setTimestamp(4 * i + 4, Timestamp.valueOf(at.plusNanos(k * 1_000_000L)));
                }
                s.executeUpdate();
            }
        }
    }
}
