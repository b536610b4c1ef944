package id.wadul.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsmpp.SMPPConstant;

/**
 * The benchmark orchestrator (a load program run on demand, not a test). Starts each server under test in
 * its own JVM, loads it with the same windowed client from this JVM after a warm-up, reads the server's CPU
 * time from /proc, and prints a table plus the issues' targets.
 *
 * <pre>
 * java -jar bench/target/wadul-bench.jar all                 # every scenario
 * java -jar bench/target/wadul-bench.jar jsmpp memory        # some of them
 * options: --binds 4 --window 64 --warmup 20 --warmup-max 90 --seconds 20 --rate 5000
 *          --app-rate 500 --conf conf (the wadul conf folder the app scenario runs with)
 *          --app-warmup 120 (seconds at --app-rate before the app is measured: the JIT settles)
 *          --app-rounds 1 (how many times in a row the app is measured at --app-rate)
 *          --server-jvm OPTION (one more JVM option for the servers; repeatable)
 *          --flow-complaints 10000 --flow-batch 100 (the flow scenario: complaints, and per intake batch)
 *          --jfr (record a flight recording of each server into its work dir; kept when the run fails)
 * </pre>
 */
public final class BenchMain {

    static final String SHORT_CODE = "1708";

    private final Options options;
    private final Report report = new Report();
    private final Path runDir;

    private BenchMain(Options options, Path runDir) {
        this.options = options;
        this.runDir = runDir;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path runDir = Files.createTempDirectory("wadul-bench-");
        BenchMain bench = new BenchMain(options, runDir);
        System.out.printf("wadul bench %s  JDK %s  %d cores  binds=%d window=%d warmup=%d-%ds measure=%ds"
                        + " rate=%d/s app-rate=%d/s app-warmup=%ds%n", Instant.now(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), options.binds, options.window, options.warmup.toSeconds(),
                options.warmupMax.toSeconds(), options.measure.toSeconds(), (long) options.rate,
                (long) options.appRate, options.appWarmup.toSeconds());
        System.out.println("server logs and data under " + runDir);
        Report.header(System.out);
        boolean failed = false;
        for (String scenario : options.scenarios) {
            System.out.println("    [" + scenario + "] load average before: " + loadAverage());
            try {
                bench.run(scenario);
            } catch (Exception e) {
                failed = true;
                System.out.println("scenario '" + scenario + "' FAILED: " + e);
                e.printStackTrace(System.err);
            }
        }
        bench.targets();
        bench.report.print(System.out);
        if (!failed) {
            deleteDataDirs(runDir);
        }
        System.exit(failed ? 1 : 0);
    }

    private void run(String scenario) throws Exception {
        switch (scenario) {
            case "jsmpp" -> measureServer("jsmpp", "jSMPP server (acks, stores nothing)", List.of(), false);
            case "memory" -> measureServer("memory", "wadul gateway, in-memory sink", gatewayArgs(), false);
            case "mariadb" -> measureServer("mariadb", "wadul gateway, MariaDB sink", gatewayArgs(), true);
            case "app" -> measureApp();
            case "flow" -> FlowBench.run(options.conf, Files.createDirectories(runDir.resolve("flow")),
                    options.flowComplaints, options.flowBatch, System.out);
            case "clients" -> compareClients();
            default -> throw new IllegalArgumentException("unknown scenario: " + scenario);
        }
    }

    /** Flat out, then (when {@code paced}) at the target rate, against a fresh server process. */
    private void measureServer(String kind, String label, List<String> args, boolean paced) throws Exception {
        Path workDir = Files.createDirectories(runDir.resolve(kind));
        List<String> jvm = new ArrayList<>(options.serverJvm);
        if (options.jfr) {
            jvm.add("-XX:StartFlightRecording=filename=" + workDir.resolve("server.jfr") + ",settings=profile");
        }
        try (ServerProcess server = ServerProcess.start(kind, workDir, workDir.resolve("server.log"), jvm, args);
             LoadClient client = LoadClient.connect(server.port(), "bench", "bench",
                     SMPPConstant.CID_BIND_TRANSCEIVER, options.binds, options.window)) {
            Mo.Factory factory = BenchMain::citizenMo;
            warmUp(client, factory, 0);
            record(label, "flat out", server, () -> client.run(RunPlan.flatOut(options.measure), factory));
            if (paced) {
                record(label, "paced " + (long) options.rate + "/s", server,
                        () -> client.run(RunPlan.atRate(options.measure, options.rate), factory));
            }
        }
    }

