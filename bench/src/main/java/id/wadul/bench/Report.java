package id.wadul.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints the measurements as a table, then each target of issues 2 and 3 beside its figure. */
final class Report {

    private static final String ROW = "%-36s %-18s %8s %7s %7s %8s %9s %8s %8s %8s  %s%n";

    private final List<Measurement> rows = new ArrayList<>();
    private final List<String[]> targets = new ArrayList<>();

    void add(Measurement m) {
        rows.add(m);
    }

    List<Measurement> rows() {
        return rows;
    }

    void target(String what, String figure, Boolean met) {
        targets.add(new String[] {what, figure, met == null ? "not measured" : met ? "met" : "MISSED"});
    }

    static void header(PrintStream out) {
        out.printf(ROW, "server", "load", "msg/s", "p50 ms", "p99 ms", "max ms", "sched p99", "srv CPU", "mysqld",
                "client", "errors");
        out.printf(ROW, "", "", "", "ack", "ack", "ack", "ms", "s/10k", "s/10k", "s/10k", "");
    }

    static void row(PrintStream out, Measurement m) {
        LoadResult r = m.result();
        out.printf(ROW, m.server(), m.load(), String.format("%.0f", r.rate()), ms(LoadResult.ms(r.ack(), 50)),
                ms(LoadResult.ms(r.ack(), 99)), ms(LoadResult.maxMs(r.ack())),
                ms(LoadResult.ms(r.fromSchedule(), 99)), num(m.serverCpuPer10k()), num(m.databaseCpuPer10k()),
                num(m.clientCpuPer10k()), errors(r));
        if (m.extra() != null) {
            out.printf("    %s: n=%d p50 %s ms, p99 %s ms, max %s ms%n", m.extraLabel(), m.extra().getTotalCount(),
                    ms(LoadResult.ms(m.extra(), 50)), ms(LoadResult.ms(m.extra(), 99)),
                    ms(LoadResult.maxMs(m.extra())));
        }
    }

    void print(PrintStream out) {
        out.println();
        out.println("== Results (" + rows.size() + " runs)");
        header(out);
        rows.forEach(m -> row(out, m));
        out.println();
        out.println("== Targets");
        int width = targets.stream().mapToInt(t -> t[0].length()).max().orElse(10);
        int figureWidth = targets.stream().mapToInt(t -> t[1].length()).max().orElse(10);
        for (String[] t : targets) {
            out.printf("%-" + width + "s  %-" + figureWidth + "s  %s%n", t[0], t[1], t[2]);
        }
    }

    private static String errors(LoadResult r) {
        if (r.errors().isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder().append(r.errorCount()).append(" (");
        String sep = "";
        for (Map.Entry<String, Long> e : r.errors().entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    private static String ms(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value < 10 ? String.format("%.2f", value) : String.format("%.0f", value);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.3f", value);
    }
}
