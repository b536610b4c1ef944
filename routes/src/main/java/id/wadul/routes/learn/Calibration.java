package id.wadul.routes.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The least confidence at which decisions are right often enough, found on held-out decisions (each scored by a
 * model that had not seen its label). Decisions are sorted by confidence, highest first; the threshold is the
 * confidence of the last one of the longest such prefix whose share of right decisions, estimated as
 * {@code (right + 1) / (n + 2)} (a small sample does not look perfect), reaches the wanted share, with at least
 * {@code minSupport} decisions in it. None: NaN, and nothing is confident.
 */
public final class Calibration {

    /** A held-out decision: the model's probability of its category, and whether that was the label. */
    public record Scored(double confidence, boolean correct) {
    }

    private Calibration() {
    }

    public static double threshold(List<Scored> heldOut, double share, int minSupport) {
        List<Scored> sorted = new ArrayList<>(heldOut);
        sorted.sort(Comparator.comparingDouble(Scored::confidence).reversed());
        double threshold = Double.NaN;
        int right = 0;
        for (int n = 1; n <= sorted.size(); n++) {
            if (sorted.get(n - 1).correct()) {
                right++;
            }
            boolean lastOfTies = n == sorted.size() || sorted.get(n).confidence() < sorted.get(n - 1).confidence();
            if (lastOfTies && n >= minSupport && (right + 1.0) / (n + 2.0) >= share) {
                threshold = sorted.get(n - 1).confidence();
            }
        }
        return threshold;
    }
}
