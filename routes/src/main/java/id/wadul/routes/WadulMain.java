package id.wadul.routes;

import id.wadul.routes.app.SettingKeys;
import id.wadul.routes.app.StartupCheck;
import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.ConfLocator;
import id.wadul.routes.config.Settings;
import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.console.routing.RoutingExportCommand;
import id.wadul.routes.desk.AddOperatorCommand;
import id.wadul.routes.learn.ClassifyModes;
import id.wadul.routes.learn.LearnCommand;
import id.wadul.routes.learn.LearnSettings;
import id.wadul.routes.tools.SendSmsCommand;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.sql.Database;
import id.wadul.sql.DatabaseConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point:
 * {@code java -jar wadul.jar [run|classify|learn|send|add-operator|routing-export|help] [args]}.
 * <ul>
 *   <li>{@code run} (default): the server (database, complaint flow, SMPP gateway, call-in desk).</li>
 *   <li>{@code classify}: reads complaint texts from stdin, one per line, and writes one JSON object per
 *       line (category, urgent, kecamatan, desa, units, confident, ...) to stdout: try rule changes in
 *       conf/ against past messages before deploying them.</li>
 * </ul>
 * Settings come from {@code conf/wadul.properties} (see {@link ConfLocator}); any key can be given as
 * {@code -Dkey=value}. A mistake (unknown command or setting, a value that does not parse, a port in use, ...)
 * is told in one or two lines on stderr with a non-zero exit status, never a stack trace: every such failure is
 * a {@link StartupFailure}. The logger is created only after logging is configured from the conf folder, so
 * this class has no static LOG field.
 */
public final class WadulMain {

    static final List<String> COMMANDS = List.of("run", "classify", "learn", "send", "add-operator",
            "routing-export", "help");

    private final PrintStream out;
    private final PrintStream err;
    private final Properties system;
    private boolean loggingConfigured;

    WadulMain(PrintStream out, PrintStream err, Properties system) {
        this.out = out;
        this.err = err;
        this.system = system;
    }

    public static void main(String[] args) {
        WadulMain main = new WadulMain(System.out, System.err, System.getProperties());
        int status = main.execute(args);
        if (status != 0 || !(args.length == 0 || args[0].equals("run"))) {
            System.exit(status);
        }
    }

