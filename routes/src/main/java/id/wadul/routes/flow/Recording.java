package id.wadul.routes.flow;

import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.ticket.RepeatKey;
import id.wadul.sql.ticket.TicketRow;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.MDC;

/**
 * The flow's record step, in the batch's transaction, in the order the messages came: new tickets (gathered and
 * inserted together), repeats, citizens' answers to triage ({@link AskReplies}), commands and answers, with their
 * events and outbox rows. Whatever reads or writes tickets on its own (a repeat, an answer, a command) first stores
 * the new tickets before it, so it sees every earlier message of the batch; everything gathered is written before
 * the step ends.
 */
public final class Recording {

    private final NewTickets newTickets;
    private final Repeats repeats;
    private final Commands commands;
    private final AskReplies askReplies;

    public Recording(Responsibilities responsibilities, Messages messages, FlowSettings settings,
            RandomGenerator random) {
        this.newTickets = new NewTickets(random, new Forwards(messages, settings), messages, settings);
        this.repeats = new Repeats(messages, settings);
        this.commands = new Commands(new TicketUpdates(responsibilities, messages, settings), messages, settings);
        this.askReplies = new AskReplies(messages, settings);
    }

    public Batch record(Batch batch) {
        List<Batch.Item> pending = new ArrayList<>();
        for (Batch.Item item : batch.all()) {
            String previous = MDC.get("msgId");
            if (item.messageId() != null) {
                MDC.put("msgId", String.valueOf(item.messageId()));
            }
            try {
                record(batch, item, pending);
            } finally {
                LogContext.restore("msgId", previous);
            }
        }
        newTickets.open(batch, pending);
        batch.writes().flush(batch.session());
        return batch;
    }

    private void record(Batch batch, Batch.Item item, List<Batch.Item> pending) {
        switch (item.outcome) {
            case NEW_TICKET -> pending.add(item);
            case REPEAT -> {
                newTickets.open(batch, pending);
                batch.writes().flush(batch.session());
                RepeatKey key = item.repeatKey();
                TicketRow earlier = batch.earlier().get(key);
                item.opened = LogContext.withTicket(item.messageId(), earlier.number(),
                        () -> repeats.record(batch.session(), earlier, item.complaint, batch.now()));
            }
            case ANSWER -> {
                newTickets.open(batch, pending);
                batch.writes().flush(batch.session());
                item.opened = LogContext.withTicket(item.messageId(), item.asked.number(),
                        () -> askReplies.record(batch.session(), item.asked, item, batch.now()));
            }
            case COMMAND -> {
                newTickets.open(batch, pending);
                batch.writes().flush(batch.session());
                commands.carryOut(batch.session(), item.message, item.command, item.officer, batch.now());
            }
            case BLOCKED -> {
                if (item.reply != null) {
                    Commands.reply(batch.session(), item.message, item.reply, batch.now());
                }
            }
            case OVER_LIMIT -> {
                // its reply (the first over the limit) was queued as it was counted
            }
            default -> throw new IllegalStateException("message " + item.messageId() + " was not decided");
        }
    }
}
