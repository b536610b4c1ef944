package id.wadul.routes.desk;

import java.util.List;
import java.util.Map;

/**
 * What the desk needs to know about the regency and the rules: the places for autocomplete, the category and
 * unit lists for overrides, and the flow's own reading of a text for the live suggestion.
 */
public interface Advisor {

    PlaceSearch places();

    /** Category codes to their names, in display order. */
    Map<String, String> categories();

    /** Unit codes to their names, in display order: the routing table in force (the console changes it). */
    Map<String, String> units();

    /**
     * What the flow would decide for this text.
     *
     * @param kecamatanCode the operator's choice, or null to take what the text says
     * @param desaCode      the operator's choice, or null
     * @param category      the operator's category override, or null: the units are then that category's here
     */
    Suggestion suggest(String text, String kecamatanCode, String desaCode, String category);

    /** A unit by code and name. */
    record UnitChoice(String code, String name) {
    }

    /**
     * The live suggestion.
     *
     * @param confident false when the flow would send it to the triage desk (not sure, and no category chosen)
     * @param kecamatan the place found in the text or chosen, or null
     * @param desa      the village found in the text or chosen, or null
     */
    record Suggestion(String category, String categoryName, boolean urgent, boolean confident, List<UnitChoice> units,
            PlaceSearch.Entry kecamatan, PlaceSearch.Entry desa, String rule) {
    }
}
