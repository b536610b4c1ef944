package id.wadul.routes.learn;

import id.wadul.routes.understand.Classification;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Decision;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code classify --eval FILE}: k-fold cross-validation of the rules and the learned decision on labelled texts,
 * without a database or a stored model. Each fold is decided by a model trained (and calibrated) on the other
 * folds only; the rules alone are scored on every text. Prints both summaries, precision at each coverage and the
 * confusion between categories.
 */
public final class Evaluation {

    static final int FOLDS = 5;

    /** A labelled text with what the rules made of it, computed once. */
    record Item(String label, String normalised, Classification rules, Example example) {
    }

    private final ComplaintAnalyzer analyzer;
    private final double share;

    public Evaluation(ComplaintAnalyzer analyzer, double share) {
        this.analyzer = analyzer;
        this.share = share;
    }

    Item item(String text, String label) {
        String normalised = analyzer.normaliser().normalise(text);
        Classification rules = analyzer.classifier().classify(normalised);
        return new Item(label, normalised, rules,
                new Example(label, Features.of(normalised, rules), rules.category(), rules.confident()));
    }

    public void run(List<LabelFile.Label> labels, PrintStream out) {
        List<Item> items = new ArrayList<>(labels.size());
        labels.forEach(l -> items.add(item(l.text(), l.category())));
        Collections.shuffle(items, new Random(7));
        Scores rules = new Scores();
        Scores learned = new Scores();
        Trainer trainer = new Trainer(share);
        long t0 = System.nanoTime();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> train = new ArrayList<>();
            List<Item> test = new ArrayList<>();
            for (int k = 0; k < items.size(); k++) {
                if (k % FOLDS == fold) {
                    test.add(items.get(k));
                } else {
                    train.add(items.get(k).example());
                }
            }
            LearnedDecider decider = LearnedDecider.fixed(trainer.train(train, fold + 1, 0).orElse(null));
            for (Item i : test) {
                rules.add(new Scores.Outcome(i.label(), i.rules().category(), i.rules().confident(), i.rules().score()));
                Decision d = decider.decide(i.normalised(), i.rules());
                double confidence = Double.isNaN(d.confidence()) ? (d.confident() ? 1 : 0) : d.confidence();
                learned.add(new Scores.Outcome(i.label(), d.category(), d.confident(), confidence));
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.printf(Locale.ROOT, "%d labelled texts, %d-fold cross-validation, confident = at least %.0f%% right "
                + "(calibrated), %d ms%n", items.size(), FOLDS, share * 100, ms);
        out.println("rules alone:    " + rules.summary());
        out.println("rules + model:  " + learned.summary());
        out.println();
        out.println("rules + model, precision at each coverage (most confident first):");
        learned.printCoverage(out);
        out.println();
        out.println("rules + model, confusion (every decision, confident or not):");
        learned.printConfusion(out);
        out.flush();
    }
}
