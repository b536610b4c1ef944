package id.wadul.routes.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains the learned model: L2-regularised logistic regression (LIBLINEAR, {@link SolverType#L2R_LR_DUAL}: the dual solver, faster than the primal one when features outnumber texts, as here) over
 * TF-IDF vectors of {@link Features}, then calibrates it by k-fold cross-validation on the same labels: each
 * fold's texts are decided by a model trained on the others, and {@link Calibration} finds, separately for
 * decisions where the rules were confident of the same category and for all others, the least probability at
 * which such decisions are right at least {@code share} of the time.
 *
 * <p>Why LIBLINEAR: the measurement (TF-IDF and logistic regression) is exactly this learner; its Java port
 * is one 80 kB jar without dependencies (Tribuo's SGD pulls its core, math, protobuf and OLCUT jars; OpenNLP's
 * maxent trains iteratively and slower on many features); it trains 10,000 texts in seconds, gives class
 * probabilities for calibration, and is deterministic for the same input.
 */
public final class Trainer {

    /** Fewer labels than this (or a single category): no model, the rules decide alone. */
    public static final int MIN_EXAMPLES = 20;
    static final int FOLDS = 5;
    /** Held-out decisions a threshold must rest on, at least. */
    static final int MIN_SUPPORT = 10;
    private static final double C = 4.0;
    private static final double EPSILON = 0.1;

    static {
        Linear.disableDebugOutput(); // LIBLINEAR prints to stdout by default: classify's stdout is JSON
    }

    private final double share;

    public Trainer(double share) {
        this.share = share;
    }

    /** The model trained and calibrated on the examples; empty when there are too few or a single category. */
    public Optional<TrainedModel> train(List<Example> examples, long version, long lastLabel) {
        List<String> categories = List.copyOf(new TreeSet<>(examples.stream().map(Example::category).toList()));
        if (examples.size() < MIN_EXAMPLES || categories.size() < 2) {
            return Optional.empty();
        }
        List<Calibration.Scored> agree = new ArrayList<>();
        List<Calibration.Scored> alone = new ArrayList<>();
        List<Integer> order = shuffled(examples.size());
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                (k % FOLDS == fold ? test : train).add(examples.get(order.get(k)));
            }
            TrainedModel m = fit(train, categories, 0, 0, Double.NaN, Double.NaN);
            for (Example e : test) {
                TrainedModel.Prediction p = m.predict(e.features());
                boolean same = e.rulesConfident() && p.category().equals(e.rulesCategory());
                (same ? agree : alone).add(new Calibration.Scored(p.probability(), p.category().equals(e.category())));
            }
        }
        return Optional.of(fit(examples, categories, version, lastLabel,
                Calibration.threshold(agree, share, MIN_SUPPORT), Calibration.threshold(alone, share, MIN_SUPPORT)));
    }

    private TrainedModel fit(List<Example> examples, List<String> categories, long version, long lastLabel,
            double agreeThreshold, double aloneThreshold) {
        List<List<String>> docs = examples.stream().map(Example::features).toList();
        Vocabulary vocabulary = Vocabulary.build(docs, examples.size() >= 1000 ? 2 : 1);
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = vocabulary.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[problem.l][];
        problem.y = new double[problem.l];
        for (int i = 0; i < problem.l; i++) {
            problem.x[i] = vocabulary.vector(docs.get(i));
            problem.y[i] = categories.indexOf(examples.get(i).category());
        }
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, C, EPSILON));
        return new TrainedModel(version, examples.size(), lastLabel, Instant.now(), share, agreeThreshold,
                aloneThreshold, categories, vocabulary, model);
    }

    private static List<Integer> shuffled(int n) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(12));
        return order;
    }
}
