package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Classification;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Decision;
import id.wadul.routes.understand.Unit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LearnedDeciderTest {

    private static TrainedModel model;

    @BeforeAll
    static void train() {
        model = new Trainer(0.90).train(LearnFixtures.examples(LearnFixtures.written()), 3, 0).orElseThrow();
    }

    @Test
    void withoutAModelTheAnalysisIsTheRulesAloneExactly() {
        ComplaintAnalyzer learned = LearnFixtures.RULES.withDecider(LearnedDecider.fixed(null));
        for (LabelFile.Label l : LearnFixtures.written().subList(0, 100)) {
            assertThat(learned.analyze(l.text())).isEqualTo(LearnFixtures.RULES.analyze(l.text()));
        }
        assertThat(LearnFixtures.RULES.analyze("jalan rusak parah").decision().decidedBy()).isEqualTo(Decision.RULES);
    }

    @Test
    void anUncalibratedModelLeavesTheDecisionToTheRules() {
        TrainedModel raw = new TrainedModel(1, 25, 0, model.trainedAt(), 0.9, Double.NaN, Double.NaN,
                model.categories(), model.vocabulary(), model.model());
        Classification rules = LearnFixtures.RULES.classifier().classify("lampu merah perempatan mati");

        Decision d = LearnedDecider.fixed(raw).decide("lampu merah perempatan mati", rules);

        assertThat(d.category()).isEqualTo(rules.category());
        assertThat(d.confident()).isEqualTo(rules.confident());
        assertThat(d.decidedBy()).isEqualTo(Decision.RULES);
        assertThat(d.why()).contains("not calibrated yet");
        assertThat(d.model()).isEqualTo("v1, 25 examples");
    }

    @Test
    void theModelRoutesWhatTheRulesCouldNotAndSaysWhy() {
        ComplaintAnalyzer rules = LearnFixtures.RULES;
        ComplaintAnalyzer learned = rules.withDecider(LearnedDecider.fixed(model));
        String text = "anak muda pesta miras sampai pagi";

        Analysis before = rules.analyze(text);
        Analysis after = learned.analyze(text);

        assertThat(before.confident()).isFalse();
        assertThat(after.category()).isEqualTo("keamanan");
        assertThat(after.confident()).isTrue();
        assertThat(after.decision().decidedBy()).isEqualTo(Decision.MODEL);
        assertThat(after.decision().confidence()).isGreaterThanOrEqualTo(model.aloneThreshold());
        assertThat(before.units()).extracting(Unit::code).containsExactly("kominfo");
        assertThat(after.units()).extracting(Unit::code).containsExactly("polres");
        assertThat(after.rule()).startsWith("model v3, 800 examples: keamanan p=").contains(" calibrated for 0.90; rules: ")
                .endsWith("; routed to polres");
    }

    @Test
    void whenTheModelAgreesWithConfidentRulesTheRulesDecided() {
        ComplaintAnalyzer learned = LearnFixtures.RULES.withDecider(LearnedDecider.fixed(model));

        Analysis a = learned.analyze("jalan rusak parah banyak lubang di dander tolong diperbaiki");

        assertThat(a.category()).isEqualTo("infrastruktur");
        assertThat(a.confident()).isTrue();
        assertThat(a.decision().decidedBy()).isEqualTo(Decision.RULES);
        assertThat(a.rule()).startsWith("rules and model v3, 800 examples agree: infrastruktur p=");
    }

    @Test
    void refreshReplacesTheModelWholeOnlyWhenTheUpdateGivesAnother() {
        AtomicInteger calls = new AtomicInteger();
        TrainedModel next = new TrainedModel(4, model.examples(), 0, model.trainedAt(), 0.9, model.agreeThreshold(),
                model.aloneThreshold(), model.categories(), model.vocabulary(), model.model());
        LearnedDecider decider = new LearnedDecider(null, m -> calls.incrementAndGet() == 1 ? m : next,
                Duration.ofMinutes(10));

        decider.refresh();
        assertThat(decider.model()).isEmpty();
        decider.refresh();
        assertThat(decider.model()).contains(next);
        assertThat(decider.refreshPeriod()).contains(Duration.ofMinutes(10));
        assertThat(LearnedDecider.fixed(model).refreshPeriod()).isEmpty();
        assertThat(List.of(calls.get())).containsExactly(2);
    }
}
