package id.wadul.routes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the server's database says about the messages a test had acknowledged, read over JDBC. */
final class Ledger {

    private Ledger() {
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Acknowledged messages still RECEIVED (not handled yet). */
    static long unhandled(Connection c, Collection<Long> acked) throws SQLException {
        Set<Long> received = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM inbound_message WHERE state = 'RECEIVED'")) {
            while (r.next()) {
                received.add(r.getLong(1));
            }
        }
        return acked.stream().filter(received::contains).count();
    }

    /**
     * Every acknowledged message is stored exactly once (by the id it was acknowledged with, and no text twice),
     * has exactly one ticket, and every ticket has its forwards queued once per (event, recipient).
     */
    static void assertStoredOnceWithOneTicketAndForwards(Connection c, Map<String, Long> acked) throws SQLException {
        Map<Long, String> stored = new HashMap<>();
        Map<String, Integer> texts = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, text FROM inbound_message")) {
            while (r.next()) {
                stored.put(r.getLong(1), r.getString(2));
                texts.merge(r.getString(2), 1, Integer::sum);
            }
        }
        acked.forEach((text, id) -> {
            assertThat(stored.get(id)).as("acknowledged message %d stored with its text", id).isEqualTo(text);
            assertThat(texts.get(text)).as("copies of acknowledged message %d", id).isEqualTo(1);
        });
        Map<Long, Integer> tickets = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT inbound_message_id, COUNT(*) FROM ticket WHERE inbound_message_id IS NOT NULL"
                        + " GROUP BY inbound_message_id")) {
            while (r.next()) {
                tickets.put(r.getLong(1), r.getInt(2));
            }
        }
        acked.values().forEach(id -> assertThat(tickets.get(id)).as("tickets of message %d", id).isEqualTo(1));
        assertThat(count(c, "SELECT COUNT(*) FROM (SELECT event_key, recipient FROM outbox"
                + " GROUP BY event_key, recipient HAVING COUNT(*) > 1) d")).as("SMS queued twice").isZero();
        assertThat(count(c, "SELECT COUNT(*) FROM ticket t WHERE NOT EXISTS (SELECT 1 FROM outbox o"
                + " WHERE o.ticket_id = t.id AND o.recipient LIKE '628000%')")).as("tickets without forwards").isZero();
    }
}
