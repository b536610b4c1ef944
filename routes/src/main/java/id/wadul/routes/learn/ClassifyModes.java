package id.wadul.routes.learn;

import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.understand.ClassifyCommand;
import id.wadul.routes.understand.ComplaintAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of {@code classify}, none of which needs a database:
 * <ul>
 *   <li>no option: the rules and the model stored in the data folder, if any (its version and number of examples
 *       are said on stderr and in each line's {@code model}; without one, stderr stays empty);</li>
 *   <li>{@code --rules-only}: the keyword rules alone, as shipped in conf/;</li>
 *   <li>{@code --learn FILE}: from the rules alone, learn FILE's labels in memory, then classify stdin;</li>
 *   <li>{@code --replay}: stdin is labelled (as {@code learn} reads it); each line's decision is printed before its
 *       label is learned ({@link Replay});</li>
 *   <li>{@code --eval FILE}: k-fold cross-validation on FILE's labels ({@link Evaluation}).</li>
 * </ul>
 * {@code --map FILE} translates the labels' categories (as for {@code learn}); {@code --places FILE} adds place names
 * the office taught (a CSV {@code name,desa}, see {@link PlaceFile}) to the location matcher in every mode. The last
 * four never read the stored model, so they measure what was learned from the given labels alone.
 */
public final class ClassifyModes {

    public static final String USAGE =
            "classify [--rules-only | --learn FILE | --replay | --eval FILE] [--map FILE] [--places FILE]";

    private ClassifyModes() {
    }

    public static int run(String[] args, ComplaintAnalyzer analyzer, LearnSettings settings, BufferedReader in,
            PrintStream out, PrintStream err) {
        String mode = null;
        Path file = null;
        Path map = null;
        Path places = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rules-only", "--replay" -> mode = once(mode, args[i]);
                case "--learn", "--eval" -> {
                    mode = once(mode, args[i]);
                    file = Path.of(value(args, ++i));
                }
                case "--map" -> map = Path.of(value(args, ++i));
                case "--places" -> places = Path.of(value(args, ++i));
                default -> throw StartupFailure.usage("unknown option '" + args[i] + "' for classify\nusage: " + USAGE);
            }
        }
        Map<String, String> mapping = map == null ? Map.of() : LabelFile.mapping(map);
        ComplaintAnalyzer rules = places == null ? analyzer : PlaceFile.withPlaces(analyzer, places, err);
        if (mode == null) {
            Optional<TrainedModel> stored = new ModelStore(settings.dataDir()).load();
            // stderr stays empty without a model, as classify always was
            stored.ifPresent(m -> err.println("classify: model " + m.describe() + ", trained " + m.trainedAt()));
            ClassifyCommand.run(rules.withDecider(LearnedDecider.fixed(stored.orElse(null))), in, out);
            return 0;
        }
        switch (mode) {
            case "--rules-only" -> ClassifyCommand.run(rules, in, out);
            case "--learn" -> {
                Path from = file;
                LabelFile.Contents labels = valid(LabelFile.read(from, mapping, known(rules)), from.toString());
                Examples examples = Examples.of(rules);
                Optional<TrainedModel> model = new Trainer(settings.confidence()).train(
                        labels.labels().stream().map(l -> examples.example(l.text(), l.category())).toList(), 1, 0);
                err.println("classify: " + model.map(m -> "learned " + m.describe() + " from " + from)
                        .orElse("too few labels in " + from + " to learn from; the rules decide alone"));
                ClassifyCommand.run(rules.withDecider(LearnedDecider.fixed(model.orElse(null))), in, out);
            }
            case "--replay" -> new Replay(rules, settings.confidence()).run(
                    valid(LabelFile.parse(readAll(in), mapping, known(rules)), "standard input").labels(), out, err);
            case "--eval" -> new Evaluation(rules, settings.confidence()).run(
                    valid(LabelFile.read(file, mapping, known(rules)), file.toString()).labels(), out);
            default -> throw new IllegalStateException(mode);
        }
        return 0;
    }

    static Set<String> known(ComplaintAnalyzer analyzer) {
        return analyzer.classifier().categories().stream().map(c -> c.code()).collect(Collectors.toSet());
    }

    /** Labels with a problem stop the command, naming each problem's line (at most 20 of them). */
    static LabelFile.Contents valid(LabelFile.Contents contents, String source) {
        if (!contents.ok()) {
            throw new StartupFailure(source + ": " + contents.problems().size() + " problem(s); nothing imported or"
                    + " learned, fix them and run again:\n  "
                    + contents.problems().stream().limit(20).collect(Collectors.joining("\n  "))
                    + (contents.problems().size() > 20 ? "\n  ..." : ""));
        }
        return contents;
    }

    private static String once(String mode, String option) {
        if (mode != null) {
            throw StartupFailure.usage("classify takes one of --rules-only, --learn, --replay, --eval (got " + mode
                    + " and " + option + ")\nusage: " + USAGE);
        }
        return option;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw StartupFailure.usage(args[i - 1] + " needs a file\nusage: " + USAGE);
        }
        return args[i];
    }

    private static String readAll(BufferedReader in) {
        StringBuilder sb = new StringBuilder();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                sb.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
