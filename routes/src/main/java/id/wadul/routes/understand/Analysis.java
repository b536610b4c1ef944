package id.wadul.routes.understand;

import java.util.List;
import java.util.Optional;

/**
 * Everything the rules decided about one complaint text.
 *
 * @param units the units to forward to: routing.yaml's for the category and kecamatan when
 *              confident, otherwise just the triage unit
 * @param rule  a short English description of the decision, for the ticket's audit trail
 */
public record Analysis(String normalisedText, String category, String categoryName, boolean urgent, boolean confident,
        double score, List<String> matched, Optional<Place> place, List<Unit> units, String rule) {

    public Analysis {
        matched = List.copyOf(matched);
        units = List.copyOf(units);
    }
}
