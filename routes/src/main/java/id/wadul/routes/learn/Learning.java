package id.wadul.routes.learn;

import id.wadul.routes.understand.ComplaintAnalyzer;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the learned routing for the server: the stored model, if any, and its retraining from the labels. */
public final class Learning {

    private static final Logger LOG = LoggerFactory.getLogger(Learning.class);

    private Learning() {
    }

    /**
     * The analyzer deciding with the rules and the stored model, its location matcher with the place names the office
     * taught ({@link PlaceLearning}); its decider retrains (on {@code refresh}, every
     * {@code learn.retrain.period} and once at start: see {@code LearningRoutes}) when the labels changed.
     */
    public static ComplaintAnalyzer start(LearnSettings settings, SqlSessionFactory sessions, ComplaintAnalyzer rules) {
        ModelStore store = new ModelStore(settings.dataDir());
        TrainedModel stored = store.load().orElse(null);
        PlaceLearning.apply(sessions, rules.locations());
        LOG.info(stored == null ? "No learned model yet: the rules decide alone until there are labels"
                : "Learned model " + stored.describe() + " loaded from " + store.file());
        Retrainer retrainer = new Retrainer(sessions, Examples.of(rules), ClassifyModes.known(rules),
                new Trainer(settings.confidence()), store);
        return rules.withDecider(new LearnedDecider(stored, retrainer, settings.retrainPeriod()));
    }
}
