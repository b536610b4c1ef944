package id.wadul.routes.understand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which unit is responsible for which complaints where, from {@code conf/routing.yaml} (format in
 * conf/README.md; the file keeps its name): the units with their officers, the file's {@code routes} entries
 * ({@link Responsibility}: category x kecamatan -> units), a default per category and the triage unit. Not a
 * Camel route (those are the {@code camel.*Routes}) nor the gateway's SMPP {@code OutboundLinks}.
 *
 * <p>{@link #unitsFor} takes the routes for the category and that kecamatan; without any, the routes for
 * the category with kecamatan {@code *}; without any, the category's default; without one, the triage unit.
 * It never returns an empty list. Loading validates everything and names the offending entry.
 */
public final class Responsibilities {

    public static final String FILE = "routing.yaml";
    public static final String ANY = "*";

    private final Map<String, Unit> units;
    private final List<Responsibility> routes;
    private final Map<String, List<Unit>> defaults;
    private final Unit triage;
    private final Map<String, Unit> unitByOfficer;

    /** One {@code routes} entry of routing.yaml; {@code kecamatanCode} is {@value #ANY} for any kecamatan. */
    public record Responsibility(String category, String kecamatanCode, List<Unit> units) {

        public Responsibility {
            units = List.copyOf(units);
        }
    }

    public Responsibilities(List<Unit> units, List<Responsibility> routes, Map<String, List<Unit>> defaults, Unit triage) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        Map<String, Unit> byOfficer = new HashMap<>();
        for (Unit unit : units) {
            if (byCode.put(key(unit.code()), unit) != null) {
                throw new IllegalArgumentException("duplicate unit code '" + unit.code() + "'");
            }
            for (Officer officer : unit.officers()) {
                Unit other = byOfficer.put(normaliseNumber(officer.number()), unit);
                if (other != null && other != unit) {
                    throw new IllegalArgumentException("officer number " + officer.number() + " is in both units '"
                            + other.code() + "' and '" + unit.code() + "': one number, one unit");
                }
            }
        }
        this.units = byCode;
        this.unitByOfficer = byOfficer;
        this.routes = List.copyOf(routes);
        Map<String, List<Unit>> d = new LinkedHashMap<>();
        defaults.forEach((k, v) -> d.put(k, List.copyOf(v)));
        this.defaults = d;
        this.triage = triage;
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
        List<Unit> found = collect(category, kecamatanCode);
        if (found.isEmpty()) {
            found = collect(category, ANY);
        }
        if (found.isEmpty()) {
            found = defaults.getOrDefault(category, List.of());
        }
        return found.isEmpty() ? List.of(triage) : found;
    }

    private List<Unit> collect(String category, String kecamatanCode) {
        if (kecamatanCode == null) {
            return List.of();
        }
        List<Unit> found = new ArrayList<>();
        for (Responsibility route : routes) {
            if (route.category().equals(category) && route.kecamatanCode().equals(kecamatanCode)) {
                route.units().stream().filter(u -> !found.contains(u)).forEach(found::add);
            }
        }
        return found;
    }

    public Unit triage() {
        return triage;
    }

    /** The unit with this code, ignoring case. */
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(key(code)));
    }

    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    /** The categories that have a default in the table. */
    public java.util.Set<String> defaultCategories() {
        return java.util.Set.copyOf(defaults.keySet());
    }

    public List<Responsibility> entries() {
        return routes;
    }

    /** The unit of the officer with this number (any common spelling of it), if the number is registered. */
    public Optional<Unit> unitOfOfficer(String normalisedNumber) {
        return Optional.ofNullable(unitByOfficer.get(normaliseNumber(normalisedNumber)));
    }
}
