package id.wadul.bench;

import id.wadul.gateway.config.GatewayConfig;
import id.wadul.gateway.smpp.SmppServer;
import id.wadul.routes.store.MariaDbInboundSink;
import id.wadul.sql.Database;
import id.wadul.sql.DatabaseConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one server under test in this JVM: {@code ServerMain <kind> <workDir> [args...]}. Prints
 * {@code READY <port>} on stdout once it accepts binds, then serves until stdin says STOP or closes
 * (so it also ends when the orchestrator dies), and stops gracefully.
 *
 * <p>Kinds: {@code jsmpp} (jSMPP's own server, acks without storing); {@code memory} (wadul's gateway
 * with an in-memory sink); {@code mariadb} (the gateway with the real group-commit MariaDbInboundSink on an
 * embedded MariaDB under the work dir); gateway kinds take {@code smpp.*=value} overrides after the work dir.
 *
 * <p>Standard output is the protocol with the orchestrator (READY, STOPPED); logs go to standard error.
 */
public final class ServerMain {

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ServerMain <kind> <workDir> [args...]");
            System.exit(2);
        }
        String kind = args[0];
        Path workDir = Path.of(args[1]);
        List<String> rest = Arrays.asList(args).subList(2, args.length);
        AutoCloseable server;
        int port;
        Supplier<String> summary;
        switch (kind) {
            case "jsmpp" -> {
                JsmppServer jsmpp = new JsmppServer();
                port = jsmpp.port();
                server = jsmpp;
                summary = () -> "acked=" + jsmpp.acked();
            }
            case "memory" -> {
                CountingSink sink = new CountingSink(new MemorySink());
                SmppServer gateway = new SmppServer(gatewayConfig(rest), sink);
                gateway.start();
                port = gateway.port();
                server = gateway::stop;
                summary = sink::summary;
            }
            case "mariadb" -> {
                Database database = Database.start(DatabaseConfig.embedded(workDir.resolve("data")));
                MariaDbInboundSink store = new MariaDbInboundSink(database.sqlSessionFactory());
                CountingSink sink = new CountingSink(store);
                SmppServer gateway = new SmppServer(gatewayConfig(rest), sink);
                gateway.start();
                port = gateway.port();
                server = () -> {
                    gateway.stop();
                    store.close();
                    database.close();
                };
                summary = sink::summary;
            }
            default -> throw new IllegalArgumentException("unknown server kind: " + kind);
        }
        System.out.println("READY " + port);
        System.out.flush();
        awaitStop();
        server.close();
        System.out.println("STOPPED " + summary.get());
        System.out.flush();
        System.exit(0);
    }

    /** The bench's account and short code, then any {@code key=value} arguments over them. */
    static GatewayConfig gatewayConfig(List<String> overrides) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("smpp.host", "127.0.0.1");
        p.put("smpp.port", "0");
        p.put("wadul.shortcode", BenchMain.SHORT_CODE);
        p.put("smpp.accounts", "bench");
        p.put("smpp.account.bench.password", "bench");
        p.put("smpp.account.bench.allowedCidrs", "127.0.0.0/8");
        p.putAll(keyValues(overrides));
        return GatewayConfig.from(p);
    }

    static Map<String, String> keyValues(List<String> args) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            p.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return p;
    }

    private static void awaitStop() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.trim().equals("STOP")) {
                return;
            }
        }
    }
}
