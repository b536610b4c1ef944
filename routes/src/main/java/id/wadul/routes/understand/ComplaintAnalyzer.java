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
    private final Decider decider;

    /** The rules alone. */
    public ComplaintAnalyzer(TextNormaliser normaliser, LocationMatcher locations, Classifier classifier,
            Responsibilities responsibilities) {
        this(normaliser, locations, classifier, responsibilities, Decider.RULES);
    }

    /** The rules' classification goes through the decider (e.g. the learned one) for the category decision. */
    public ComplaintAnalyzer(TextNormaliser normaliser, LocationMatcher locations, Classifier classifier,
            Responsibilities responsibilities, Decider decider) {
        this.normaliser = normaliser;
        this.locations = locations;
        this.classifier = classifier;
        this.responsibilities = responsibilities;
        this.decider = decider;
    }

    /** The same analyzer with another decider. */
    public ComplaintAnalyzer withDecider(Decider other) {
        return new ComplaintAnalyzer(normaliser, locations, classifier, responsibilities, other);
    }

    /** Loads shorthand.properties, categories.yaml and routing.yaml from confDir for the regency (35.22 or 3522). */
    public static ComplaintAnalyzer load(Path confDir, String regencyCode) {
        Region region = Region.load(regencyCode);
        Classifier classifier = Classifier.load(confDir);
        Responsibilities responsibilities = Responsibilities.load(confDir, region);
        checkCategories(classifier, responsibilities);
        return new ComplaintAnalyzer(TextNormaliser.load(confDir), new LocationMatcher(region), classifier, responsibilities);
    }

    /**
     * A routing.yaml entry for a category the classifier never gives, or an emergency unit of categories.yaml that
     * routing.yaml does not have, is a typo: fail at start, not silently.
     */
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
        for (Classifier.Category category : classifier.categories()) {
            for (String unit : category.emergency()) {
                if (responsibilities.unit(unit).isEmpty()) {
                    throw new IllegalArgumentException(Classifier.FILE + ": category '" + category.code()
                            + "': emergency: unknown unit '" + unit + "' (not a unit of " + Responsibilities.FILE
                            + ")");
                }
            }
        }
    }

    public Analysis analyze(String rawText) {
        String text = normaliser.normalise(rawText);
        Classification c = classifier.classify(text);
        Decision d = decider.decide(text, c);
        Optional<Place> place = locations.find(text);
        String kecamatanCode = place.map(Place::kecamatanCode).orElse(null);
        List<Unit> units = d.confident() ? responsibilities.unitsFor(d.category(), kecamatanCode) : List.of(responsibilities.triage());
        return new Analysis(text, d.category(), classifier.categoryName(d.category()), c.urgent(), d.confident(),
                c.score(), c.matched(), place, units, rule(c, d, place, units), d);
    }

    private static String rule(Classification c, Decision d, Optional<Place> place, List<Unit> units) {
        StringBuilder rule = new StringBuilder();
        if (d.model() != null) {
            rule.append(d.why()).append("; rules: ");
        }
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
        rule.append(d.confident() ? "; routed to " : "; to triage ")
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

    public Decider decider() {
        return decider;
    }
}
