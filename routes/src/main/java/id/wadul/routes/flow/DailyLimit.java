package id.wadul.routes.flow;

import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.ticket.DailyCountMapper;
import id.wadul.sql.ticket.NumberCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily limit of messages per citizen number ({@code flow.limit.daily}; 0: none): counts each message in the
 * day's counts, and tells whether it is over the limit; the first message over it is answered once (when
 * {@code flow.limit.reply}). Officers and blocked numbers are not counted.
 */
final class DailyLimit {

    private static final Logger LOG = LoggerFactory.getLogger(DailyLimit.class);

    private final Responsibilities responsibilities;
    private final Messages messages;
    private final FlowSettings settings;

    DailyLimit(Responsibilities responsibilities, Messages messages, FlowSettings settings) {
        this.responsibilities = responsibilities;
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * Counts a batch's messages in the daily counts with two statements: every message that
     * {@link #over} would count, in one upsert. Returns, per number, its count before the first
     * of them, which {@link #over} advances message by message; null when there is no limit.
     */
    Map<String, Integer> countAll(SqlSession session, Collection<Long> order, Map<Long, Inbox.Stored> claimed,
            Instant now) {
        if (settings.dailyLimit() <= 0) {
            return null;
        }
        Map<String, Integer> added = new LinkedHashMap<>();
        for (Long id : order) {
            Inbox.Stored m = claimed.get(id);
            if (m != null && !settings.blocklist().contains(m.source()) && responsibilities.unitOfOfficer(m.source()).isEmpty()) {
                added.merge(m.source(), 1, Integer::sum);
            }
        }
        Map<String, Integer> before = new HashMap<>();
        if (added.isEmpty()) {
            return before;
        }
        DailyCountMapper counts = session.getMapper(DailyCountMapper.class);
        LocalDate day = LocalDate.ofInstant(now, settings.zone());
        counts.incrementAll(added.entrySet().stream().map(e -> new NumberCount(e.getKey(), e.getValue())).toList(), day);
        for (NumberCount c : counts.counts(added.keySet(), day)) {
            before.put(c.number(), c.messages() - added.get(c.number()));
        }
        if (before.size() != added.size()) {
            throw new IllegalStateException("daily counts of " + added.size() + " numbers, read " + before.size());
        }
        return before;
    }

    /**
     * Counts the message (unless {@code counted}, from {@link #countAll}, has it counted already) and tells
     * whether its number is over the limit today; queues the reply to the first message over it.
     */
    boolean over(SqlSession session, Inbox.Stored m, Instant now, Map<String, Integer> counted) {
        if (settings.dailyLimit() <= 0) {
            return false;
        }
        int n;
        if (counted != null) {
            n = counted.merge(m.source(), 1, Integer::sum);
        } else {
            DailyCountMapper counts = session.getMapper(DailyCountMapper.class);
            LocalDate day = LocalDate.ofInstant(now, settings.zone());
            counts.increment(m.source(), day);
            n = counts.count(m.source(), day);
        }
        if (n <= settings.dailyLimit()) {
            return false;
        }
        LOG.info("Number {} is over the daily limit ({} messages today); message ignored", Masking.mask(m.source()), n);
        if (n == settings.dailyLimit() + 1 && settings.dailyLimitReply()) {
            Commands.reply(session, m, messages.format("citizen.limit",
                    Map.of("limit", settings.dailyLimit(), "shortcode", settings.shortCode())), now);
        }
        return true;
    }
}
