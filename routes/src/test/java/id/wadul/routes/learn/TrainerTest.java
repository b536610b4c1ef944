package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static List<Example> train;
    private static List<Example> test;
    private static TrainedModel model;

    @BeforeAll
    static void trainOnFourFifths() {
        List<Example> all = LearnFixtures.examples(LearnFixtures.written());
        train = all.subList(0, 640);
        test = all.subList(640, all.size());
        model = new Trainer(0.90).train(train, 7, 99).orElseThrow();
    }

    @Test
    void tooFewLabelsOrASingleCategoryGiveNoModel() {
        Trainer trainer = new Trainer(0.90);
        assertThat(trainer.train(train.subList(0, Trainer.MIN_EXAMPLES - 1), 1, 0)).isEmpty();
        List<Example> one = train.stream().filter(e -> e.category().equals("infrastruktur")).toList();
        assertThat(one).hasSizeGreaterThan(Trainer.MIN_EXAMPLES);
        assertThat(trainer.train(one, 1, 0)).isEmpty();
    }

    @Test
    void theModelKnowsItsLabelsAndIsCalibrated() {
        assertThat(model.version()).isEqualTo(7);
        assertThat(model.lastLabel()).isEqualTo(99);
        assertThat(model.examples()).isEqualTo(640);
        assertThat(model.share()).isEqualTo(0.90);
        assertThat(model.calibrated()).isTrue();
        assertThat(model.categories()).contains("infrastruktur", "bencana", "lainnya");
    }

    @Test
    void unseenTextsAreMostlyRightAndTheConfidentOnesRightAtTheCalibratedShare() {
        int right = 0;
        int confident = 0;
        int confidentRight = 0;
        LearnedDecider decider = LearnedDecider.fixed(model);
        for (Example e : test) {
            TrainedModel.Prediction p = model.predict(e.features());
            right += p.category().equals(e.category()) ? 1 : 0;
            double threshold = e.rulesConfident() && p.category().equals(e.rulesCategory())
                    && !Double.isNaN(model.agreeThreshold()) ? model.agreeThreshold() : model.aloneThreshold();
            if (p.probability() >= threshold) {
                confident++;
                confidentRight += p.category().equals(e.category()) ? 1 : 0;
            }
        }
        assertThat(decider.model()).contains(model);
        // the set has 4% of labels flipped on purpose and 15% of texts with a second matter
        assertThat(right).isGreaterThan(test.size() * 80 / 100);
        assertThat(confident).isGreaterThan(test.size() / 2);
        assertThat(confidentRight).isGreaterThanOrEqualTo(confident * 85 / 100);
    }

    @Test
    void theSameLabelsGiveTheSameModel() {
        TrainedModel again = new Trainer(0.90).train(train, 7, 99).orElseThrow();
        for (Example e : test.subList(0, 20)) {
            assertThat(again.predict(e.features())).isEqualTo(model.predict(e.features()));
        }
        assertThat(again.agreeThreshold()).isEqualTo(model.agreeThreshold());
    }

    @Test
    void aHigherShareGivesHigherThresholds() {
        Optional<TrainedModel> strict = new Trainer(0.97).train(new ArrayList<>(train), 1, 0);
        assertThat(strict).isPresent();
        double loose = model.aloneThreshold();
        double tight = strict.get().aloneThreshold();
        assertThat(Double.isNaN(tight) || tight >= loose).isTrue();
    }
}
