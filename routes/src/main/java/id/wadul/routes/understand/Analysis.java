package id.wadul.routes.understand;

import java.util.List;
import java.util.Optional;

/**
 * Everything the rules decided about one complaint text.
 *
 * @param units the units to forward to: routing.yaml's for the category and kecamatan when
 *              confident, otherwise just the triage unit
 * @param rule     a short English description of the decision, for the ticket's audit trail
 * @param decision which part decided the category (rules or model), with what confidence and why
 */
public record Analysis(String normalisedText, String category, String categoryName, boolean urgent, boolean confident,
        double score, List<String> matched, Optional<Place> place, List<Unit> units, String rule, Decision decision) {

    public Analysis {
        matched = List.copyOf(matched);
        units = List.copyOf(units);
    }

    /** A decision of the rules alone. */
    public Analysis(String normalisedText, String category, String categoryName, boolean urgent, boolean confident,
            double score, List<String> matched, Optional<Place> place, List<Unit> units, String rule) {
        this(normalisedText, category, categoryName, urgent, confident, score, matched, place, units, rule,
                new Decision(category, confident, Decision.RULES, Double.NaN, "", null));
    }
}
