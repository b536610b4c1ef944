package id.wadul.routes.desk;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Classifier;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Place;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The desk's {@link Advisor} on the flow's own rules: the same {@link ComplaintAnalyzer} the SMS path uses
 * (category, urgency, confidence, place, routing) and the regency's {@link Region} for the place lists.
 */
public final class AnalyzerAdvisor implements Advisor {

    private final ComplaintAnalyzer analyzer;
    private final PlaceSearch places;
    private final Map<String, String> categories = new LinkedHashMap<>();

    public AnalyzerAdvisor(ComplaintAnalyzer analyzer, Region region) {
        this.analyzer = analyzer;
        List<PlaceSearch.Entry> kecamatan = region.kecamatan().stream()
                .map(k -> new PlaceSearch.Entry(k.code(), k.name())).toList();
        Map<String, List<PlaceSearch.Entry>> villages = region.kecamatan().stream().collect(Collectors.toMap(
                k -> k.code(),
                k -> region.villages(k.code()).stream().map(v -> new PlaceSearch.Entry(v.code(), v.name())).toList()));
        this.places = new PlaceSearch(kecamatan, villages);
        for (Classifier.Category c : analyzer.classifier().categories()) {
            categories.put(c.code(), c.name());
        }
    }

    @Override
    public PlaceSearch places() {
        return places;
    }

    @Override
    public Map<String, String> categories() {
        return categories;
    }

    /** Read from the routing table in force at each call: a console change shows without a restart. */
    @Override
    public Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        for (Unit u : analyzer.responsibilities().units()) {
            units.put(u.code(), u.name());
        }
        return units;
    }

    @Override
    public Suggestion suggest(String text, String kecamatanCode, String desaCode, String category) {
        Analysis a = analyzer.analyze(text);
        PlaceSearch.Entry kecamatan = places.kecamatanByCode(kecamatanCode).orElse(null);
        PlaceSearch.Entry desa = kecamatan == null ? null : places.villageIn(kecamatanCode, desaCode).orElse(null);
        if (kecamatan == null) {
            Place found = a.place().orElse(null);
            if (found != null) {
                kecamatan = new PlaceSearch.Entry(found.kecamatanCode(), found.kecamatanName());
                desa = found.desaCode() == null ? null : new PlaceSearch.Entry(found.desaCode(), found.desaName());
            }
        }
        boolean chosen = category != null && categories.containsKey(category);
        String code = chosen ? category : a.category();
        String name = chosen ? categories.get(category) : a.categoryName();
        boolean confident = chosen || a.confident();
        List<Unit> routed = a.units();
        if (chosen || (a.confident() && kecamatanCode != null && kecamatan != null)) {
            // the operator's category (or the classifier's sure one) x the place decides the route, as in the flow
            routed = analyzer.responsibilities().unitsFor(code, kecamatan == null ? null : kecamatan.code());
        } else if (!confident) {
            // not sure and nobody chose: the triage desk, whatever the place (issue 11); an urgent one also goes
            // to its best-guess units at once, as the flow's Assignment does
            List<Unit> units = new ArrayList<>(List.of(analyzer.responsibilities().triage()));
            if (a.urgent()) {
                analyzer.responsibilities().unitsFor(code, kecamatan == null ? null : kecamatan.code()).stream()
                        .filter(u -> !units.contains(u)).forEach(units::add);
            }
            routed = units;
        }
        List<UnitChoice> unitList = routed.stream().map(u -> new UnitChoice(u.code(), u.name())).toList();
        return new Suggestion(code, name, a.urgent(), confident, unitList, kecamatan, desa,
                chosen ? "operator chose category " + code : a.rule());
    }
}
