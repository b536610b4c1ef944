package id.wadul.routes.console.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.ConsolePages;
import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.desk.Role;
import id.wadul.routes.desk.WebModule;
import id.wadul.routes.learn.PlaceLearning;
import id.wadul.routes.understand.ComplaintAnalyzer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Predicate;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The console's page of what wadul learned, {@code /learn} (its script and style come through the console's
 * {@code /console/{asset}}): the model (version, examples, when trained, calibration, labels by source), the labels
 * with a search and their removal, and the place names taught with their status, added and removed by hand. Its
 * API under {@code /api/learn/} is for Kominfo's supervisors and system admins; every change is audited.
 */
public final class LearnConsole implements WebModule {

    private final LabelsApi labels;
    private final PlaceNamesApi places;

    public LearnConsole(SqlSessionFactory sql, ComplaintAnalyzer analyzer, Clock clock) {
        ObjectMapper json = Json.strictMapper();
        AuditLog audit = new AuditLog(sql, clock);
        this.labels = new LabelsApi(sql, analyzer, audit, json);
        this.places = new PlaceNamesApi(sql, new PlaceLearning(sql, analyzer), analyzer, audit, clock, json);
    }

    @Override
    public void register(RoutesConfig routes, Predicate<Context> loggedIn) {
        ConsolePages pages = new ConsolePages(loggedIn);
        routes.get("/learn", ctx -> pages.page(ctx, "learn.html"));
        labels.register(routes);
        places.register(routes);
    }

    /** The caller, when a supervisor or system admin; else 403. */
    static DeskUser require(Context ctx) {
        DeskUser user = Json.user(ctx);
        if (user.role() != Role.SUPERVISOR && user.role() != Role.SYSADMIN) {
            throw new ApiException(403, "Hanya supervisor dan admin sistem Kominfo yang boleh membuka ini.");
        }
        return user;
    }

    /** A numeric path id, or 404. */
    static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) {
            throw new ApiException(404, "Tidak ditemukan.");
        }
        return Long.parseLong(id);
    }
}
