package id.wadul.routes.flow;

import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.console.BlockedNumberMapper;
import id.wadul.sql.ticket.RepeatKey;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flow's decide step, in the batch's transaction: for each understood message or call, in order, what is
 * done with it. A blocked number is ignored (or answered once); a citizen over the daily limit is ignored (its
 * one reply queued); a command is carried out; a citizen's answer to triage's question is added to the asked
 * ticket ({@link AskReplies}); a complaint is a repeat of an earlier ticket (the newest one of
 * the same number and text within the repeat window, also one opened earlier in this batch) or a new ticket,
 * with its assignment: category, urgency, units or the triage desk, and the incident it joins ({@link Incidents}).
 */
public final class Decisions {

    private static final Logger LOG = LoggerFactory.getLogger(Decisions.class);

    private final Responsibilities responsibilities;
    private final Messages messages;
    private final FlowSettings settings;
    private final DailyLimit limit;
    private final Incidents incidents;
    private final AskReplies askReplies;

    public Decisions(Responsibilities responsibilities, Messages messages, FlowSettings settings) {
        this.responsibilities = responsibilities;
        this.messages = messages;
        this.settings = settings;
        this.limit = new DailyLimit(responsibilities, messages, settings);
        this.incidents = new Incidents(settings);
        this.askReplies = new AskReplies(messages, settings);
    }

    public Batch decide(Batch batch) {
        Instant now = batch.now();
        Map<String, Integer> counted = countAll(batch);
        findEarlier(batch);
        Set<RepeatKey> opened = new HashSet<>();
        Set<String> blocked = blocked(batch);
        Map<String, TicketRow> asked = askReplies.find(batch);
        for (Batch.Item item : batch.all()) {
            Inbox.Stored m = item.message;
            if (m != null && blocked.contains(m.source())) {
                LOG.info("Message from blocked number {} ignored", Masking.mask(m.source()));
                item.outcome = Batch.Outcome.BLOCKED;
                item.reply = settings.blocklistReply()
                        ? messages.format("citizen.blocked", Map.of("shortcode", settings.shortCode())) : null;
            } else if (m != null && !item.officer && limit.over(batch.session(), m, now, counted)) {
                item.outcome = Batch.Outcome.OVER_LIMIT;
            } else if (AskReplies.answered(item, asked) != null) {
                item.outcome = Batch.Outcome.ANSWER;
                item.asked = AskReplies.answered(item, asked);
            } else if (item.complaint == null) {
                item.outcome = Batch.Outcome.COMMAND;
            } else {
                RepeatKey key = item.repeatKey();
                if (key != null && (batch.earlier().containsKey(key) || opened.contains(key))) {
                    item.outcome = Batch.Outcome.REPEAT;
                } else {
                    item.outcome = Batch.Outcome.NEW_TICKET;
                    item.assignment = Assignment.decide(item.complaint, item.analysis, responsibilities, item.place,
                            item.categoryName, item.emergency);
                    if (key != null) {
                        opened.add(key);
                    }
                }
            }
        }
        incidents.find(batch);
        return batch;
    }

    /**
     * The batch's numbers that are blocked: conf's fixed list, and the console's blocks (spam, pranks) until
     * their expiry, in one query.
     */
    private Set<String> blocked(Batch batch) {
        Set<String> numbers = new HashSet<>();
        Set<String> blocked = new HashSet<>();
        for (Batch.Item item : batch.all()) {
            if (item.message != null) {
                (settings.blocklist().contains(item.message.source()) ? blocked : numbers).add(item.message.source());
            }
        }
        if (!numbers.isEmpty()) {
            blocked.addAll(batch.session().getMapper(BlockedNumberMapper.class).blockedAmong(numbers, batch.now()));
        }
        return blocked;
    }

    /** The batch's messages in the day's counts, with one upsert: see {@link DailyLimit#countAll}. */
    private Map<String, Integer> countAll(Batch batch) {
        List<Long> order = new ArrayList<>();
        Map<Long, Inbox.Stored> messagesById = new LinkedHashMap<>();
        for (Batch.Item item : batch.all()) {
            if (item.message != null) {
                order.add(item.message.id());
                messagesById.put(item.message.id(), item.message);
            }
        }
        return order.isEmpty() ? null : limit.countAll(batch.session(), order, messagesById, batch.now());
    }

    /** The newest ticket within the repeat window for each (number, text) of the batch, in one query. */
    private void findEarlier(Batch batch) {
        List<RepeatKey> keys = batch.all().stream().map(Batch.Item::repeatKey).filter(Objects::nonNull).distinct()
                .toList();
        if (keys.isEmpty()) {
            return;
        }
        TicketMapper tickets = batch.session().getMapper(TicketMapper.class);
        for (TicketRow row : tickets.findRepeats(keys, batch.now().minus(settings.repeatWindow()))) {
            batch.earlier().putIfAbsent(new RepeatKey(row.citizenNumber(), row.textHash()), row);
        }
    }
}
