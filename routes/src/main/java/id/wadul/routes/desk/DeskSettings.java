package id.wadul.routes.desk;

import id.wadul.routes.app.Settings;
import java.time.Duration;

/**
 * Settings of the call-in desk.
 *
 * @param sessionIdle      a session unused this long expires
 * @param sessionMax       a session expires this long after login, used or not
 * @param maxLoginFailures wrong passwords of one username from one address before each further attempt from
 *                         there must wait (1 s, 2 s, 4 s ...); the account itself is never locked
 * @param lockout          the longest such wait
 * @param secureCookie     mark the session cookie {@code Secure} (set when served over HTTPS, e.g. behind a proxy)
 * @param host             address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 */
public record DeskSettings(Duration sessionIdle, Duration sessionMax, int maxLoginFailures, Duration lockout,
        boolean secureCookie, String host) {

    /**
     * Reads {@code http.host} (default 0.0.0.0), {@code desk.session.idle} (1h), {@code desk.session.max} (8h),
     * {@code desk.login.maxFailures} (5), {@code desk.login.lockout} (5m) and {@code desk.cookie.secure} (false).
     */
    public static DeskSettings from(Settings settings) {
        DeskSettings d = defaults();
        return new DeskSettings(settings.getDuration("desk.session.idle", d.sessionIdle()),
                settings.getDuration("desk.session.max", d.sessionMax()),
                settings.getInt("desk.login.maxFailures", d.maxLoginFailures()),
                settings.getDuration("desk.login.lockout", d.lockout()),
                settings.getBoolean("desk.cookie.secure", d.secureCookie()),
                settings.get("http.host", d.host()));
    }

    public static DeskSettings defaults() {
        return new DeskSettings(Duration.ofHours(1), Duration.ofHours(8), 5, Duration.ofMinutes(5), false,
                "0.0.0.0");
    }

    public DeskSettings withSessionIdle(Duration idle) {
        return new DeskSettings(idle, sessionMax, maxLoginFailures, lockout, secureCookie, host);
    }

    public DeskSettings withHost(String newHost) {
        return new DeskSettings(sessionIdle, sessionMax, maxLoginFailures, lockout, secureCookie, newHost);
    }
}
