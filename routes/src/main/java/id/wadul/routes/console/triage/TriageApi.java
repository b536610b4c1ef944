package id.wadul.routes.console.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.tickets.TicketAccess;
import id.wadul.routes.console.tickets.Fields;
import id.wadul.routes.console.tickets.TicketWork;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.learn.PlaceLearning;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSessionFactory;

/** The triage queue's JSON API, for triage staff only ({@link TicketAccess#requireStaff}). */
public final class TriageApi {

    private final TriageQueue queue;
    private final TriageDecisions decisions;
    private final ComplaintAnalyzer analyzer;
    private final Region region;
    private final ObjectMapper json;

    public TriageApi(SqlSessionFactory sql, TicketWork work, ComplaintAnalyzer analyzer, Region region,
            ObjectMapper json) {
        this.queue = new TriageQueue(sql, analyzer);
        this.decisions = new TriageDecisions(work, analyzer, new PlaceLearning(sql, analyzer));
        this.analyzer = analyzer;
        this.region = region;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/triage", ctx -> Json.send(ctx, json, 200, queue.list(TicketAccess.requireStaff(ctx))));
        routes.post("/api/triage/{number}/release", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            JsonNode body = Json.body(ctx, json, Set.of("category", "kecamatan", "desa", "units"));
            decisions.release(user, number(ctx), Choice.from(body, analyzer, region));
            done(ctx);
        });
        routes.post("/api/triage/{number}/merge", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            String into = Fields.requiredText(Json.body(ctx, json, Set.of("into")), "into");
            decisions.merge(user, number(ctx), into.toUpperCase(Locale.ROOT));
            done(ctx);
        });
        routes.post("/api/triage/{number}/spam", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            JsonNode body = Json.body(ctx, json, Set.of("blockDays", "reason"));
            JsonNode days = body.path("blockDays");
            if (!days.isMissingNode() && !days.isNull() && (!days.isIntegralNumber() || !days.canConvertToInt())) {
                throw ApiException.invalid("blockDays", "Jumlah hari harus bilangan bulat.");
            }
            decisions.spam(user, number(ctx), days.asInt(0), Fields.optionalText(body, "reason"));
            done(ctx);
        });
        routes.post("/api/triage/{number}/ask", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            decisions.ask(user, number(ctx), Fields.requiredText(Json.body(ctx, json, Set.of("text")), "text"));
            done(ctx);
        });
    }

    private void done(Context ctx) {
        Json.send(ctx, json, 200, Map.of("ticket", number(ctx), "ok", true));
    }

    private static String number(Context ctx) {
        String n = ctx.pathParam("number").strip().toUpperCase(Locale.ROOT);
        if (!n.matches("[A-Z0-9]{1,16}")) {
            throw new ApiException(404, "Tiket tidak ditemukan.");
        }
        return n;
    }
}
