package id.wadul.routes.understand;

import java.util.List;

/**
 * What {@link Classifier} decided.
 *
 * @param category  category code; {@code lainnya} when nothing matched
 * @param score     the winning category's score (sum of the weights that fired)
 * @param confident false when the score is under the threshold or the runner-up is too close: triage
 * @param urgent    an urgent keyword or phrase fired (in any category)
 * @param matched   the winning category's keywords and phrases that fired, as configured (a typo match is
 *                  written {@code keyword~typed}), then {@code urgent:<term>} for each urgent term and
 *                  {@code not-urgent:<phrase>} for each phrase that cancelled urgency: the rule recorded on the ticket
 */
public record Classification(String category, double score, boolean confident, boolean urgent, List<String> matched) {

    public Classification {
        matched = List.copyOf(matched);
    }
}
