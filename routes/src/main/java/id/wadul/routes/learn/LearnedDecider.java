package id.wadul.routes.learn;

import id.wadul.routes.understand.Classification;
import id.wadul.routes.understand.Decider;
import id.wadul.routes.understand.Decision;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One decision from the rules and the current model. Without a model, or with one that no held-out decisions
 * calibrated (too few labels yet), the rules decide exactly as they do alone. Otherwise the model's best category
 * is confident when its probability reaches the threshold calibrated for the configured share: the threshold of
 * the decisions where the rules were confident of the same category ("rules" decided, the model agreeing), else
 * the threshold of the model alone ("model" decided). The model is replaced whole ({@link #refresh()}), never
 * changed in place, so a decision in progress keeps the model it started with.
 */
public final class LearnedDecider implements Decider {

    private final AtomicReference<TrainedModel> current;
    private final UnaryOperator<TrainedModel> update;
    private final Duration period;

    /**
     * @param initial the model to start with, or null
     * @param update  given the current model (or null), returns the next one (the same when nothing changed)
     * @param period  how often to update; null or zero: never
     */
    public LearnedDecider(TrainedModel initial, UnaryOperator<TrainedModel> update, Duration period) {
        this.current = new AtomicReference<>(initial);
        this.update = update;
        this.period = period;
    }

    /** A decider with a fixed model (or none), never updated. */
    public static LearnedDecider fixed(TrainedModel model) {
        return new LearnedDecider(model, m -> m, null);
    }

    public Optional<TrainedModel> model() {
        return Optional.ofNullable(current.get());
    }

    public void replace(TrainedModel model) {
        current.set(model);
    }

    @Override
    public void refresh() {
        TrainedModel before = current.get();
        TrainedModel after = update.apply(before);
        if (after != before) {
            current.compareAndSet(before, after);
        }
    }

    @Override
    public Optional<Duration> refreshPeriod() {
        return period == null || period.isZero() ? Optional.empty() : Optional.of(period);
    }

    @Override
    public Decision decide(String normalisedText, Classification rules) {
        TrainedModel m = current.get();
        if (m == null) {
            return Decision.byRules(rules);
        }
        TrainedModel.Prediction p = m.predict(Features.of(normalisedText, rules));
        String said = p.category() + " p=" + fmt(p.probability());
        if (!m.calibrated()) {
            return new Decision(rules.category(), rules.confident(), Decision.RULES, p.probability(),
                    "model " + m.describe() + " says " + said + ", not calibrated yet (too few labels for "
                            + fmt(m.share()) + "); rules decide", m.describe());
        }
        boolean agree = rules.confident() && p.category().equals(rules.category());
        double threshold = agree && !Double.isNaN(m.agreeThreshold()) ? m.agreeThreshold() : m.aloneThreshold();
        boolean confident = !Double.isNaN(threshold) && p.probability() >= threshold;
        String against = Double.isNaN(threshold) ? "no calibrated threshold"
                : (confident ? ">= " : "< ") + fmt(threshold) + " calibrated for " + fmt(m.share());
        return new Decision(p.category(), confident, agree ? Decision.RULES : Decision.MODEL, p.probability(),
                (agree ? "rules and model " + m.describe() + " agree: " : "model " + m.describe() + ": ") + said + " "
                        + against, m.describe());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
