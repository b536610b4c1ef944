package id.wadul.routes.console.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The ticket search and the ticket page's JSON API ({@link TicketReader}, {@link TicketActions}). */
final class TicketApi {

    private final TicketReader reader;
    private final TicketActions actions;
    private final IncidentWork incidents;
    private final ObjectMapper json;
    private final ZoneId zone;

    TicketApi(TicketReader reader, TicketActions actions, IncidentWork incidents, ObjectMapper json, ZoneId zone) {
        this.reader = reader;
        this.actions = actions;
        this.incidents = incidents;
        this.json = json;
        this.zone = zone;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/tickets", ctx -> {
            DeskUser user = TicketAccess.requireReader(ctx);
            Json.send(ctx, json, 200, reader.search(user, SearchQuery.from(ctx, user, zone)));
        });
        routes.get("/api/tickets/{number}", ctx -> Json.send(ctx, json, 200,
                reader.detail(TicketAccess.requireReader(ctx), number(ctx))));
        routes.post("/api/tickets/{number}/reassign", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            JsonNode body = Json.body(ctx, json, Set.of("units", "note"));
            actions.reassign(user, number(ctx), Fields.codes(body), Fields.optionalText(body, "note"));
            done(ctx);
        });
        routes.post("/api/tickets/{number}/note", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            actions.note(user, number(ctx), Fields.requiredText(Json.body(ctx, json, Set.of("text")), "text"));
            done(ctx);
        });
        routes.post("/api/tickets/{number}/reply", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            actions.reply(user, number(ctx), Fields.requiredText(Json.body(ctx, json, Set.of("text")), "text"));
            done(ctx);
        });
        routes.post("/api/tickets/{number}/reopen", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            actions.reopen(user, number(ctx), Fields.optionalText(Json.body(ctx, json, Set.of("note")), "note"));
            done(ctx);
        });
        routes.post("/api/tickets/{number}/split", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            Json.body(ctx, json, Set.of());
            incidents.split(user, number(ctx));
            done(ctx);
        });
        routes.post("/api/tickets/{number}/close", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            actions.close(user, number(ctx), Fields.requiredText(Json.body(ctx, json, Set.of("reason")), "reason"));
            done(ctx);
        });
    }

    private void done(Context ctx) {
        Json.send(ctx, json, 200, reader.detail(Json.user(ctx), number(ctx)));
    }

    static String number(Context ctx) {
        String n = ctx.pathParam("number").strip().toUpperCase(Locale.ROOT);
        if (!n.matches("[A-Z0-9]{1,16}")) {
            throw new ApiException(404, "Tiket tidak ditemukan.");
        }
        return n;
    }
}
