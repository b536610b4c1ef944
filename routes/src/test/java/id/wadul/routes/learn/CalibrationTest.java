package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    /** n decisions at confidences 1.0, 0.99, ...; right where the pattern says so ('1'). */
    private static List<Calibration.Scored> scored(String rights) {
        List<Calibration.Scored> list = new ArrayList<>();
        for (int i = 0; i < rights.length(); i++) {
            list.add(new Calibration.Scored(1.0 - i / 100.0, rights.charAt(i) == '1'));
        }
        return list;
    }

    @Test
    void theThresholdIsTheLowestConfidenceOfTheLongestPrefixRightOftenEnough() {
        // 20 right (21/22 = 0.95), then wrong, right (22/24 = 0.92), wrong (22/25 = 0.88), ...
        List<Calibration.Scored> s = scored("11111111111111111111" + "0101010101");

        assertThat(Calibration.threshold(s, 0.90, 10)).isEqualTo(0.79, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Calibration.threshold(s, 0.95, 10)).isEqualTo(0.81, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void tooFewOrTooOftenWrongGivesNone() {
        assertThat(Calibration.threshold(scored("111111111"), 0.80, 10)).isNaN();
        assertThat(Calibration.threshold(scored("1010101010101010"), 0.90, 10)).isNaN();
        assertThat(Calibration.threshold(List.of(), 0.90, 10)).isNaN();
    }

    @Test
    void tiesAreKeptTogether() {
        List<Calibration.Scored> s = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            s.add(new Calibration.Scored(0.9, true));
        }
        for (int i = 0; i < 10; i++) {
            s.add(new Calibration.Scored(0.5, i < 2)); // the 0.5s together: 32/40 right, too few
        }
        assertThat(Calibration.threshold(s, 0.90, 10)).isEqualTo(0.9);
    }
}