    /** The bench account may bind as often as the client does, unthrottled, with the client's window. */
    private List<String> gatewayArgs() {
        return List.of("smpp.account.bench.maxBinds=" + (options.binds + 2),
                "smpp.account.bench.maxTps=1000000",
                "smpp.account.bench.window=" + options.window);
    }

    /**
     * Unmeasured load in 5 s slices until at least --warmup has passed and the last three slices' rates are
     * within 10% of each other (the JIT has settled; batched sinks take long, since each batch is one call),
     * or --warmup-max has passed. Prints each slice's rate.
     */
    private void warmUp(LoadClient client, Mo.Factory factory, double rate) throws Exception {
        long start = System.nanoTime();
        List<Double> rates = new ArrayList<>();
        while (true) {
            Duration slice = Duration.ofSeconds(5);
            LoadResult r = client.run(rate > 0 ? RunPlan.atRate(slice, rate) : RunPlan.flatOut(slice), factory);
            rates.add(r.rate());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            List<Double> last = rates.subList(Math.max(0, rates.size() - 3), rates.size());
            boolean steady = last.size() == 3 && Collections.max(last) <= 1.1 * Collections.min(last);
            if (elapsed.compareTo(options.warmupMax) >= 0 || (elapsed.compareTo(options.warmup) >= 0 && steady)) {
                break;
            }
        }
        System.out.println("    warm-up, msg/s per 5 s slice: "
                + rates.stream().map(r -> String.format("%.0f", r)).collect(Collectors.joining(" ")));
    }

    /** Unmeasured load at {@code rate} in 5 s slices for {@code length}; prints each slice's rate. */
    private static void warmUpFor(LoadClient client, Mo.Factory factory, double rate, Duration length,
            OfficerProbe probe) throws Exception {
        List<Double> rates = new ArrayList<>();
        long end = System.nanoTime() + length.toNanos();
        while (System.nanoTime() < end) {
            rates.add(client.run(RunPlan.atRate(Duration.ofSeconds(5), rate), factory, probe).rate());
        }
        System.out.println("    warm-up at " + (long) rate + "/s for " + length.toSeconds() + " s, msg/s per 5 s slice: "
                + rates.stream().map(r -> String.format("%.0f", r)).collect(Collectors.joining(" ")));
    }

    @FunctionalInterface
    private interface Load {
        LoadResult run() throws Exception;
    }

    private Measurement record(String label, String load, ServerProcess server, Load run) throws Exception {
        return record(label, load, server, run, null);
    }

    /** Runs one measured load and prints its row; {@code after} runs before the CPU is read (e.g. a drain). */
    private Measurement record(String label, String load, ServerProcess server, Load run, After after)
            throws Exception {
        Long dbPid = server.databasePid().orElse(null);
        double cpu0 = server.cpuSeconds();
        double db0 = dbPid == null ? Double.NaN : ProcCpu.seconds(dbPid);
        LoadResult result = run.run();
        Measurement m = new Measurement(label, load, result, 0, 0, null, null, -1);
        if (after != null) {
            m = after.apply(m);
        }
        double cpu = server.cpuSeconds() - cpu0;
        double db = dbPid == null ? Double.NaN : ProcCpu.seconds(dbPid) - db0;
        m = new Measurement(label, load, result, cpu, db, m.extra(), m.extraLabel(), m.reached());
        report.add(m);
        Report.row(System.out, m);
        return m;
    }

    @FunctionalInterface
    private interface After {
        Measurement apply(Measurement m) throws Exception;
    }

