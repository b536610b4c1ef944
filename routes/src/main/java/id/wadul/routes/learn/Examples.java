package id.wadul.routes.learn;

import id.wadul.routes.understand.Classification;
import id.wadul.routes.understand.Classifier;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.TextNormaliser;

/** Turns a labelled raw text into an {@link Example} the way a complaint is analysed: normalised, then the rules. */
public final class Examples {

    private final TextNormaliser normaliser;
    private final Classifier classifier;

    public Examples(TextNormaliser normaliser, Classifier classifier) {
        this.normaliser = normaliser;
        this.classifier = classifier;
    }

    public static Examples of(ComplaintAnalyzer analyzer) {
        return new Examples(analyzer.normaliser(), analyzer.classifier());
    }

    public Example example(String rawText, String category) {
        String text = normaliser.normalise(rawText);
        Classification rules = classifier.classify(text);
        return new Example(category, Features.of(text, rules), rules.category(), rules.confident());
    }
}
