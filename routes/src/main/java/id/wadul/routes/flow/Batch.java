package id.wadul.routes.flow;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Command;
import id.wadul.sql.ticket.RepeatKey;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;

/**
 * What the flow's steps work on: the stored messages of one batch (or one desk call) in one transaction. Each
 * step reads what the steps before it added: {@code claim} the messages, {@code understand} what each one is,
 * {@code decide} what to do with it, {@code record} its rows. The transaction is the batch's
 * ({@link FlowTransactions} opens, commits and closes it); the steps only use it.
 */
public final class Batch {

    /** What is done with one message or call: decided by {@code decide}, carried out by {@code record}. */
    public enum Outcome {
        /** not decided yet */
        UNDECIDED,
        /** from a blocked number: answered once or ignored */
        BLOCKED,
        /** over the daily limit (its reply, if any, is queued already) */
        OVER_LIMIT,
        /** a command (status, officer action, help, malformed): carried out in order */
        COMMAND,
        /** a new ticket */
        NEW_TICKET,
        /** the same text from the same number within the repeat window: an event on the earlier ticket */
        REPEAT,
        /** the citizen's answer to triage's question ({@link AskReplies}): an event on the asked ticket */
        ANSWER
    }

    /** One message (or desk call) of the batch, as the steps fill it in. */
    public static final class Item {
        final Inbox.Stored message;
        boolean officer;
        Command command;
        NewComplaint complaint;
        Analysis analysis;
        String textHash;
        Assignment.PlaceRef place;
        String categoryName;
        /** the codes of its category's emergency units (categories.yaml), for an urgent complaint */
        List<String> emergency = List.of();
        Outcome outcome = Outcome.UNDECIDED;
        Assignment assignment;
        /** the incident a new ticket joins, or null */
        IncidentJoin incident;
        String reply;
        OpenedTicket opened;
        /** The ticket in triage whose question this message answers (outcome ANSWER). */
        TicketRow asked;

        Item(Inbox.Stored message, NewComplaint complaint) {
            this.message = message;
            this.complaint = complaint;
        }

        /** The stored message it came from, or null for a desk call. */
        public Inbox.Stored message() {
            return message;
        }

        public Outcome outcome() {
            return outcome;
        }

        /** What was opened (or repeated) for a complaint, once recorded. */
        public OpenedTicket opened() {
            return opened;
        }

        Long messageId() {
            return message == null ? complaint.inboundMessageId() : Long.valueOf(message.id());
        }

        /** Null when there is no citizen number to recognise a repeat by. */
        RepeatKey repeatKey() {
            return complaint == null || complaint.citizenNumber() == null || textHash == null ? null
                    : new RepeatKey(complaint.citizenNumber(), textHash);
        }
    }

    private final List<Long> ids;
    private final NewComplaint call;
    private final SqlSession session;
    private final Instant now;
    private final Writes writes;
    private final List<Item> items = new ArrayList<>();
    private final Map<RepeatKey, TicketRow> earlier = new HashMap<>();

    private Batch(List<Long> ids, NewComplaint call, SqlSession session, Instant now, Writes writes) {
        this.ids = List.copyOf(ids);
        this.call = call;
        this.session = session;
        this.now = now;
        this.writes = writes;
    }

    /** Stored messages to claim, in the transaction {@code session}. */
    static Batch ofMessages(List<Long> ids, SqlSession session, Instant now, Writes writes) {
        return new Batch(ids, null, session, now, writes);
    }

    /** A desk call: a batch of one complaint, nothing to claim. */
    static Batch ofCall(NewComplaint call, SqlSession session, Instant now, Writes writes) {
        Batch batch = new Batch(List.of(), call, session, now, writes);
        batch.items.add(new Item(null, call));
        return batch;
    }

    /** The ids of the stored messages it was made for (none for a desk call). */
    public List<Long> ids() {
        return ids;
    }

    /** The messages claimed (and the desk call), in order. */
    public List<Item> items() {
        return List.copyOf(items);
    }

    /** How many messages (or calls) were handled: those claimed. */
    public int handled() {
        return items.size();
    }

    /** What was opened for the desk call; null for a batch of messages. */
    public OpenedTicket openedCall() {
        return call == null ? null : items.get(0).opened;
    }

    boolean isCall() {
        return call != null;
    }

    void add(Item item) {
        items.add(item);
    }

    List<Item> all() {
        return items;
    }

    SqlSession session() {
        return session;
    }

    Instant now() {
        return now;
    }

    Writes writes() {
        return writes;
    }

    /** The newest ticket within the repeat window for each (number, text): found by decide, added to by record. */
    Map<RepeatKey, TicketRow> earlier() {
        return earlier;
    }
}
