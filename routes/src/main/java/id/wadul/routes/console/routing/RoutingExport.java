package id.wadul.routes.console.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import id.wadul.routes.understand.Officer;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing table as routing.yaml (the format conf/README.md describes): the console's download and the
 * {@code routing-export} subcommand. Kecamatan are written as codes; a saved export is a valid first-run import.
 */
public final class RoutingExport {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private RoutingExport() {
    }

    public static String yaml(Responsibilities table) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("triage", table.triage().code());
        List<Object> units = new ArrayList<>();
        for (Unit unit : table.units()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("code", unit.code());
            u.put("name", unit.name());
            u.put("seesCitizenNumber", RoutingTables.visibility(unit));
            List<Object> officers = new ArrayList<>();
            for (Officer o : unit.officers()) {
                Map<String, Object> officer = new LinkedHashMap<>();
                officer.put("name", o.name());
                officer.put("number", o.number());
                officers.add(officer);
            }
            u.put("officers", officers);
            units.add(u);
        }
        root.put("units", units);
        RoutingTable codes = RoutingTable.of(table);
        List<Object> routes = new ArrayList<>();
        for (RoutingTable.Rule r : codes.rules()) {
            Map<String, Object> route = new LinkedHashMap<>();
            route.put("category", r.category());
            route.put("kecamatan", r.kecamatan());
            route.put("units", r.units());
            routes.add(route);
        }
        root.put("routes", routes);
        root.put("defaults", codes.defaults());
        try {
            return "# Exported by wadul from its database (kecamatan as codes). Used only as the first-run import:\n"
                    + "# see conf/README.md.\n" + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("routing table not serialisable", e);
        }
    }
}
