package id.wadul.routes.learn;

import id.wadul.routes.config.Settings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The learned routing's settings, built once from {@code wadul.properties}.
 *
 * @param confidence    a confident decision is one of a kind expected to be right at least this share of the time
 *                      ({@code learn.confidence}, above 0 and below 1; calibrated on held-out labels)
 * @param retrainPeriod how often new labels are looked for and the model retrained ({@code learn.retrain.period})
 * @param dataDir       the data folder; the model is kept in {@code learn/model.gz} under it ({@code data.dir})
 */
public record LearnSettings(double confidence, Duration retrainPeriod, Path dataDir) {

    public static LearnSettings from(Settings s) {
        double share;
        try {
            share = Double.parseDouble(s.get("learn.confidence").strip());
        } catch (NumberFormatException e) {
            throw s.invalid("learn.confidence", "a share between 0 and 1 (e.g. 0.90)");
        }
        if (!(share > 0 && share < 1)) {
            throw s.invalid("learn.confidence", "a share between 0 and 1 (e.g. 0.90)");
        }
        return new LearnSettings(share, s.getDuration("learn.retrain.period"), Path.of(s.get("data.dir")));
    }
}
