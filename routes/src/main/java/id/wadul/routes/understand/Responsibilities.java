package id.wadul.routes.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which unit is responsible for which complaints where, from {@code conf/routing.yaml} (format in
 * conf/README.md; the file keeps its name): the units with their officers, the file's {@code routes} entries
 * ({@link Responsibility}: category x kecamatan -> units), a default per category and the triage unit. Not a
 * Camel route (those are the {@code camel.*Routes}) nor the gateway's SMPP {@code OutboundLinks}.
 *
 * <p>{@link #unitsFor} takes the routes for the category and that kecamatan; without any, the routes for
 * the category with kecamatan {@code *}; without any, the category's default; without one, the triage unit.
 * It never returns an empty list. Loading validates everything and names the offending entry.
 *
 * <p>The application's table lives in the database (routing.yaml is its first-run import and an export): this
 * object is a facade over an immutable table that {@link #replaceWith} swaps when the console changes it, so
 * the flow's beans keep the one object they were given. One officer number may belong to several units.
 */
public final class Responsibilities {

    public static final String FILE = "routing.yaml";
    public static final String ANY = "*";

    /** The table in force; replaced whole ({@link #replaceWith}) when the console changes the database's tables. */
    private volatile Table table;

    /** One {@code routes} entry of routing.yaml; {@code kecamatanCode} is {@value #ANY} for any kecamatan. */
    public record Responsibility(String category, String kecamatanCode, List<Unit> units) {

        public Responsibility {
            units = List.copyOf(units);
        }
    }

    /** An immutable routing table; a person (officer number) may belong to several units. */
    private record Table(Map<String, Unit> units, List<Responsibility> routes, Map<String, List<Unit>> defaults,
            Unit triage, Map<String, List<Unit>> unitsByOfficer) {
    }

    public Responsibilities(List<Unit> units, List<Responsibility> routes, Map<String, List<Unit>> defaults, Unit triage) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        Map<String, List<Unit>> byOfficer = new HashMap<>();
        for (Unit unit : units) {
            if (byCode.put(key(unit.code()), unit) != null) {
                throw new IllegalArgumentException("duplicate unit code '" + unit.code() + "'");
            }
            for (Officer officer : unit.officers()) {
                List<Unit> of = byOfficer.computeIfAbsent(normaliseNumber(officer.number()), n -> new ArrayList<>());
                if (!of.contains(unit)) {
                    of.add(unit);
                }
            }
        }
        byOfficer.replaceAll((n, list) -> List.copyOf(list));
        Map<String, List<Unit>> d = new LinkedHashMap<>();
        defaults.forEach((k, v) -> d.put(k, List.copyOf(v)));
        this.table = new Table(Collections.unmodifiableMap(byCode), List.copyOf(routes),
                Collections.unmodifiableMap(d), triage, Map.copyOf(byOfficer));
    }

    /**
     * From now on answers as {@code fresh} does (the flow's callers keep this object): how a change of the
     * routing tables in the database is applied without a restart. Each call of this object's methods reads one
     * table, never a mix of the old and the new.
     */
    public void replaceWith(Responsibilities fresh) {
        this.table = fresh.table;
    }

    public static Responsibilities load(Path confDir, Region region) {
        Path file = confDir.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(root, region, file.getFileName().toString());
    }

    static Responsibilities parse(JsonNode root, Region region, String fileName) {
        if (root == null || !root.path("units").isArray()) {
            throw new IllegalArgumentException(fileName + ": a 'units' list is required");
        }
        List<Unit> units = new ArrayList<>();
        Map<String, Unit> byCode = new HashMap<>();
        int index = 0;
        for (JsonNode node : root.path("units")) {
            String where = fileName + ": units[" + index++ + "]";
            String code = required(node, "code", where);
            where += " (" + code + ")";
            List<Officer> officers = new ArrayList<>();
            int o = 0;
            for (JsonNode officer : node.path("officers")) {
                String at = where + ".officers[" + o++ + "]";
                String number = required(officer, "number", at);
                if (!normaliseNumber(number).matches("62\\d{7,13}")) {
                    throw new IllegalArgumentException(at + ": '" + number + "' is not a phone number like 6281234567890");
                }
                officers.add(new Officer(officer.path("name").asText(""), normaliseNumber(number)));
            }
            String sees = node.path("seesCitizenNumber").asText("never");
            Unit.Visibility visibility;
            try {
                visibility = Unit.Visibility.valueOf(sees.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": seesCitizenNumber must be never, urgent or always, not '"
                        + sees + "'");
            }
            Unit unit = new Unit(code, node.path("name").asText(code), officers, visibility);
            if (byCode.put(key(code), unit) != null) {
                throw new IllegalArgumentException(where + ": duplicate unit code '" + code + "'");
            }
            units.add(unit);
        }
        String triageCode = root.path("triage").asText("");
        Unit triage = byCode.get(key(triageCode));
        if (triage == null) {
            throw new IllegalArgumentException(fileName + ": triage: unknown unit code '" + triageCode + "'");
        }
        List<Responsibility> routes = new ArrayList<>();
        index = 0;
        for (JsonNode node : root.path("routes")) {
            String where = fileName + ": routes[" + index++ + "]";
            String category = required(node, "category", where);
            String kecamatan = node.path("kecamatan").asText(ANY).strip();
            String entry = where + " (" + category + ", kecamatan " + kecamatan + ")";
            String kecamatanCode = kecamatan.equals(ANY) ? ANY : region.kecamatan(kecamatan)
                    .or(() -> region.kecamatanNamed(kecamatan)).map(Kecamatan::code)
                    .orElseThrow(() -> new IllegalArgumentException(entry + ": unknown kecamatan '" + kecamatan
                            + "' in " + region.name() + " (use a name or code from idn-area/districts.csv, or *)"));
            routes.add(new Responsibility(category, kecamatanCode, unitList(node.path("units"), byCode, entry + ".units")));
        }
        Map<String, List<Unit>> defaults = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("defaults").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            defaults.put(e.getKey(), unitList(e.getValue(), byCode, fileName + ": defaults." + e.getKey()));
        }
        return new Responsibilities(units, routes, defaults, triage);
    }

    private static List<Unit> unitList(JsonNode node, Map<String, Unit> byCode, String where) {
        List<String> codes = new ArrayList<>();
        if (node.isTextual()) {
            codes.add(node.asText());
        } else {
            node.forEach(n -> codes.add(n.asText()));
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(where + ": at least one unit code is required");
        }
        List<Unit> units = new ArrayList<>();
        for (String code : codes) {
            Unit unit = byCode.get(key(code));
            if (unit == null) {
                throw new IllegalArgumentException(where + ": unknown unit code '" + code + "'");
            }
            units.add(unit);
        }
        return units;
    }

    private static String required(JsonNode node, String field, String where) {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + ": '" + field + "' is required");
        }
        return value;
    }

    private static String key(String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    }

    /** "+62 812-3456-7890" and "081234567890" become "6281234567890". */
    public static String normaliseNumber(String number) {
        String digits = number == null ? "" : number.replaceAll("\\D", "");
        return digits.startsWith("0") ? "62" + digits.substring(1) : digits;
    }

    /** The units for a category in a kecamatan (null: unknown place); never empty (triage at worst). */
    public List<Unit> unitsFor(String category, String kecamatanCode) {
        Table t = table;
        List<Unit> found = collect(t, category, kecamatanCode);
        if (found.isEmpty()) {
            found = collect(t, category, ANY);
        }
        if (found.isEmpty()) {
            found = t.defaults().getOrDefault(category, List.of());
        }
        return found.isEmpty() ? List.of(t.triage()) : found;
    }

    private static List<Unit> collect(Table t, String category, String kecamatanCode) {
        if (kecamatanCode == null) {
            return List.of();
        }
        List<Unit> found = new ArrayList<>();
        for (Responsibility route : t.routes()) {
            if (route.category().equals(category) && route.kecamatanCode().equals(kecamatanCode)) {
                route.units().stream().filter(u -> !found.contains(u)).forEach(found::add);
            }
        }
        return found;
    }

    public Unit triage() {
        return table.triage();
    }

    /** The unit with this code, ignoring case. */
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(table.units().get(key(code)));
    }

    public List<Unit> units() {
        return List.copyOf(table.units().values());
    }

    /** The categories that have a default in the table. */
    public Set<String> defaultCategories() {
        return Set.copyOf(table.defaults().keySet());
    }

    /** Each category's default units, in the table's order. */
    public Map<String, List<Unit>> defaults() {
        return table.defaults();
    }

    public List<Responsibility> entries() {
        return table.routes();
    }

    /** The units of the officer with this number (any common spelling of it); empty if not registered. */
    public List<Unit> unitsOfOfficer(String number) {
        return table.unitsByOfficer().getOrDefault(normaliseNumber(number), List.of());
    }

    /** The first unit of the officer with this number, if the number is registered (see {@link #unitsOfOfficer}). */
    public Optional<Unit> unitOfOfficer(String normalisedNumber) {
        return unitsOfOfficer(normalisedNumber).stream().findFirst();
    }
}
