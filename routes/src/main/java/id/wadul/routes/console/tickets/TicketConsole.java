package id.wadul.routes.console.tickets;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.ConsolePages;
import id.wadul.routes.console.triage.TriageApi;
import id.wadul.routes.desk.Json;
import id.wadul.routes.desk.WebModule;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.learn.PlaceLearning;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Predicate;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The office console's triage queue, ticket page and search in the desk's server: pages {@code /triage},
 * {@code /tickets} and {@code /ticket}, their assets, and the APIs {@code /api/triage/*} and
 * {@code /api/tickets/*}.
 */
public final class TicketConsole implements WebModule {

    private final TriageApi triage;
    private final TicketApi tickets;
    private final TicketPlace place;

    /**
     * @param wakeOutbox wakes the outbox dispatcher after a commit that queued SMS (without blocking)
     */
    public TicketConsole(SqlSessionFactory sql, ComplaintAnalyzer analyzer, Messages messages, FlowSettings flow,
            Clock clock, Runnable wakeOutbox) {
        ObjectMapper json = Json.strictMapper();
        TicketWork work = new TicketWork(sql, analyzer.responsibilities(), messages, flow, clock, wakeOutbox);
        Region region = Region.load(flow.regencyCode());
        TicketReader reader = new TicketReader(sql, analyzer.responsibilities());
        this.triage = new TriageApi(sql, work, analyzer, region, json);
        this.tickets = new TicketApi(reader, new TicketActions(work), new IncidentWork(work), json, flow.zone());
        this.place = new TicketPlace(work, reader, new PlaceLearning(sql, analyzer), region, json);
    }

    @Override
    public void register(RoutesConfig routes, Predicate<Context> loggedIn) {
        ConsolePages pages = new ConsolePages(loggedIn);
        routes.get("/triage", ctx -> pages.page(ctx, "triage-queue.html"));
        routes.get("/tickets", ctx -> pages.page(ctx, "ticket-search.html"));
        routes.get("/ticket", ctx -> pages.page(ctx, "ticket-page.html"));
        routes.get("/console/{asset}", pages::asset);
        triage.register(routes);
        tickets.register(routes);
        place.register(routes);
    }
}
