package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.admin.AdminConsole;
import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.health.HealthEndpoint;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call-in desk's HTTP server: the page ({@code /}, {@code /login}, {@code /desk/*}) and its JSON API
 * ({@code /api/*}) on Javalin (Jetty 12), in the application's process. Every API call but login needs a session
 * cookie; every state-changing one also the session's CSRF token in the {@code X-CSRF-Token} header.
 */
public final class DeskServer {

    private static final Logger LOG = LoggerFactory.getLogger(DeskServer.class);
    static final String COOKIE = "wadul_desk";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String USER = "desk.user";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "desk.js", "text/javascript; charset=utf-8",
            "login.js", "text/javascript; charset=utf-8",
            "desk.css", "text/css; charset=utf-8");

    /** Free wrong passwords per client address (any usernames) before its attempts are slowed. */
    static final int FREE_ADDRESS_FAILURES = 20;
    /** "Similar" lookups and links to a ticket per account: this many at once, refilled over a minute. */
    static final int LOOKUPS_PER_MINUTE = 30;

    private final Sessions sessions;
    private final AuthApi auth;
    private final AdminApi admin;
    private final CallApi calls;
    private final ObjectMapper json = Json.strictMapper();
    private final DeskSettings settings;
    private final HealthEndpoint health;
    private final List<WebModule> modules = new java.util.ArrayList<>();
    private final AdminConsole console;
    private Javalin app;

    /**
     * @param sql      the application's MyBatis factory (mappers of {@code id.wadul.sql.desk} registered)
     * @param intake   the complaint flow's door, the same the SMS path uses
     * @param advisor  places, categories, units and the classifier's reading of a text
     * @param zone     the regency's time zone ("today" of the follow-up list), e.g. Asia/Jakarta
     */
    public DeskServer(SqlSessionFactory sql, ComplaintIntake intake, Advisor advisor, DeskSettings settings,
            ZoneId zone, Clock clock) {
        this(sql, intake, advisor, settings, zone, clock, HealthEndpoint.none(), null, null);
    }

    /** @param health what {@code GET /health} answers: the application's health */
    public DeskServer(SqlSessionFactory sql, ComplaintIntake intake, Advisor advisor, DeskSettings settings,
            ZoneId zone, Clock clock, HealthEndpoint health) {
        this(sql, intake, advisor, settings, zone, clock, health, null, null);
    }

    /** With the office console's admin pages: see the last constructor. */
    public DeskServer(SqlSessionFactory sql, ComplaintIntake intake, Advisor advisor, DeskSettings settings,
            ZoneId zone, Clock clock, Responsibilities routing, Region region) {
        this(sql, intake, advisor, settings, zone, clock, HealthEndpoint.none(), routing, region);
    }

    /**
     * With the office console's admin pages ({@link AdminConsole}) when {@code routing} is given.
     *
     * @param health  what {@code GET /health} answers: the application's health
     * @param routing the flow's routing table (replaced when the console changes it), or null: the desk alone
     * @param region  the regency (kecamatan of routing rules)
     */
    public DeskServer(SqlSessionFactory sql, ComplaintIntake intake, Advisor advisor, DeskSettings settings,
            ZoneId zone, Clock clock, HealthEndpoint health, Responsibilities routing, Region region) {
        this.settings = settings;
        this.health = health;
        AuditLog audit = new AuditLog(sql, clock);
        this.console = routing == null ? null
                : new AdminConsole(sql, routing, region, advisor.categories(), audit, clock, json);
        this.sessions = new Sessions(sql, settings, clock);
        Accounts accounts = new Accounts(sql, settings, clock);
        LoginThrottle throttle = new LoginThrottle(settings.maxLoginFailures(), FREE_ADDRESS_FAILURES,
                settings.lockout(), clock, 10_000);
        this.auth = new AuthApi(accounts, sessions, settings, json, throttle);
        this.admin = new AdminApi(new AccountAdmin(sql, accounts, sessions, throttle, audit), json);
        CallValidator validator = new CallValidator(advisor.places(), advisor.categories().keySet(),
                () -> advisor.units().keySet());
        RequestBudget lookups = new RequestBudget(LOOKUPS_PER_MINUTE, Duration.ofMinutes(1), clock);
        this.calls = new CallApi(new CallDesk(sql, intake, validator, zone, clock, lookups), advisor,
                new StationAreas(sql, advisor.places(), audit), settings.callEditWindow(), json);
    }

    /**
     * The desk as the application runs it: the flow's analyzer, regency and time zone, and the desk's
     * settings, and its health. Start it with {@code start(desk.port())}.
     */
    public static DeskServer create(SqlSessionFactory sql, ComplaintIntake intake, ComplaintAnalyzer analyzer,
            DeskSettings desk, FlowSettings flow, Clock clock, HealthEndpoint health) {
        Region region = Region.load(flow.regencyCode());
        return new DeskServer(sql, intake, new AnalyzerAdvisor(analyzer, region), desk, flow.zone(), clock, health,
                analyzer.responsibilities(), region);
    }

    /** Adds the module's pages and APIs (the office console); call before {@link #start(int)}. */
    public synchronized DeskServer with(WebModule module) {
        modules.add(module);
        return this;
    }

    /** Starts listening; {@code port} 0 takes a free port (see {@link #port()}). */
    public synchronized DeskServer start(int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64 * 1024;
            config.jetty.host = settings.host();
            config.routes.before(this::securityHeaders);
            config.routes.before("/api/*", this::authenticate);
            config.routes.get("/", this::home);
            config.routes.get("/login", ctx -> page(ctx, "login.html", false));
            config.routes.get("/desk/{asset}", this::asset);
            auth.register(config.routes);
            admin.register(config.routes);
            calls.register(config.routes);
            modules.forEach(m -> m.register(config.routes, ctx -> currentUser(ctx).isPresent()));
            if (console != null) {
                console.register(config.routes, this::currentUser);
            }
            health.register(config.routes);
            config.routes.exception(ApiException.class, this::apiError);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Desk request {} {} failed", ctx.method(), ctx.path(), e);
                Json.send(ctx, json, 500, Map.of("error", "Terjadi kesalahan di server. Coba lagi."));
            });
            config.routes.error(404, "application/json", ctx -> Json.send(ctx, json, 404,
                    Map.of("error", "Tidak ditemukan.")));
        }).start(port);
        LOG.info("Call-in desk listening on {}:{}", settings.host(), app.port());
        return this;
    }

    public synchronized int port() {
        return app.port();
    }

    /** Every HTTP route registered, as {@code "METHOD /path"} (the access test checks each has an entry). */
    synchronized List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod()).map(e -> e.method.name() + " " + e.path).toList();
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private void authenticate(Context ctx) {
        String method = ctx.method().name();
        boolean changesState = !method.equals("GET") && !method.equals("HEAD");
        String type = ctx.header("Content-Type");
        if (changesState && (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))) {
            // a cross-site HTML form cannot send this type without CORS, which we never allow
            throw new ApiException(415, "Permintaan harus berupa JSON.");
        }
        if (ctx.path().equals("/api/login")) {
            return;
        }
        DeskUser user = currentUser(ctx)
                .orElseThrow(() -> new ApiException(401, "Sesi berakhir atau belum masuk. Silakan masuk lagi."));
        if (changesState && !Sessions.csrfMatches(user, ctx.header(CSRF_HEADER))) {
            LOG.warn("Desk CSRF token missing or wrong: {} {} by {}", method, ctx.path(), user.username());
            throw new ApiException(403, "Token keamanan (CSRF) tidak valid. Muat ulang halaman.");
        }
        ctx.attribute(USER, user);
    }

    private Optional<DeskUser> currentUser(Context ctx) {
        return sessions.resolve(ctx.cookie(COOKIE));
    }

    /** The call desk for a station's accounts; the office's land on their console page. */
    private void home(Context ctx) {
        Optional<DeskUser> user = currentUser(ctx);
        if (user.isPresent() && !user.get().role().atCallDesk()) {
            ctx.redirect(AdminConsole.landing(user.get().role()), HttpStatus.SEE_OTHER);
            return;
        }
        page(ctx, "desk.html", true);
    }

    private void page(Context ctx, String file, boolean needsLogin) {
        boolean loggedIn = currentUser(ctx).isPresent();
        if (needsLogin && !loggedIn) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        if (!needsLogin && loggedIn) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(WebFiles.read("/desk/" + file));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new ApiException(404, "Tidak ditemukan.");
        }
        ctx.contentType(type).result(WebFiles.read("/desk/" + name));
    }

    private void apiError(ApiException e, Context ctx) {
        if (!e.fieldErrors().isEmpty()) {
            Json.send(ctx, json, e.status(), Map.of("errors", e.fieldErrors()));
        } else {
            Json.send(ctx, json, e.status(), Map.of("error", e.getMessage()));
        }
    }
}
