package id.wadul.routes.flow;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * A new complaint's assignment: its category, urgency and the units it goes to ({@link Responsibilities}),
 * and why ({@code categoryRule}, {@code unitRule}): the classifier's result, overridden by the desk operator's
 * choices. When the classifier is not confident and nobody chose the category or units, it goes to the triage
 * desk (a desk call's kecamatan is where, not a choice of route). An urgent complaint also goes at once to the
 * emergency units its category names in categories.yaml (unless the operator chose the units), confident or not.
 */
record Assignment(String category, String categoryName, boolean urgent, boolean triage, List<Unit> units,
        PlaceRef place, String categoryRule, String unitRule) {

    /** Kecamatan and desa, codes and names; any may be null. */
    record PlaceRef(String kecamatanCode, String kecamatanName, String desaCode, String desaName) {

        static final PlaceRef NONE = new PlaceRef(null, null, null, null);

        String describe() {
            if (kecamatanCode == null) {
                return "unknown";
            }
            return kecamatanName + " (" + kecamatanCode + ")" + (desaCode == null ? "" : ", " + desaName + " (" + desaCode + ")");
        }
    }

    List<String> unitCodes() {
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.code()));
        return List.copyOf(codes);
    }

    static Assignment decide(NewComplaint c, Analysis a, Responsibilities table, PlaceRef place, String categoryName,
            List<String> emergency) {
        Assignment routed = route(c, a, table, place, categoryName);
        if (!routed.urgent() || emergency.isEmpty() || !c.unitOverride().isEmpty()) {
            return routed;
        }
        List<Unit> units = new ArrayList<>(routed.units());
        List<String> added = new ArrayList<>();
        for (String code : emergency) {
            table.unit(code).filter(u -> !units.contains(u)).ifPresent(u -> {
                units.add(u);
                added.add(u.code());
            });
        }
        if (added.isEmpty()) {
            return routed;
        }
        return new Assignment(routed.category(), categoryName, true, routed.triage(), List.copyOf(units), place,
                routed.categoryRule(), routed.unitRule() + "; urgent: emergency units of " + routed.category() + " "
                        + added);
    }

    private static Assignment route(NewComplaint c, Analysis a, Responsibilities table, PlaceRef place,
            String categoryName) {
        String category = c.categoryOverride() != null ? c.categoryOverride() : a.category();
        boolean urgent = c.urgent() || a.urgent();
        String categoryRule = c.categoryOverride() != null
                ? "operator " + c.operator() + " chose category " + category
                : a.rule();
        if (!c.unitOverride().isEmpty()) {
            List<Unit> units = new ArrayList<>();
            for (String code : c.unitOverride()) {
                units.add(table.unit(code).orElseThrow(() -> new IllegalArgumentException("unknown unit " + code)));
            }
            return new Assignment(category, categoryName, urgent, false, List.copyOf(units), place, categoryRule,
                    "operator " + c.operator() + " chose units " + c.unitOverride());
        }
        // the operator's category is a decision; a kecamatan alone is the place, not a decision (issue 11)
        if (c.categoryOverride() == null && !a.confident()) {
            // an urgent complaint never waits in triage alone: it goes to the best-guess units at once as well
            List<Unit> units = new ArrayList<>(List.of(table.triage()));
            if (urgent) {
                table.unitsFor(category, place.kecamatanCode()).stream().filter(u -> !units.contains(u))
                        .forEach(units::add);
            }
            return new Assignment(category, categoryName, urgent, true, List.copyOf(units), place, categoryRule,
                    "not confident (score " + a.score() + "): triage desk" + (units.size() > 1
                            ? ", urgent: also best guess " + category + " x "
                                    + (place.kecamatanCode() == null ? "*" : place.kecamatanCode()) : ""));
        }
        List<Unit> units = table.unitsFor(category, place.kecamatanCode());
        if (units.isEmpty()) {
            return new Assignment(category, categoryName, urgent, true, List.of(table.triage()), place, categoryRule,
                    "no unit for " + category + " x " + place.kecamatanCode() + ": triage desk");
        }
        return new Assignment(category, categoryName, urgent, false, units, place, categoryRule,
                "routing.yaml " + category + " x " + (place.kecamatanCode() == null ? "*" : place.kecamatanCode()));
    }
}
