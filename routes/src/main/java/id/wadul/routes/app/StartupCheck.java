package id.wadul.routes.app;

import id.wadul.gateway.config.GatewayConfig;
import id.wadul.routes.app.SettingKeys.Kind;
import id.wadul.routes.camel.RouteSettings;
import id.wadul.routes.config.Settings;
import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.desk.DeskSettings;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.store.InboundSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks the configuration before anything starts (the embedded database takes seconds): every key is known
 * (an unknown option is an error, not silently ignored), every value parses, each account key names an account,
 * the gateway's settings hold together, the regency is in the bundled official list, and the ports are free.
 * The first mistake found is thrown as a {@link StartupFailure} in one or two lines.
 */
public final class StartupCheck {

    private final SettingKeys keys;

    public StartupCheck(SettingKeys keys) {
        this.keys = keys;
    }

    /** Everything, ports included: call it right before the server starts. */
    public static void beforeStart(Settings settings, Properties commandLine) {
        StartupCheck check = new StartupCheck(SettingKeys.load());
        check.configuration(settings, commandLine);
        PortCheck.free(settings);
    }

    /** The keys and values of the settings file and of the command line's -D keys (no ports). */
    public void configuration(Settings settings, Properties commandLine) {
        for (String key : new TreeSet<>(settings.properties().stringPropertyNames())) {
            keys.replacement(key).ifPresent(replacement -> {
                throw new StartupFailure(key + " (" + settings.origin(key) + ") is no longer a setting: write its value"
                        + " in " + replacement + ".");
            });
        }
        for (String key : new TreeSet<>(settings.fileKeys())) {
            if (keys.kind(key).isEmpty() && !key.startsWith("camel.")) {
                throw new StartupFailure("unknown setting '" + key + "' in " + settings.file() + suggestion(key, "")
                        + ".\nAn unknown setting is an error, not silently ignored: correct or remove that line.");
            }
        }
        for (String key : new TreeSet<>(commandLine.stringPropertyNames())) {
            if (SettingKeys.isOwn(key) && keys.kind(key).isEmpty()) {
                throw StartupFailure.usage("unknown option -D" + key + suggestion(key, "-D")
                        + ".\nThe settings are listed in " + settings.file() + ".");
            }
        }
        Properties values = settings.properties();
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            keys.kind(key).ifPresent(kind -> value(settings, key, values.getProperty(key), kind));
        }
        accounts(settings, values);
        // every typed settings record the application builds: a missing key is named before anything starts
        FlowSettings.from(settings);
        DeskSettings.from(settings);
        InboundSettings.from(settings);
        RouteSettings.from(settings);
        settings.getDuration("wadul.shutdown.timeout");
        try {
            GatewayConfig.fromProperties(values);
        } catch (RuntimeException e) {
            throw new StartupFailure("SMPP settings in " + settings.file() + ": " + e.getMessage() + ".", e);
        }
        RegencyCheck.known(settings);
    }

    private String suggestion(String key, String dash) {
        return keys.nearest(key).map(k -> " (did you mean " + dash + k + "?)").orElse("");
    }

    private static void value(Settings settings, String key, String value, Kind kind) {
        String v = value.strip();
        if (v.isEmpty() && kind != Kind.TIME_ZONE) {
            return;
        }
        switch (kind) {
            case WHOLE_NUMBER -> {
                if (!v.matches("\\d{1,9}")) {
                    throw settings.invalid(key, "a whole number");
                }
            }
            case PORT -> {
                if (!v.matches("\\d{1,5}") || Integer.parseInt(v) > 65535) {
                    throw settings.invalid(key, "a port number (0-65535; 0 = any free port)");
                }
            }
            case DURATION -> {
                try {
                    Settings.parseDuration(key, v);
                } catch (IllegalStateException e) {
                    throw settings.invalid(key, Settings.DURATION_EXAMPLES);
                }
            }
            case BOOLEAN -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw settings.invalid(key, "true or false");
                }
            }
            case TIME_ZONE -> {
                try {
                    ZoneId.of(v);
                } catch (DateTimeException e) {
                    throw settings.invalid(key, "a time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura)");
                }
            }
            case TEXT -> {
            }
        }
    }

    /** Every smpp.account.<id>.* key names an account of smpp.accounts; otherwise it would be ignored. */
    private static void accounts(Settings settings, Properties values) {
        Set<String> accounts = Arrays.stream(values.getProperty("smpp.accounts", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            String account = SettingKeys.accountOf(key);
            if (account != null && !accounts.contains(account)) {
                throw new StartupFailure(key + " (" + settings.origin(key) + ") is for account '" + account
                        + "', which is not in smpp.accounts (" + String.join(",", new TreeSet<>(accounts))
                        + ").\nAdd it to smpp.accounts, or correct the account's name.");
            }
        }
    }
}
