package id.wadul.routes.console.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.console.routing.RoutingEditor;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.WebFiles;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Role;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The office console's admin part in the desk's web server: accounts, units and people, routing (with a
 * preview), audit. Pages under {@code /console/admin/}, their API under {@code /api/admin/} (the desk's session,
 * CSRF and JSON checks apply); SYSADMIN only, but for the landing page every office role may see.
 */
public final class AdminConsole {

    /** Where an account lands after logging in (the call desk is a station's). */
    public static String landing(Role role) {
        return switch (role) {
            case OPERATOR, ADMIN -> "/";
            case SYSADMIN -> "/console/admin/accounts";
            case SUPERVISOR -> "/triage";
            case OFFICER -> "/queue";
        };
    }

    private static final Map<String, String> PAGES = Map.of(
            "accounts", "admin-accounts.html",
            "units", "admin-units.html",
            "routing", "admin-routing.html",
            "audit", "admin-audit.html",
            "home", "admin-home.html");
    private static final Map<String, String> ASSETS = Map.of(
            "admin.css", "text/css; charset=utf-8",
            "admin-common.js", "text/javascript; charset=utf-8",
            "admin-accounts.js", "text/javascript; charset=utf-8",
            "admin-units.js", "text/javascript; charset=utf-8",
            "admin-routing.js", "text/javascript; charset=utf-8",
            "admin-audit.js", "text/javascript; charset=utf-8",
            "admin-home.js", "text/javascript; charset=utf-8");

    private final PeopleApi people;
    private final RoutingApi routing;

    /**
     * @param live       the flow's routing table, replaced when the console changes the database's tables
     * @param categories category code -> name (categories.yaml)
     */
    public AdminConsole(SqlSessionFactory sql, Responsibilities live, Region region, Map<String, String> categories,
            AuditLog audit, Clock clock, ObjectMapper json) {
        this.people = new PeopleApi(new PeopleAndUnits(sql, live, audit, clock), audit, json);
        Map<String, String> kecamatan = new LinkedHashMap<>();
        region.kecamatan().forEach(k -> kecamatan.put(k.code(), k.name()));
        this.routing = new RoutingApi(new RoutingEditor(sql, live, categories.keySet(), region, audit), live,
                categories, kecamatan, json);
    }

    /** @param currentUser the desk's session lookup (pages are outside the API's authentication) */
    public void register(RoutesConfig routes, Function<Context, Optional<DeskUser>> currentUser) {
        people.register(routes);
        routing.register(routes);
        routes.get("/console/admin/{page}", ctx -> page(ctx, currentUser.apply(ctx)));
        routes.get("/console/admin/assets/{asset}", this::asset);
    }

    private void page(Context ctx, Optional<DeskUser> user) {
        String file = PAGES.get(ctx.pathParam("page"));
        if (file == null) {
            throw new ApiException(404, "Tidak ditemukan.");
        }
        if (user.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        boolean home = file.equals("admin-home.html");
        if (home ? user.get().role().atCallDesk() : user.get().role() != Role.SYSADMIN) {
            ctx.redirect(landing(user.get().role()), HttpStatus.SEE_OTHER);
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(WebFiles.read("/console/" + file));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new ApiException(404, "Tidak ditemukan.");
        }
        ctx.contentType(type).result(WebFiles.read("/console/" + name));
    }
}
