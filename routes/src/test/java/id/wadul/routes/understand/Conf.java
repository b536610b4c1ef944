package id.wadul.routes.understand;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shipped conf/ folder, found from the module or the project root, and shared test fixtures. */
final class Conf {

    static final String BOJONEGORO = "35.22";

    private static Region region;
    private static ComplaintAnalyzer analyzer;

    private Conf() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("conf").resolve(Responsibilities.FILE))) {
                return p.resolve("conf");
            }
        }
        throw new IllegalStateException("conf/routing.yaml not found above " + Path.of("").toAbsolutePath());
    }

    static synchronized Region bojonegoro() {
        if (region == null) {
            region = Region.load(BOJONEGORO);
        }
        return region;
    }

    static synchronized ComplaintAnalyzer analyzer() {
        if (analyzer == null) {
            Region r = bojonegoro();
            analyzer = new ComplaintAnalyzer(TextNormaliser.load(dir()), new LocationMatcher(r),
                    Classifier.load(dir()), Responsibilities.load(dir(), r));
        }
        return analyzer;
    }
}
