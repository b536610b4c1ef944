package id.wadul.routes.console.queue;

import id.wadul.routes.console.ConsolePages;
import id.wadul.routes.console.tickets.TicketWork;
import id.wadul.routes.desk.Json;
import id.wadul.routes.desk.WebModule;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.OfficerActions;
import id.wadul.routes.understand.Responsibilities;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Predicate;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The office console's unit queue in the desk's server (issue 11 item 5): the page {@code /queue} (where an
 * OFFICER lands) and its API {@code /api/queue/*}. An officer's PROSES, SELESAI, TOLAK and ALIH go through the
 * flow's own code for officers' SMS ({@link OfficerActions}).
 */
public final class QueueConsole implements WebModule {

    private final QueueApi api;

    /**
     * @param units      the flow's live routing table (units, their people)
     * @param wakeOutbox wakes the outbox dispatcher after a commit that queued SMS (without blocking)
     */
    public QueueConsole(SqlSessionFactory sql, Responsibilities units, Messages messages, FlowSettings flow,
            Clock clock, Runnable wakeOutbox) {
        OfficerActions officers = new OfficerActions(units, messages, flow);
        TicketWork work = new TicketWork(sql, units, messages, flow, clock, wakeOutbox);
        this.api = new QueueApi(new QueueAccess(sql), new UnitQueue(sql, units, officers),
                new QueueActions(work, officers), Json.strictMapper());
    }

    @Override
    public void register(RoutesConfig routes, Predicate<Context> loggedIn) {
        ConsolePages pages = new ConsolePages(loggedIn);
        routes.get("/queue", ctx -> pages.page(ctx, "unit-queue.html"));
        api.register(routes);
    }
}