    /**
     * Which load client is cheaper: the Netty one (used for every figure) or jSMPP's blocking SMPPSession
     * with one thread per window slot, both flat out against jSMPP's server, same binds and window.
     */
    private void compareClients() throws Exception {
        Path workDir = Files.createDirectories(runDir.resolve("clients"));
        String label = "jSMPP server (acks, stores nothing)";
        try (ServerProcess server = ServerProcess.start("jsmpp", workDir, workDir.resolve("server.log"),
                options.serverJvm, List.of())) {
            try (LoadClient client = LoadClient.connect(server.port(), "bench", "bench",
                    SMPPConstant.CID_BIND_TRANSCEIVER, options.binds, options.window)) {
                warmUp(client, BenchMain::citizenMo, 0);
                record(label, "Netty client", server,
                        () -> client.run(RunPlan.flatOut(options.measure), BenchMain::citizenMo));
            }
            JsmppLoadClient.run(server.port(), options.binds, options.window, options.warmup, BenchMain::citizenMo,
                    500_000_000L);
            record(label, "SMPPSession client", server, () -> JsmppLoadClient.run(server.port(), options.binds,
                    options.window, options.measure, BenchMain::citizenMo, 600_000_000L));
        }
    }

    /**
     * Issue 3: the whole app (WadulMain, shipped conf, fresh data dir, free ports). Citizens' MO on the load
     * client's transceiver binds (which also take the ticket SMS back); officers' forwards on a receiver
     * bind of their own account (route 628000 -> officers: every shipped officer number is 628000...).
     * Paced at --app-rate, then at a fifth of it (MO -> officer latency), then flat out (stored and acked per
     * second).
     */
    /** The conf's {@code smpp.accounts}, each followed by a comma, or "" when it names none. */
    static String confAccounts(Path conf) throws java.io.IOException {
        java.util.Properties shipped = new java.util.Properties();
        Path file = conf.resolve("wadul.properties");
        if (Files.exists(file)) {
            try (java.io.Reader in = Files.newBufferedReader(file)) {
                shipped.load(in);
            }
        }
        StringBuilder names = new StringBuilder();
        for (String name : shipped.getProperty("smpp.accounts", "").split(",")) {
            if (!name.isBlank() && !name.strip().equals("bench") && !name.strip().equals("officers")) {
                names.append(name.strip()).append(',');
            }
        }
        return names.toString();
    }

