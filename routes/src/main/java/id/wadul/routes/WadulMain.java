package id.wadul.routes;

import id.wadul.routes.app.Settings;
import id.wadul.routes.app.WadulApp;
import id.wadul.routes.desk.AddOperatorCommand;
import id.wadul.routes.tools.SendSmsCommand;
import id.wadul.routes.understand.ClassifyCommand;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point: {@code java -jar wadul.jar [run|classify|help] [args]}.
 * <ul>
 *   <li>{@code run} (default): the server (database, complaint flow, SMPP gateway, call-in desk).</li>
 *   <li>{@code classify}: reads complaint texts from stdin, one per line, and writes one JSON object per
 *       line (category, urgent, kecamatan, desa, units, confident, ...) to stdout: try rule changes in
 *       conf/ against past messages before deploying them.</li>
 * </ul>
 * Settings come from {@code conf/wadul.properties} ({@code -Dwadul.conf=<folder>}); any key can be given
 * as {@code -Dkey=value}. The logger is created only after logging is configured from the conf folder,
 * so this class has no static LOG field.
 */
public final class WadulMain {

    private WadulMain() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        Settings settings = Settings.fromSystem();
        configureLogging(settings, !command.equals("run"));
        int status = switch (command) {
            case "run" -> run(settings);
            case "classify" -> classify(settings);
            case "send" -> SendSmsCommand.run(rest, System.out, System.err);
            case "add-operator" -> addOperator(settings, rest);
            case "help", "-h", "--help" -> usage(System.out, 0);
            default -> usage(System.err, 2);
        };
        if (status != 0 || !command.equals("run")) {
            System.exit(status);
        }
    }

    private static int run(Settings settings) throws Exception {
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

    private static int classify(Settings settings) throws Exception {
        ComplaintAnalyzer analyzer = ComplaintAnalyzer.load(settings.confDir(), settings.get("wadul.regency"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ClassifyCommand.run(analyzer, in, out);
        out.flush();
        return 0;
    }

    /** Creates a call-in desk account (the first admin, typically) in the configured database. */
    private static int addOperator(Settings settings, String[] args) {
        try (Database database = Database.start(DatabaseConfig.from(settings.properties()))) {
            return AddOperatorCommand.run(database, args);
        }
    }

    private static int usage(PrintStream out, int status) {
        out.println("""
                usage: java [-Dwadul.conf=conf] [-Dkey=value ...] -jar wadul.jar [command]
                  run        start the server (default)
                  classify   read texts from stdin (one per line), write one JSON object per line
                  send [--port 2775] [--from 0812...] text
                             submit an SMS to the short code with a real SMPP client (jSMPP) and
                             print what the server sends back on that bind
                  add-operator <username> <OPERATOR|ADMIN> <station> [--password-stdin]
                             create a call-in desk account; prints a generated password once
                             (stop the server first when it uses the embedded database)
                  help       this text
                Settings: conf/wadul.properties; -Dkey=value overrides any key.""");
        return status;
    }

    /**
     * Points Logback at {@code conf/logback.xml} unless {@code -Dlogback.configurationFile} is given, and
     * passes {@code data.dir} on so the log file lands under it. Tools ({@code classify}) log to stderr
     * only, at WARN, so their stdout stays clean JSON.
     */
    private static void configureLogging(Settings settings, boolean tool) {
        System.setProperty("data.dir", settings.get("data.dir", "./data"));
        Path config = settings.confDir().resolve("logback.xml");
        if (tool) {
            System.setProperty("logback.configurationFile", "logback-tool.xml");
        } else if (System.getProperty("logback.configurationFile") == null && Files.isRegularFile(config)) {
            System.setProperty("logback.configurationFile", config.toString());
        }
    }
}
