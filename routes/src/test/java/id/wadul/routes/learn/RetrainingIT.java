package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.routes.camel.LearningRoutes;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Decision;
import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrainingIT {

    private final Database db = TestDatabase.shared();

    @TempDir
    Path data;

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(db);
    }

    private void add(List<LabelFile.Label> labels) {
        try (SqlSession s = db.sqlSessionFactory().openSession(false)) {
            labels.forEach(l -> Labels.add(s, l.text(), l.category(), Labels.Source.IMPORT, null));
            s.commit();
        }
    }

    private static String model(ComplaintAnalyzer analyzer) {
        return ((LearnedDecider) analyzer.decider()).model().map(TrainedModel::describe).orElse(null);
    }

    /** Texts the model routed, the rules disagreeing or unsure. */
    private static long routedByModel(ComplaintAnalyzer analyzer, List<LabelFile.Label> texts) {
        return texts.stream().map(l -> analyzer.analyze(l.text()))
                .filter(a -> a.confident() && a.decision().decidedBy().equals(Decision.MODEL)).count();
    }

    @Test
    void labelsArrivingAreLearnedByTheTimerRouteWithoutARestart() throws Exception {
        LearnSettings settings = new LearnSettings(0.90, Duration.ofMillis(200), data);
        ComplaintAnalyzer analyzer = Learning.start(settings, db.sqlSessionFactory(), LearnFixtures.RULES);
        List<LabelFile.Label> written = LearnFixtures.written();
        List<LabelFile.Label> first = written.subList(0, 600);
        assertThat(routedByModel(analyzer, first)).isZero();

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new LearningRoutes(analyzer.decider()));
            camel.start();
            // the first labels: a model, and the rules' undecided text is routed by it
            add(first);
            await().atMost(Duration.ofSeconds(60)).until(() -> "v1, 600 examples".equals(model(analyzer)));
            assertThat(routedByModel(analyzer, first)).isPositive();

            // more labels: retrained again
            add(written.subList(600, 800));
            await().atMost(Duration.ofSeconds(60)).until(() -> "v2, 800 examples".equals(model(analyzer)));
        }
        // kept: a restart starts from it and does not retrain the same labels
        ComplaintAnalyzer restarted = Learning.start(settings, db.sqlSessionFactory(), LearnFixtures.RULES);
        assertThat(model(restarted)).isEqualTo("v2, 800 examples");
        TrainedModel before = ((LearnedDecider) restarted.decider()).model().orElseThrow();
        restarted.decider().refresh();
        assertThat(((LearnedDecider) restarted.decider()).model()).containsSame(before);
    }

    @Test
    void aRemovedLabelIsForgottenAtTheNextRetraining() {
        LearnSettings settings = new LearnSettings(0.90, Duration.ofMinutes(10), data);
        add(LearnFixtures.written().subList(0, 300));
        ComplaintAnalyzer analyzer = Learning.start(settings, db.sqlSessionFactory(), LearnFixtures.RULES);
        analyzer.decider().refresh();
        assertThat(model(analyzer)).isEqualTo("v1, 300 examples");

        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            long last = s.getMapper(id.wadul.sql.label.LabelMapper.class).count().lastId();
            assertThat(Labels.remove(s, last)).isTrue();
            assertThat(Labels.remove(s, last)).isFalse();
        }
        analyzer.decider().refresh();

        assertThat(model(analyzer)).isEqualTo("v2, 299 examples");
    }

    @Test
    void withoutLabelsTheRulesDecideAloneAndNoModelIsKept() {
        LearnSettings settings = new LearnSettings(0.90, Duration.ofMinutes(10), data);
        ComplaintAnalyzer analyzer = Learning.start(settings, db.sqlSessionFactory(), LearnFixtures.RULES);

        analyzer.decider().refresh();

        assertThat(model(analyzer)).isNull();
        assertThat(new ModelStore(data).file()).doesNotExist();
        for (LabelFile.Label l : LearnFixtures.written().subList(0, 50)) {
            assertThat(analyzer.analyze(l.text())).isEqualTo(LearnFixtures.RULES.analyze(l.text()));
        }
    }
}
