package id.wadul.routes.learn;

import id.wadul.sql.label.LabelCount;
import id.wadul.sql.label.LabelMapper;
import id.wadul.sql.label.LabelRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retrains the model when the labels in the database changed (added or removed) since the last training, keeps
 * the new model in the {@link ModelStore} and hands it to the {@link LearnedDecider} (whose {@code refresh} calls
 * this). Labels of a category no longer in categories.yaml are left out. A failure (the database is down) keeps
 * the current model and is tried again at the next period.
 */
public final class Retrainer implements UnaryOperator<TrainedModel> {

    private static final Logger LOG = LoggerFactory.getLogger(Retrainer.class);

    private final SqlSessionFactory sessions;
    private final Examples examples;
    private final Set<String> categories;
    private final Trainer trainer;
    private final ModelStore store;
    /** The labels the current model (or the decision to have none) rests on; null before the first look. */
    private LabelCount seen;

    public Retrainer(SqlSessionFactory sessions, Examples examples, Set<String> categories, Trainer trainer,
            ModelStore store) {
        this.sessions = sessions;
        this.examples = examples;
        this.categories = Set.copyOf(categories);
        this.trainer = trainer;
        this.store = store;
    }

    @Override
    public synchronized TrainedModel apply(TrainedModel current) {
        try (SqlSession session = sessions.openSession(true)) {
            LabelMapper labels = session.getMapper(LabelMapper.class);
            LabelCount count = labels.count();
            if (count.equals(seen) || (seen == null && current != null && current.lastLabel() == count.lastId()
                    && current.examples() == count.count())) {
                seen = count;
                return current;
            }
            if (count.count() == 0 && current == null) {
                seen = count;
                return null;
            }
            long t0 = System.nanoTime();
            List<Example> list = new ArrayList<>(count.count());
            for (LabelRow row : labels.all()) {
                if (categories.contains(row.category())) {
                    list.add(examples.example(row.text(), row.category()));
                }
            }
            long version = current == null ? store.load().map(TrainedModel::version).orElse(0L) + 1
                    : current.version() + 1;
            Optional<TrainedModel> model = trainer.train(list, version, count.lastId());
            seen = count;
            if (model.isEmpty()) {
                LOG.info("{} labels: too few to learn from (at least {} of two categories); the rules decide alone",
                        list.size(), Trainer.MIN_EXAMPLES);
                return null;
            }
            store.save(model.get());
            LOG.info("Model {} trained in {} ms (thresholds: rules agreeing {}, model alone {}) and kept in {}",
                    model.get().describe(), (System.nanoTime() - t0) / 1_000_000, model.get().agreeThreshold(),
                    model.get().aloneThreshold(), store.file());
            return model.get();
        } catch (RuntimeException e) {
            LOG.warn("Retraining failed ({}); the current model stays", e.toString());
            return current;
        }
    }
}
