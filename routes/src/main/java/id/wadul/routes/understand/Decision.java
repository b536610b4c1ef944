package id.wadul.routes.understand;

/**
 * The category decision on one complaint, by the rules or by the learned model.
 *
 * @param category   the category code
 * @param confident  routed without triage: for a model decision, its calibrated confidence reached the configured
 *                   share on held-out labels
 * @param decidedBy  {@link #RULES} or {@link #MODEL}
 * @param confidence the model's probability of the category; NaN when no model took part
 * @param why        a short English explanation, for the ticket's audit trail
 * @param model      the model that took part ("v3, 1200 examples"), or null
 */
public record Decision(String category, boolean confident, String decidedBy, double confidence, String why,
        String model) {

    public static final String RULES = "rules";
    public static final String MODEL = "model";

    /** The rules' own decision, as wadul makes it without labels. */
    public static Decision byRules(Classification rules) {
        return new Decision(rules.category(), rules.confident(), RULES, Double.NaN, "", null);
    }
}
