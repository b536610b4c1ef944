package id.wadul.routes.understand;

import java.time.Duration;
import java.util.Optional;

/**
 * Turns the rules' classification of a normalised text into the decision the flow acts on. {@link #RULES} is the
 * rules alone (what wadul does without labels); the learned decider ({@code id.wadul.routes.learn}) combines the
 * rules with a model trained on the office's labels.
 */
public interface Decider {

    /** The rules alone: their category, confident when their thresholds say so. */
    Decider RULES = (text, rules) -> Decision.byRules(rules);

    Decision decide(String normalisedText, Classification rules);

    /** Brings the decider up to date (retrains on new labels); the rules alone have nothing to do. */
    default void refresh() {
    }

    /** How often {@link #refresh()} should run; empty when it never needs to. */
    default Optional<Duration> refreshPeriod() {
        return Optional.empty();
    }
}
