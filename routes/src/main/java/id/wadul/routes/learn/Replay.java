package id.wadul.routes.learn;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.ClassifyCommand;
import id.wadul.routes.understand.ComplaintAnalyzer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code classify --replay}: what production with a triage desk does. From the rules alone, each labelled text in
 * order is decided, and its decision printed as {@code classify} prints it (with the label added), before its
 * label is learned; the model is retrained whenever the labels grew by a tenth (at least 10) since the last
 * training, as the periodic retraining does. A summary goes to {@code summary} (stderr).
 */
public final class Replay {

    /** The figures are given for the decisions after this many labels, too. */
    static final int WARM_UP = 1000;

    private final ComplaintAnalyzer analyzer;
    private final double share;

    public Replay(ComplaintAnalyzer analyzer, double share) {
        this.analyzer = analyzer;
        this.share = share;
    }

    /** Returns the number of trainings done. */
    public int run(List<LabelFile.Label> labels, PrintStream out, PrintStream summary) {
        Evaluation prepare = new Evaluation(analyzer, share);
        Trainer trainer = new Trainer(share);
        LearnedDecider decider = LearnedDecider.fixed(null);
        ComplaintAnalyzer current = analyzer.withDecider(decider);
        List<Example> learned = new ArrayList<>();
        Scores scores = new Scores();
        int trainedOn = 0;
        int trainings = 0;
        long t0 = System.nanoTime();
        for (LabelFile.Label label : labels) {
            Analysis a = current.analyze(label.text());
            out.println(ClassifyCommand.json(label.text(), a).put("label", label.category()));
            double confidence = Double.isNaN(a.decision().confidence()) ? 0 : a.decision().confidence();
            scores.add(new Scores.Outcome(label.category(), a.category(), a.confident(), confidence));
            learned.add(prepare.item(label.text(), label.category()).example());
            if (learned.size() >= Trainer.MIN_EXAMPLES && learned.size() - trainedOn >= Math.max(10, trainedOn / 10)) {
                trainings++;
                trainer.train(learned, trainings, 0).ifPresent(decider::replace);
                trainedOn = learned.size();
            }
        }
        out.flush();
        summary.printf("replay of %d labelled texts, %d trainings, %d ms%n", labels.size(), trainings,
                (System.nanoTime() - t0) / 1_000_000);
        summary.println("all:                  " + scores.summary());
        if (labels.size() > WARM_UP) {
            summary.println("after the first " + WARM_UP + ": " + scores.from(WARM_UP).summary());
        }
        summary.flush();
        return trainings;
    }
}
