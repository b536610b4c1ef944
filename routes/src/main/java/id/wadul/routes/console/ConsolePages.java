package id.wadul.routes.console;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.WebFiles;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The console's pages and their scripts and styles, from {@code /console/} on the classpath. A page needs a
 * live session (else a redirect to the login); what it shows comes from the APIs, which check the role.
 */
public final class ConsolePages {

    private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]{0,60}\\.(js|css)");

    private final Predicate<Context> loggedIn;

    public ConsolePages(Predicate<Context> loggedIn) {
        this.loggedIn = loggedIn;
    }

    public void page(Context ctx, String file) {
        if (!loggedIn.test(ctx)) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(WebFiles.read("/console/" + file));
    }

    /** {@code GET /console/{asset}}: a script or style of the console, or 404. */
    public void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        byte[] body = ASSET.matcher(name).matches() ? WebFiles.readOrNull("/console/" + name) : null;
        if (body == null) {
            throw new ApiException(404, "Tidak ditemukan.");
        }
        ctx.contentType(name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8")
                .result(body);
    }
}
