package id.wadul.routes.understand;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Normalise, locate, classify and route one complaint text: the single entry point for the flow and the desk. */
public final class ComplaintAnalyzer {

    private final TextNormaliser normaliser;
    private final LocationMatcher locations;
    private final Classifier classifier;
    private final Responsibilities responsibilities;

    public ComplaintAnalyzer(TextNormaliser normaliser, LocationMatcher locations, Classifier classifier,
            Responsibilities responsibilities) {
        this.normaliser = normaliser;
        this.locations = locations;
        this.classifier = classifier;
        this.responsibilities = responsibilities;
    }

    /** Loads shorthand.properties, categories.yaml and routing.yaml from confDir for the regency (35.22 or 3522). */
    public static ComplaintAnalyzer load(Path confDir, String regencyCode) {
        Region region = Region.load(regencyCode);
        Classifier classifier = Classifier.load(confDir);
        Responsibilities responsibilities = Responsibilities.load(confDir, region);
        checkCategories(classifier, responsibilities);
        return new ComplaintAnalyzer(TextNormaliser.load(confDir), new LocationMatcher(region), classifier, responsibilities);
    }

    /** A routing.yaml entry for a category the classifier never gives is a typo: fail at start, not silently. */
    static void checkCategories(Classifier classifier, Responsibilities responsibilities) {
        Set<String> known = classifier.categories().stream().map(Classifier.Category::code).collect(Collectors.toSet());
        for (Responsibilities.Responsibility route : responsibilities.entries()) {
            if (!known.contains(route.category())) {
                throw new IllegalArgumentException(Responsibilities.FILE + ": route for unknown category '"
                        + route.category() + "' (not in " + Classifier.FILE + ")");
            }
        }
        for (String category : responsibilities.defaultCategories()) {
            if (!known.contains(category)) {
                throw new IllegalArgumentException(Responsibilities.FILE + ": defaults: unknown category '" + category
                        + "' (not in " + Classifier.FILE + ")");
            }
        }
    }

    public Analysis analyze(String rawText) {
        String text = normaliser.normalise(rawText);
        Classification c = classifier.classify(text);
        Optional<Place> place = locations.find(text);
        String kecamatanCode = place.map(Place::kecamatanCode).orElse(null);
        List<Unit> units = c.confident() ? responsibilities.unitsFor(c.category(), kecamatanCode) : List.of(responsibilities.triage());
        return new Analysis(text, c.category(), classifier.categoryName(c.category()), c.urgent(), c.confident(),
                c.score(), c.matched(), place, units, rule(c, place, units));
    }

    private static String rule(Classification c, Optional<Place> place, List<Unit> units) {
        StringBuilder rule = new StringBuilder();
        rule.append(c.confident() ? "category " : "not confident (best ").append(c.category())
                .append(" score ").append(c.score());
        if (!c.confident()) {
            rule.append(")");
        }
        if (!c.matched().isEmpty()) {
            rule.append(" by [").append(String.join(", ", c.matched())).append("]");
        }
        if (c.urgent()) {
            rule.append("; urgent");
        }
        rule.append(place.map(p -> "; place kecamatan " + p.kecamatanName()
                + (p.desaName() == null ? "" : ", desa " + p.desaName())).orElse("; place unknown"));
        rule.append(c.confident() ? "; routed to " : "; to triage ")
                .append(units.stream().map(Unit::code).collect(Collectors.joining(", ")));
        return rule.toString();
    }

    public TextNormaliser normaliser() {
        return normaliser;
    }

    public LocationMatcher locations() {
        return locations;
    }

    public Classifier classifier() {
        return classifier;
    }

    public Responsibilities responsibilities() {
        return responsibilities;
    }
}
