package id.wadul.routes.learn;

import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.LearnedPlaces;
import id.wadul.routes.understand.LocationMatcher;
import id.wadul.routes.understand.Region;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Place names for {@code classify --places FILE}, without a database: a CSV with the header {@code name,desa} (the
 * desa's official code, e.g. {@code 35.22.19.2011}), one taught name a line, as the console lists them. A file with
 * an unknown desa or an empty name is refused whole, naming the lines.
 */
final class PlaceFile {

    private PlaceFile() {
    }

    /** The analyzer with a matcher of its own that also finds the file's names (the given one is left as it was). */
    static ComplaintAnalyzer withPlaces(ComplaintAnalyzer analyzer, Path file, PrintStream err) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Region region = analyzer.locations().region();
        List<CsvRecords.Record> records = CsvRecords.parse(text);
        List<String> problems = new ArrayList<>();
        List<LearnedPlaces.Entry> entries = new ArrayList<>();
        if (records.isEmpty() || !records.get(0).fields().stream().map(String::strip).toList()
                .equals(List.of("name", "desa"))) {
            problems.add("line 1: the header must be name,desa");
        } else {
            for (CsvRecords.Record r : records.subList(1, records.size())) {
                String name = r.fields().get(0).strip();
                String desa = r.fields().size() > 1 ? r.fields().get(1).strip() : "";
                if (name.isEmpty() && desa.isEmpty()) {
                    continue;
                }
                if (name.isEmpty() || region.village(desa).isEmpty()) {
                    problems.add("line " + r.line() + ": " + (name.isEmpty() ? "empty name" : "unknown desa code '"
                            + desa + "'"));
                    continue;
                }
                entries.add(new LearnedPlaces.Entry(analyzer.normaliser().normalise(name).strip(), desa));
            }
        }
        if (!problems.isEmpty()) {
            throw new StartupFailure(file + ": " + problems.size() + " problem(s); fix them and run again:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
        }
        LearnedPlaces places = LearnedPlaces.of(entries, region);
        LocationMatcher matcher = new LocationMatcher(region);
        matcher.useLearned(places);
        err.println("classify: " + entries.size() + " place names from " + file + ", " + places.activeCount()
                + " in use (the others ambiguous, official or too general)");
        return new ComplaintAnalyzer(analyzer.normaliser(), matcher, analyzer.classifier(), analyzer.responsibilities(),
                analyzer.decider());
    }
}
