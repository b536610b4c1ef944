package id.wadul.routes.flow;

import id.wadul.gateway.text.PhoneNumbers;
import id.wadul.routes.config.Settings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The complaint flow's settings, built once from {@code wadul.properties}.
 *
 * @param shortCode            the sender address of every SMS we send, and what citizens text to (the first
 *                             of {@code wadul.shortcode}'s codes)
 * @param zone                 the regency's time zone (day boundaries of the daily limit, due times in texts)
 * @param repeatWindow         the same text from the same number within this window is the same ticket
 * @param dailyLimit           messages per number per day before we stop handling them; 0 = no limit
 * @param dailyLimitReply      tell the citizen once when the limit is reached (else stay silent)
 * @param blocklist            normalised numbers whose messages are ignored
 * @param blocklistReply       answer blocked numbers with a polite text (else ignore silently)
 * @param slaUrgent            due time of an urgent ticket
 * @param slaNormal            due time of any other ticket
 * @param escalationRepeat     an overdue ticket is escalated again after this long
 * @param outboxBatch          rows claimed per dispatcher run
 * @param outboxMaxInFlight    rows handed to the sender and not yet answered, at most
 * @param outboxMaxAttempts    sends of one row before it is FAILED
 * @param outboxBackoff        wait before the 2nd attempt; doubles each time, capped at 64x
 * @param outboxReleaseAfter   at startup, SENDING rows claimed longer ago than this go back to PENDING
 * @param forwardTextMax       complaint text in a forward is cut to this many characters
 * @param incidents            reports of the same thing from different citizens join one incident
 * @param incidentWindow       a report joins an incident first reported at most this long ago
 * @param incidentSimilarity   the least share of words (percent) a report shares with an incident's first one
 * @param askReplyWindow       an SMS from the citizen this long after triage asked them (the ticket still in
 *                             triage) is their answer, added to that ticket, not a new complaint
 */
public record FlowSettings(
        String regencyCode,
        String shortCode,
        ZoneId zone,
        Duration repeatWindow,
        int dailyLimit,
        boolean dailyLimitReply,
        Set<String> blocklist,
        boolean blocklistReply,
        Duration slaUrgent,
        Duration slaNormal,
        Duration escalationRepeat,
        int outboxBatch,
        int outboxMaxInFlight,
        int outboxMaxAttempts,
        Duration outboxBackoff,
        Duration outboxReleaseAfter,
        int forwardTextMax,
        boolean incidents,
        Duration incidentWindow,
        int incidentSimilarity,
        Duration askReplyWindow) {

    public FlowSettings {
        blocklist = Set.copyOf(blocklist);
    }

    /**
     * Reads {@code wadul.regency}, {@code wadul.shortcode} (its first code is the sender), {@code wadul.zone}
     * and the {@code flow.*}, {@code outbox.*} and {@code escalation.repeat} keys. Every key is required: the
     * defaults are the shipped {@code conf/wadul.properties}, not code.
     */
    public static FlowSettings from(Settings s) {
        return new FlowSettings(
                s.get("wadul.regency"),
                s.get("wadul.shortcode").split(",")[0].strip(),
                s.getZone("wadul.zone"),
                s.getDuration("flow.repeat.window"),
                s.getInt("flow.limit.daily"),
                s.getBoolean("flow.limit.reply"),
                numbers(s.get("flow.blocklist")),
                s.getBoolean("flow.blocklist.reply"),
                s.getDuration("flow.sla.urgent"),
                s.getDuration("flow.sla.normal"),
                s.getDuration("escalation.repeat"),
                s.getInt("outbox.batch"),
                s.getInt("outbox.max.inflight"),
                s.getInt("outbox.max.attempts"),
                s.getDuration("outbox.backoff"),
                s.getDuration("outbox.release.after"),
                s.getInt("flow.forward.text.max"),
                s.getBoolean("flow.incident.enabled"),
                s.getDuration("flow.incident.window"),
                percent(s, "flow.incident.similarity"),
                s.getDuration("flow.ask.window"));
    }

    private static int percent(Settings s, String key) {
        int p = s.getInt(key);
        if (p < 1 || p > 100) {
            throw s.invalid(key, "a percentage from 1 to 100");
        }
        return p;
    }

    /** Parses a comma-separated list of numbers in any common form. */
    public static Set<String> numbers(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(PhoneNumbers::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Duration sla(boolean urgent) {
        return urgent ? slaUrgent : slaNormal;
    }

    /** Wait before the next attempt after {@code attempts} tries: backoff, 2x backoff, 4x, ... capped at 64x. */
    public Duration backoffAfter(int attempts) {
        int shift = Math.min(Math.max(attempts - 1, 0), 6);
        return outboxBackoff.multipliedBy(1L << shift);
    }
}
