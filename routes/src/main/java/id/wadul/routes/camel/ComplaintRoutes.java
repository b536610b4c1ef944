package id.wadul.routes.camel;

import id.wadul.routes.flow.Decisions;
import id.wadul.routes.flow.FlowTransactions;
import id.wadul.routes.flow.Inbox;
import id.wadul.routes.flow.Recording;
import id.wadul.routes.flow.Understanding;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

/**
 * The steps of the complaint flow over a batch ({@code flow.Batch}: stored messages, or one desk call), in the
 * batch's one transaction, which {@link FlowTransactions} opens, commits (or rolls back) around them:
 * claim (RECEIVED to HANDLED) -> understand (command or complaint, classify, locate: no database) -> decide
 * (blocklist, daily limit, repeat, units or triage) -> record (tickets, events, outbox rows, answers).
 * A desk call enters as a batch of one and waits for its ticket.
 */
public final class ComplaintRoutes extends RouteBuilder {

    /** Where {@link FlowTransactions} hands a batch to the steps, and waits for them. */
    public static final String STEPS = "direct:complaint-steps";
    /** Where the desk sends a call ({@code flow.NewComplaint}) and gets its ticket ({@code flow.OpenedTicket}). */
    public static final String DESK_CALL = "direct:desk-call";

    private final FlowTransactions transactions;
    private final Inbox inbox;
    private final Understanding understanding;
    private final Decisions decisions;
    private final Recording recording;

    public ComplaintRoutes(FlowTransactions transactions, Inbox inbox, Understanding understanding, Decisions decisions,
            Recording recording) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.understanding = understanding;
        this.decisions = decisions;
        this.recording = recording;
    }

    @Override
    public void configure() {
        from(STEPS)
                .routeId("complaint-steps")
                .bean(inbox, "claim")
                .bean(understanding, "understand")
                .bean(decisions, "decide")
                .bean(recording, "record");

        from(DESK_CALL)
                .routeId("desk-call")
                .bean(transactions, "call(${body})")
                .to(ExchangePattern.InOnly, OutboxRoutes.WAKE);
    }
}
