package id.wadul.routes.app;

import id.wadul.routes.config.Settings;
import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.understand.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code wadul.regency} must be a regency of the official list bundled in the jar ({@code idn-area/}); checked
 * before the database starts. A name instead of a code gets the matching codes suggested.
 */
final class RegencyCheck {

    private static final String REGENCIES = "/idn-area/regencies.csv";

    private RegencyCheck() {
    }

    static void known(Settings settings) {
        String value = settings.get("wadul.regency");
        try {
            Region.load(value);
        } catch (IllegalArgumentException e) {
            List<String> matches = byName(value);
            String hint = matches.isEmpty()
                    ? "Find your regency's code (e.g. 35.22 = Kabupaten Bojonegoro) with: unzip -p wadul.jar "
                            + "idn-area/regencies.csv | grep -i <name>"
                    : "Did you mean " + String.join(" or ", matches) + "?";
            throw new StartupFailure("wadul.regency=" + value + " (" + settings.origin("wadul.regency")
                    + ") is not a regency code of the bundled official list.\n" + hint, e);
        }
    }

    /** Codes of regencies whose name contains the text (at most 3), e.g. "bojonegoro" gives "35.22 (...)". */
    static List<String> byName(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (wanted.length() < 3 || !wanted.chars().anyMatch(Character::isLetter)) {
            return found;
        }
        try (InputStream in = RegencyCheck.class.getResourceAsStream(REGENCIES);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && found.size() < 3; line = r.readLine()) {
                String[] row = line.split(",", 3);
                if (row.length == 3 && row[2].toLowerCase(Locale.ROOT).contains(wanted)) {
                    found.add("wadul.regency=" + row[0] + " (" + row[2] + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
