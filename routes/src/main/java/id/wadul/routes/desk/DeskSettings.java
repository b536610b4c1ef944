package id.wadul.routes.desk;

import id.wadul.routes.config.Settings;
import java.time.Duration;

/**
 * Settings of the call-in desk, built once from the settings and handed to the desk.
 *
 * @param sessionIdle      a session unused this long expires
 * @param sessionMax       a session expires this long after login, used or not
 * @param maxLoginFailures wrong passwords of one username from one address before each further attempt from
 *                         there must wait (1 s, 2 s, 4 s ...); the account itself is never locked
 * @param lockout          the longest such wait
 * @param secureCookie     mark the session cookie {@code Secure} (set when served over HTTPS, e.g. behind a proxy)
 * @param host             address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port             HTTP port to listen on; 0 takes a free one
 * @param callEditWindow   how long after logging a call its operator may still correct or withdraw it
 */
public record DeskSettings(Duration sessionIdle, Duration sessionMax, int maxLoginFailures, Duration lockout,
        boolean secureCookie, String host, int port, Duration callEditWindow) {

    /**
     * Reads {@code http.host}, {@code http.port}, {@code desk.session.idle}, {@code desk.session.max},
     * {@code desk.login.maxFailures}, {@code desk.login.lockout}, {@code desk.cookie.secure} and
     * {@code desk.call.editWindow}, all required
     * (their defaults are in the shipped conf/wadul.properties).
     */
    public static DeskSettings from(Settings settings) {
        return new DeskSettings(settings.getDuration("desk.session.idle"),
                settings.getDuration("desk.session.max"),
                settings.getInt("desk.login.maxFailures"),
                settings.getDuration("desk.login.lockout"),
                settings.getBoolean("desk.cookie.secure"),
                settings.get("http.host"),
                settings.getInt("http.port"),
                settings.getDuration("desk.call.editWindow"));
    }

    /** The shipped settings' desk ({@link Settings#shipped()}). */
    public static DeskSettings defaults() {
        return from(Settings.shipped());
    }

    public DeskSettings withSessionIdle(Duration idle) {
        return new DeskSettings(idle, sessionMax, maxLoginFailures, lockout, secureCookie, host, port, callEditWindow);
    }

    public DeskSettings withHost(String newHost) {
        return new DeskSettings(sessionIdle, sessionMax, maxLoginFailures, lockout, secureCookie, newHost, port,
                callEditWindow);
    }

    public DeskSettings withCallEditWindow(Duration window) {
        return new DeskSettings(sessionIdle, sessionMax, maxLoginFailures, lockout, secureCookie, host, port, window);
    }
}
