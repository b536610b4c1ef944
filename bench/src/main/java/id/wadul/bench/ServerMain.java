package id.wadul.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one server under test in this JVM: {@code ServerMain <kind> <workDir> [args...]}. Prints
 * {@code READY <port>} on stdout once it accepts binds, then serves until stdin says STOP or closes
 * (so it also ends when the orchestrator dies), and stops gracefully.
 *
 * <p>Kinds: {@code jsmpp} (jSMPP's own server, acks without storing).
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
            default -> throw new IllegalArgumentException("unknown server kind: " + kind + " " + rest + workDir);
        }
        System.out.println("READY " + port);
        System.out.flush();
        awaitStop();
        server.close();
        System.out.println("STOPPED " + summary.get());
        System.out.flush();
        System.exit(0);
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
