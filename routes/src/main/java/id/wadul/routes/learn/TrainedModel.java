package id.wadul.routes.learn;

import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.time.Instant;
import java.util.List;

/**
 * A trained model with what it needs to decide: the vocabulary, LIBLINEAR's logistic regression, the category
 * codes by label number, and the calibrated thresholds. Immutable; shared by threads (LIBLINEAR's prediction
 * only reads the model).
 *
 * @param version        1, 2, ... one more at each retraining
 * @param examples       the labelled texts it was trained on
 * @param lastLabel      the highest label id it saw (0 when trained from a file): with {@code examples}, tells
 *                       whether the labels changed since
 * @param share          the share of right decisions the thresholds were calibrated for
 * @param agreeThreshold the least probability for a confident decision when the rules were confident of the same
 *                       category; NaN: none reached the share
 * @param aloneThreshold the same for every other decision
 */
public record TrainedModel(long version, int examples, long lastLabel, Instant trainedAt, double share,
        double agreeThreshold, double aloneThreshold, List<String> categories, Vocabulary vocabulary, Model model) {

    /** The model's best category and its probability. */
    public record Prediction(String category, double probability) {
    }

    public TrainedModel {
        categories = List.copyOf(categories);
    }

    public Prediction predict(List<String> features) {
        double[] p = new double[model.getNrClass()];
        Linear.predictProbability(model, vocabulary.vector(features), p);
        int[] labels = model.getLabels();
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Prediction(categories.get(labels[best]), p[best]);
    }

    /** Whether any decision of this model can be confident. */
    public boolean calibrated() {
        return !Double.isNaN(agreeThreshold) || !Double.isNaN(aloneThreshold);
    }

    /** "v3, 1200 examples". */
    public String describe() {
        return "v" + version + ", " + examples + " examples";
    }
}