    /** Runs one command; returns the exit status (for {@code run}, once the server has stopped). */
    int execute(String[] args) {
        String command = args.length == 0 ? "run" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (command) {
                case "run" -> run(rest);
                case "classify" -> classify(rest);
                case "learn" -> learn(rest);
                case "send" -> send(rest);
                case "add-operator" -> addOperator(rest);
                case "routing-export" -> routingExport(rest);
                case "help", "-h", "--help" -> usage(out, 0);
                default -> unknownCommand(command);
            };
        } catch (Exception | Error e) {
            return failed(command, e);
        }
    }

    private int failed(String command, Throwable e) {
        StartupFailure failure = StartupFailure.find(e);
        Logger log = loggingConfigured ? LoggerFactory.getLogger(WadulMain.class) : null;
        if (failure != null) {
            err.println("wadul: " + failure.getMessage());
            if (log != null) {
                log.debug("{} stopped: {}", command, failure.getMessage(), e);
            }
            return failure.status();
        }
        if (log != null) {
            log.error("{} failed", command, e);
        }
        err.println("wadul: " + command + " failed: " + e + (log != null ? " (details in the log)" : ""));
        return 1;
    }

    private int unknownCommand(String command) {
        if (command.startsWith("-D")) {
            err.println("wadul: " + command + " must come before -jar: java " + command + " -jar wadul.jar");
            return StartupFailure.USAGE;
        }
        String near = COMMANDS.stream().min(Comparator.comparingInt(c -> SettingKeys.distance(command, c)))
                .filter(c -> SettingKeys.distance(command, c) <= 2).map(c -> " (did you mean '" + c + "'?)")
                .orElse("");
        err.println("wadul: unknown command '" + command + "'" + near);
        return usage(err, StartupFailure.USAGE);
    }

    private Settings settings() {
        Path conf = ConfLocator.locate(system.getProperty(Settings.CONF_DIR_PROPERTY), Path.of(""), Settings.runningJar());
        return Settings.load(conf, system);
    }

    private int run(String[] args) throws Exception {
        noArguments("run", args);
        Settings settings = settings();
        configureLogging(settings, false);
        // before the database starts: its start takes seconds, a mistake should not
        StartupCheck.beforeStart(settings, system);
        Logger log = LoggerFactory.getLogger(WadulMain.class);
        WadulApp app = WadulApp.create(settings);
        // before the start: a SIGTERM while it waits for the database stops it too
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "wadul-shutdown"));
        try {
            app.start();
        } catch (WadulApp.StoppedDuringStart e) {
            log.info("Stopped before the start was complete");
            return 0;
        }
        log.info("Press Ctrl+C to stop");
        app.awaitStop();
        return 0;
    }

    /** The SMPP client needs no settings: its logging goes to stderr at WARN like the other tools'. */
    private int send(String[] args) {
        System.setProperty("logback.configurationFile", "logback-tool.xml");
        loggingConfigured = true;
        return SendSmsCommand.run(args, out, err);
    }

    private int classify(String[] args) throws Exception {
        Settings settings = settings();
        configureLogging(settings, true);
        new StartupCheck(SettingKeys.load()).configuration(settings, system);
        ComplaintAnalyzer analyzer = ComplaintAnalyzer.load(settings.confDir(), settings.get("wadul.regency"));
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ClassifyModes.run(args, analyzer, LearnSettings.from(settings), in, utf8, err);
        utf8.flush();
        return 0;
    }

    /** Imports labelled history into the configured database, all or nothing. */
    private int learn(String[] args) {
        Settings settings = settings();
        configureLogging(settings, true);
        new StartupCheck(SettingKeys.load()).configuration(settings, system);
        ComplaintAnalyzer analyzer = ComplaintAnalyzer.load(settings.confDir(), settings.get("wadul.regency"));
        LearnCommand.Import labels = LearnCommand.read(args, analyzer); // a wrong file: told before the database starts
        try (Database database = Database.start(DatabaseConfig.from(settings.properties()))) {
            return LearnCommand.run(labels, database.sqlSessionFactory(), out);
        }
    }

    /** Creates a call-in desk account (the first admin, typically) in the configured database. */
    private int addOperator(String[] args) {
        try {
            AddOperatorCommand.check(args);
        } catch (IllegalArgumentException e) {
            throw StartupFailure.usage(e.getMessage() + "\n" + AddOperatorCommand.USAGE);
        }
        Settings settings = settings();
        configureLogging(settings, true);
        new StartupCheck(SettingKeys.load()).configuration(settings, system);
        try (Database database = Database.start(DatabaseConfig.from(settings.properties()))) {
            return AddOperatorCommand.run(database, args);
        }
    }

    /** Writes the database's routing table as routing.yaml on stdout. */
    private int routingExport(String[] args) {
        noArguments("routing-export", args);
        Settings settings = settings();
        configureLogging(settings, true);
        new StartupCheck(SettingKeys.load()).configuration(settings, system);
        try (Database database = Database.start(DatabaseConfig.from(settings.properties()))) {
            return RoutingExportCommand.run(database.sqlSessionFactory(), out, err);
        }
    }

    private static void noArguments(String command, String[] args) {
        if (args.length > 0) {
            throw StartupFailure.usage("unknown " + (args[0].startsWith("-") ? "option" : "argument") + " '"
                    + args[0] + "' for " + command + " (it takes none; settings are -Dkey=value before -jar)");
        }
    }

    private static int usage(PrintStream out, int status) {
        out.println("""
                usage: java [-Dwadul.conf=conf] [-Dkey=value ...] -jar wadul.jar [command]
                  run        start the server (default)
                  classify [--rules-only | --learn FILE | --replay | --eval FILE] [--map FILE]
                             read texts from stdin (one per line), write one JSON object per line;
                             --learn: learn FILE's labels first; --replay: stdin is labelled, each
                             decided before it is learned; --eval: cross-validate on FILE's labels
                  learn FILE [--map FILE]
                             import labelled complaints (CSV text,category or JSON lines) for the
                             learned routing, all or nothing (stop the server first when it uses
                             the embedded database)
                  send [--port 2775] [--from 0812...] [--expect N] [--wait 15s] text
                             submit an SMS to the short code with a real SMPP client (jSMPP) and
                             print what the server sends back on that bind (until N have arrived)
                  add-operator <username> <OPERATOR|ADMIN> <station> [--password-stdin]
                  add-operator <username> <SYSADMIN|SUPERVISOR> [--password-stdin]
                             create an account of the desk and console; prints a generated password once
                             (stop the server first when it uses the embedded database)
                  routing-export
                             write the database's routing table (units, people, rules) as
                             routing.yaml on stdout (stop the server first, as above)
                  help       this text
                Settings: conf/wadul.properties; -Dkey=value overrides any key.""");
        return status;
    }

    /**
     * Points Logback at {@code conf/logback.xml} unless {@code -Dlogback.configurationFile} is given, and
     * passes {@code data.dir} on so the log file lands under it. Tools ({@code classify}) log to stderr
     * only, at WARN, so their stdout stays clean JSON.
     */
    private void configureLogging(Settings settings, boolean tool) {
        System.setProperty("data.dir", DatabaseConfig.from(settings.properties()).dataDir().toString());
        Path config = settings.confDir().resolve("logback.xml");
        if (tool) {
            System.setProperty("logback.configurationFile", "logback-tool.xml");
        } else if (System.getProperty("logback.configurationFile") == null && Files.isRegularFile(config)) {
            System.setProperty("logback.configurationFile", config.toString());
        }
        loggingConfigured = true;
    }
}
