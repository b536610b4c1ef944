package id.wadul.routes.console.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.tickets.Fields;
import id.wadul.routes.console.tickets.TicketAccess;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.understand.Command;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The unit queue's JSON API ({@link QueueAccess} says who may do what): {@code GET /api/queue}, {@code GET
 * /api/queue/{number}}, and an officer's {@code POST /api/queue/{number}/proses|selesai|tolak|alih|note}.
 */
final class QueueApi {

    private final QueueAccess access;
    private final UnitQueue queue;
    private final QueueActions actions;
    private final ObjectMapper json;

    QueueApi(QueueAccess access, UnitQueue queue, QueueActions actions, ObjectMapper json) {
        this.access = access;
        this.queue = queue;
        this.actions = actions;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/queue", ctx -> {
            DeskUser user = QueueAccess.reader(ctx);
            Json.send(ctx, json, 200, TicketAccess.staff(user) ? queue.escalated(user)
                    : queue.list(access.officer(user)));
        });
        routes.get("/api/queue/{number}", ctx -> Json.send(ctx, json, 200,
                queue.detail(access.officer(ctx), number(ctx))));
        routes.post("/api/queue/{number}/proses", ctx -> {
            Officer officer = access.officer(ctx);
            String note = Fields.optionalText(Json.body(ctx, json, Set.of("note")), "note");
            done(ctx, actions.act(officer, number(ctx), Command.Verb.PROSES, note));
        });
        routes.post("/api/queue/{number}/selesai", ctx -> {
            Officer officer = access.officer(ctx);
            String note = Fields.optionalText(Json.body(ctx, json, Set.of("note")), "note");
            done(ctx, actions.act(officer, number(ctx), Command.Verb.SELESAI, note));
        });
        routes.post("/api/queue/{number}/tolak", ctx -> {
            Officer officer = access.officer(ctx);
            String reason = Fields.requiredText(Json.body(ctx, json, Set.of("reason")), "reason");
            done(ctx, actions.act(officer, number(ctx), Command.Verb.TOLAK, reason));
        });
        routes.post("/api/queue/{number}/alih", ctx -> {
            Officer officer = access.officer(ctx);
            JsonNode body = Json.body(ctx, json, Set.of("units"));
            done(ctx, actions.handOver(officer, number(ctx), Fields.codes(body)));
        });
        routes.post("/api/queue/{number}/note", ctx -> {
            Officer officer = access.officer(ctx);
            actions.note(officer, number(ctx), Fields.requiredText(Json.body(ctx, json, Set.of("text")), "text"));
            done(ctx, "Catatan disimpan.");
        });
    }

    private void done(Context ctx, String reply) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticket", number(ctx));
        body.put("ok", true);
        body.put("reply", reply);
        Json.send(ctx, json, 200, body);
    }

    private static String number(Context ctx) {
        String n = ctx.pathParam("number").strip().toUpperCase(Locale.ROOT);
        if (!n.matches("[A-Z0-9]{1,16}")) {
            throw new ApiException(404, "Tiket tidak ditemukan.");
        }
        return n;
    }
}
