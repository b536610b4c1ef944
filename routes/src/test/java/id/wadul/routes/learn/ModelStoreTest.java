package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path data;

    @Test
    void aStoredModelDecidesAsTheOneSaved() {
        List<Example> examples = LearnFixtures.examples(LearnFixtures.written().subList(0, 300));
        TrainedModel saved = new Trainer(0.9).train(examples, 5, 1234).orElseThrow();
        ModelStore store = new ModelStore(data);
        assertThat(store.load()).isEmpty();

        store.save(saved);
        TrainedModel loaded = new ModelStore(data).load().orElseThrow();

        assertThat(store.file()).isEqualTo(data.resolve("learn/model.gz")).isRegularFile();
        assertThat(loaded.describe()).isEqualTo("v5, 300 examples");
        assertThat(loaded.lastLabel()).isEqualTo(1234);
        assertThat(loaded.trainedAt()).isEqualTo(saved.trainedAt());
        assertThat(loaded.categories()).isEqualTo(saved.categories());
        assertThat(Double.valueOf(loaded.agreeThreshold())).isEqualTo(Double.valueOf(saved.agreeThreshold()));
        assertThat(Double.valueOf(loaded.aloneThreshold())).isEqualTo(Double.valueOf(saved.aloneThreshold()));
        assertThat(saved.calibrated()).isTrue();
        for (Example e : LearnFixtures.examples(LearnFixtures.written().subList(300, 340))) {
            TrainedModel.Prediction a = saved.predict(e.features());
            TrainedModel.Prediction b = loaded.predict(e.features());
            assertThat(b.category()).isEqualTo(a.category());
            assertThat(b.probability()).isCloseTo(a.probability(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void anUnreadableFileIsNoModel() throws IOException {
        ModelStore store = new ModelStore(data);
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "not gzip");

        assertThat(store.load()).isEmpty();
    }
}