    private void measureApp() throws Exception {
        Path workDir = Files.createDirectories(runDir.resolve("app"));
        int smppPort = ServerProcess.freePort();
        int httpPort = ServerProcess.freePort();
        List<String> jvm = new ArrayList<>(options.serverJvm);
        if (options.jfr) {
            jvm.add("-XX:StartFlightRecording=filename=" + workDir.resolve("server.jfr") + ",settings=profile");
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("wadul.conf", options.conf.toAbsolutePath().toString());
        p.put("data.dir", workDir.resolve("data").toString());
        p.put("db.url", "");
        p.put("db.embedded.port", "0");
        p.put("smpp.host", "127.0.0.1");
        p.put("smpp.port", Integer.toString(smppPort));
        p.put("http.host", "127.0.0.1");
        p.put("http.port", Integer.toString(httpPort));
        // beside the conf's own accounts (whose settings the app checks against this list)
        p.put("smpp.accounts", confAccounts(options.conf) + "bench,officers");
        p.put("smpp.account.bench.password", "bench");
        p.put("smpp.account.bench.allowedCidrs", "127.0.0.1/32");
        p.put("smpp.account.bench.maxBinds", Integer.toString(options.binds + 2));
        p.put("smpp.account.bench.maxTps", "1000000");
        p.put("smpp.account.bench.window", Integer.toString(options.window));
        p.put("smpp.account.officers.password", "officers");
        p.put("smpp.account.officers.allowedCidrs", "127.0.0.1/32");
        p.put("smpp.outbound.route.628000", "officers");
        p.put("smpp.outbound.fallback", "bench");
        p.put("flow.limit.daily", "0");
        p.forEach((k, v) -> jvm.add("-D" + k + "=" + v));
        OfficerProbe probe = new OfficerProbe();
        String label = "wadul app (MO stored+acked)";
        try (ServerProcess server = ServerProcess.startMain("app", "id.wadul.routes.WadulMain",
                workDir.resolve("server.log"), jvm, List.of("run"), smppPort);
             LoadClient officers = LoadClient.connect(smppPort, "officers", "officers",
                     SMPPConstant.CID_BIND_RECEIVER, 2, 1);
             LoadClient client = LoadClient.connect(smppPort, "bench", "bench",
                     SMPPConstant.CID_BIND_TRANSCEIVER, options.binds, options.window)) {
            officers.onDeliver(probe);
            Mo.Factory factory = BenchMain::citizenMo;
            // warm up at the issue's rate until the JIT has settled (a fresh JVM compiles for minutes at this
            // rate, and its compiler threads take CPU the flow needs), then let the flow finish that work
            warmUpFor(client, factory, options.appRate, options.appWarmup, probe);
            probe.awaitQuiet(3_000, 120_000);
            // the issue's rate, then a fifth of it (what the flow does when it is not overloaded)
            List<Double> rates = new ArrayList<>();
            for (int round = 0; round < options.appRounds; round++) {
                rates.add(options.appRate);
            }
            rates.add(options.appRate / 5);
            for (int i = 0; i < rates.size(); i++) {
                double rate = rates.get(i);
                String round = options.appRounds > 1 && i < options.appRounds ? " #" + (i + 1) : "";
                probe.reset();
                record(label, "paced " + (long) rate + "/s" + round, server,
                        () -> client.run(RunPlan.atRate(options.measure, rate), factory, probe),
                        m -> {
                            probe.awaitQuiet(10_000, 90_000);
                            return new Measurement(m.server(), m.load(), m.result(), 0, 0, probe.latency(),
                                    String.format("MO -> officer's bind: %d forwards for %d of %d complaints"
                                            + " within the wait (10 s quiet, 90 s at most)", probe.forwards(),
                                            probe.complaintsReached(), m.result().ok()), probe.complaintsReached());
                        });
            }
            record(label, "flat out", server, () -> client.run(RunPlan.flatOut(options.measure), factory));
        }
    }

    /** A citizen's complaint; the number and the text vary so that no server takes it for a resubmission. */
    static Mo citizenMo(long index) {
        String source = "62812" + String.format("%08d", index % 100_000_000L);
        String text = OfficerProbe.MARKER + index
                + ": jalan rusak berlubang di desa Sukorejo kecamatan Bojonegoro, mohon segera diperbaiki";
        return new Mo(source, SHORT_CODE, text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Each target of issues 2 and 3 beside its figure from this run. */
    private void targets() {
        Measurement jsmpp = find("jSMPP", "flat out");
        Measurement memory = find("wadul gateway, in-memory", "flat out");
        Measurement stored = find("wadul gateway, MariaDB", "flat out");
        Measurement storedPaced = find("wadul gateway, MariaDB", "paced");
        Measurement appFlat = find("wadul app", "flat out");
        Measurement appPaced = find("wadul app", "paced");
        double ref = jsmpp == null ? Double.NaN : jsmpp.result().rate();

        if (memory == null || jsmpp == null) {
            report.target("#2 in memory: rate >= jSMPP's", "not run", null);
            report.target("#2 in memory: server CPU/msg <= 2/3 of jSMPP's", "not run", null);
        } else {
            double rate = memory.result().rate();
            report.target("#2 in memory: rate >= jSMPP's",
                    String.format("%.0f vs %.0f msg/s", rate, ref), rate >= ref);
            double cpu = memory.serverCpuPer10k();
            double limit = jsmpp.serverCpuPer10k() * 2 / 3;
            report.target("#2 in memory: server CPU/msg <= 2/3 of jSMPP's",
                    String.format("%.3f vs limit %.3f CPU s/10k msgs (jSMPP %.3f)", cpu, limit, jsmpp.serverCpuPer10k()), cpu <= limit);
        }
        if (stored == null || jsmpp == null) {
            report.target("#2 stored: rate >= 0.8x jSMPP's", "not run", null);
        } else {
            double rate = stored.result().rate();
            report.target("#2 stored: rate >= 0.8x jSMPP's",
                    String.format("%.0f vs limit %.0f msg/s", rate, 0.8 * ref), rate >= 0.8 * ref);
        }
        if (storedPaced == null) {
            report.target("#2 stored at 5,000/s: p99 ack < 20 ms", "not run", null);
        } else {
            LoadResult r = storedPaced.result();
            double p99 = LoadResult.ms(r.ack(), 99);
            boolean rateHeld = r.rate() >= 0.95 * r.targetRate();
            report.target(String.format("#2 stored at %.0f/s: p99 ack < 20 ms", r.targetRate()),
                    String.format("p99 %.1f ms at %.0f msg/s achieved%s", p99, r.rate(),
                            rateHeld ? "" : " (rate not held)"), p99 < 20 && rateHeld);
        }
        if (appFlat == null) {
            report.target("#3 app: >= 3,000 complaints/s stored and acked", "not run", null);
        } else {
            double rate = appFlat.result().rate();
            report.target("#3 app: >= 3,000 complaints/s stored and acked",
                    String.format("%.0f msg/s (ack p99 %.1f ms)", rate, LoadResult.ms(appFlat.result().ack(), 99)),
                    rate >= 3_000);
        }
        if (appPaced == null || appPaced.extra() == null || appPaced.extra().getTotalCount() == 0) {
            report.target("#3 app at 500/s: p99 MO -> officer < 1 s",
                    appPaced == null ? "not run" : "no forward reached the officers' bind",
                    appPaced == null ? null : false);
        } else {
            LoadResult r = appPaced.result();
            double p99 = LoadResult.ms(appPaced.extra(), 99);
            boolean rateHeld = r.rate() >= 0.95 * r.targetRate();
            boolean allReached = appPaced.reached() >= r.ok();
            report.target(String.format("#3 app at %.0f/s: p99 MO -> officer < 1 s", r.targetRate()),
                    String.format("p99 %.0f ms over %d forwards, %d of %d complaints reached an officer, "
                                    + "%.0f msg/s achieved%s", p99, appPaced.extra().getTotalCount(),
                            appPaced.reached(), r.ok(), r.rate(), rateHeld ? "" : " (rate not held)"),
                    p99 < 1_000 && rateHeld && allReached);
        }
    }

    private Measurement find(String serverPrefix, String loadPrefix) {
        return report.rows().stream()
                .filter(m -> m.server().startsWith(serverPrefix) && m.load().startsWith(loadPrefix))
                .findFirst().orElse(null);
    }

    /** The machine's 1/5/15-minute load averages: how busy the rest of the shared machine was. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteDataDirs(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.toString().endsWith(".log") && !p.toString().endsWith(".jfr") && !p.equals(dir))
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** Command-line options. */
    static final class Options {
        static final List<String> ALL = List.of("jsmpp", "memory", "mariadb", "flow", "app", "clients");
        List<String> scenarios = new ArrayList<>();
        int binds = 4;
        int window = 64;
        Duration warmup = Duration.ofSeconds(20);
        Duration warmupMax = Duration.ofSeconds(90);
        Duration measure = Duration.ofSeconds(20);
        double rate = 5_000;
        double appRate = 500;
        Path conf = Path.of("conf");
        List<String> serverJvm = List.of("-Xms512m", "-Xmx1g");
        boolean jfr;
        int flowComplaints = 10_000;
        int flowBatch = 100;
        int appRounds = 1;
        Duration appWarmup = Duration.ofSeconds(120);

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--binds" -> o.binds = Integer.parseInt(args[++i]);
                    case "--window" -> o.window = Integer.parseInt(args[++i]);
                    case "--warmup" -> o.warmup = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--warmup-max" -> o.warmupMax = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--seconds" -> o.measure = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--rate" -> o.rate = Double.parseDouble(args[++i]);
                    case "--jfr" -> o.jfr = true;
                    case "--app-rate" -> o.appRate = Double.parseDouble(args[++i]);
                    case "--conf" -> o.conf = Path.of(args[++i]);
                    case "--flow-complaints" -> o.flowComplaints = Integer.parseInt(args[++i]);
                    case "--flow-batch" -> o.flowBatch = Integer.parseInt(args[++i]);
                    case "--app-rounds" -> o.appRounds = Integer.parseInt(args[++i]);
                    case "--app-warmup" -> o.appWarmup = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--server-jvm" -> {
                        o.serverJvm = new ArrayList<>(o.serverJvm);
                        o.serverJvm.add(args[++i]);
                    }
                    case "all" -> o.scenarios.addAll(ALL);
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        o.scenarios.add(a);
                    }
                }
            }
            if (o.scenarios.isEmpty()) {
                o.scenarios.addAll(ALL);
            }
            return o;
        }
    }
}
