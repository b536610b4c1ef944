package id.wadul.routes.desk;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Classifier;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Place;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Unit;
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
    private final Map<String, String> units = new LinkedHashMap<>();

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
        for (Unit u : analyzer.responsibilities().units()) {
            units.put(u.code(), u.name());
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

    @Override
    public Map<String, String> units() {
        return units;
    }

    @Override
    public Suggestion suggest(String text, String kecamatanCode, String desaCode) {
        Analysis a = analyzer.analyze(text);
        PlaceSearch.Entry kecamatan = places.kecamatanByCode(kecamatanCode).orElse(null);
        PlaceSearch.Entry desa = kecamatan == null ? null : places.villageIn(kecamatanCode, desaCode).orElse(null);
        List<Unit> routed = a.units();
        if (kecamatan == null) {
            Place found = a.place().orElse(null);
            if (found != null) {
                kecamatan = new PlaceSearch.Entry(found.kecamatanCode(), found.kecamatanName());
                desa = found.desaCode() == null ? null : new PlaceSearch.Entry(found.desaCode(), found.desaName());
            }
        } else if (a.confident()) {
            // the operator's place decides the route, as the flow does with NewComplaint.kecamatanCode
            routed = analyzer.responsibilities().unitsFor(a.category(), kecamatan.code());
        }
        List<UnitChoice> unitList = routed.stream().map(u -> new UnitChoice(u.code(), u.name())).toList();
        return new Suggestion(a.category(), a.categoryName(), a.urgent(), a.confident(), unitList, kecamatan, desa,
                a.rule());
    }
}
