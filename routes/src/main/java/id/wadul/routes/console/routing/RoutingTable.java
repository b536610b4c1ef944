package id.wadul.routes.console.routing;

import id.wadul.routes.understand.Kecamatan;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Responsibilities.Responsibility;
import id.wadul.routes.understand.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routing table as the console edits it, by codes: the triage unit, the rules (category x kecamatan code or
 * {@code *} -> unit codes, in order) and each category's default units.
 */
public record RoutingTable(String triage, List<Rule> rules, Map<String, List<String>> defaults) {

    public record Rule(String category, String kecamatan, List<String> units) {

        public Rule {
            units = List.copyOf(units);
        }
    }

    public RoutingTable {
        rules = List.copyOf(rules);
        Map<String, List<String>> d = new LinkedHashMap<>();
        defaults.forEach((k, v) -> d.put(k, List.copyOf(v)));
        defaults = d;
    }

    /** The table a {@link Responsibilities} holds now. */
    public static RoutingTable of(Responsibilities table) {
        List<Rule> rules = new ArrayList<>();
        for (Responsibility r : table.entries()) {
            rules.add(new Rule(r.category(), r.kecamatanCode(), r.units().stream().map(Unit::code).toList()));
        }
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        table.defaults().forEach((c, units) -> defaults.put(c, units.stream().map(Unit::code).toList()));
        return new RoutingTable(table.triage().code(), rules, defaults);
    }

    /**
     * This table over the units of {@code current} (active units only), checked: known units, categories and
     * kecamatan, at least one unit per rule and default. Problems are in Bahasa Indonesia, each naming its row.
     */
    public Responsibilities resolve(Responsibilities current, Set<String> categories, Region region,
            List<String> problems) {
        Optional<Unit> triageUnit = current.unit(triage == null ? "" : triage);
        if (triageUnit.isEmpty()) {
            problems.add("Unit triase '" + triage + "' tidak dikenal atau tidak aktif.");
        }
        List<Responsibility> resolved = new ArrayList<>();
        int row = 0;
        for (Rule rule : rules) {
            String where = "Aturan " + ++row + ": ";
            if (!categories.contains(rule.category())) {
                problems.add(where + "kategori '" + rule.category() + "' tidak dikenal.");
            }
            String kecamatan = rule.kecamatan() == null ? "" : rule.kecamatan().strip();
            Optional<String> code = kecamatan.equals(Responsibilities.ANY) ? Optional.of(Responsibilities.ANY)
                    : region.kecamatan(kecamatan).or(() -> region.kecamatanNamed(kecamatan)).map(Kecamatan::code);
            if (code.isEmpty()) {
                problems.add(where + "kecamatan '" + kecamatan + "' tidak dikenal (pakai nama, kode, atau *).");
            }
            List<Unit> units = units(rule.units(), current, where, problems);
            if (code.isPresent() && !units.isEmpty()) {
                resolved.add(new Responsibility(rule.category(), code.get(), units));
            }
        }
        Map<String, List<Unit>> resolvedDefaults = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> d : defaults.entrySet()) {
            String where = "Bawaan " + d.getKey() + ": ";
            if (!categories.contains(d.getKey())) {
                problems.add(where + "kategori tidak dikenal.");
            }
            List<Unit> units = units(d.getValue(), current, where, problems);
            if (!units.isEmpty()) {
                resolvedDefaults.put(d.getKey(), units);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Responsibilities(current.units(), resolved, resolvedDefaults, triageUnit.get());
    }

    private static List<Unit> units(List<String> codes, Responsibilities current, String where,
            List<String> problems) {
        if (codes == null || codes.isEmpty()) {
            problems.add(where + "pilih minimal satu unit.");
            return List.of();
        }
        List<Unit> units = new ArrayList<>();
        for (String code : codes) {
            Optional<Unit> unit = current.unit(code);
            if (unit.isEmpty()) {
                problems.add(where + "unit '" + code + "' tidak dikenal atau tidak aktif.");
            } else if (!units.contains(unit.get())) {
                units.add(unit.get());
            }
        }
        return units;
    }
}
