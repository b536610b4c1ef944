package id.wadul.routes.learn;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tallies decisions against their labels and prints what an evaluation reports: the share auto-routed, the share
 * of those right and the share right over all, precision at each coverage (decisions sorted by confidence), and
 * the confusion between categories.
 */
final class Scores {

    /** One decision on a labelled text. */
    record Outcome(String label, String category, boolean confident, double confidence) {

        boolean right() {
            return label.equals(category);
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    void add(Outcome o) {
        outcomes.add(o);
    }

    int size() {
        return outcomes.size();
    }

    /** The same tally for the outcomes from {@code from} on. */
    Scores from(int from) {
        Scores s = new Scores();
        outcomes.subList(Math.min(from, outcomes.size()), outcomes.size()).forEach(s::add);
        return s;
    }

    /** "auto-routed 70.1% (701 of 1000), right 92.3% of those, right over all 81.2%". */
    String summary() {
        int n = outcomes.size();
        long routed = outcomes.stream().filter(Outcome::confident).count();
        long routedRight = outcomes.stream().filter(o -> o.confident() && o.right()).count();
        long right = outcomes.stream().filter(Outcome::right).count();
        // over all: a triaged text ends right too (triage sorts it); counted right over all only when auto-routed
        // right, as the figures are (56% = 72% of 63%)
        return String.format(Locale.ROOT, "auto-routed %s (%d of %d), right %s of those, right over all %s,"
                + " best category right %s", pct(routed, n), routed, n, pct(routedRight, routed),
                pct(routedRight, n), pct(right, n));
    }

    /** Precision of the most confident 10%, 20%, ... 100% of the decisions. */
    void printCoverage(PrintStream out) {
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingDouble(Outcome::confidence).reversed());
        out.println("coverage  precision  confidence >=");
        for (int step = 1; step <= 10; step++) {
            int n = (int) Math.round(sorted.size() * step / 10.0);
            if (n == 0) {
                continue;
            }
            long right = sorted.subList(0, n).stream().filter(Outcome::right).count();
            out.printf(Locale.ROOT, "%7d%%  %9s  %.3f%n", step * 10, pct(right, n), sorted.get(n - 1).confidence());
        }
    }

    /** Rows: the label; columns: the decided category; only categories that occur. */
    void printConfusion(PrintStream out) {
        TreeSet<String> codes = new TreeSet<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Outcome o : outcomes) {
            codes.add(o.label());
            codes.add(o.category());
            counts.computeIfAbsent(o.label(), k -> new TreeMap<>()).merge(o.category(), 1, Integer::sum);
        }
        List<String> cols = List.copyOf(codes);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-14s", "label \\ said"));
        cols.forEach(c -> head.append(String.format(Locale.ROOT, " %6s", abbreviate(c))));
        out.println(head);
        for (String label : cols) {
            Map<String, Integer> row = counts.getOrDefault(label, Map.of());
            if (row.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", label));
            cols.forEach(c -> line.append(String.format(Locale.ROOT, " %6d", row.getOrDefault(c, 0))));
            out.println(line);
        }
    }

    private static String abbreviate(String code) {
        return code.length() <= 6 ? code : code.substring(0, 6);
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
