package id.wadul.routes.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Predicate;

/**
 * More pages and APIs in the desk's server (the office console). Its {@code /api/*} routes get the desk's
 * authentication and CSRF check; {@link Json#user(Context)} gives the caller.
 */
public interface WebModule {

    /**
     * @param loggedIn whether the request carries a live session (for pages, which redirect to the login)
     */
    void register(RoutesConfig routes, Predicate<Context> loggedIn);
}
