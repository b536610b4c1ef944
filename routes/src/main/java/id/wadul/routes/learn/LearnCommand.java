package id.wadul.routes.learn;

import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.understand.ComplaintAnalyzer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@code java -jar wadul.jar learn FILE [--map FILE]}: imports labelled history (CSV with a header
 * {@code text,category}, or JSON lines) into the labels, all or nothing: a file with any empty text or unknown
 * category (after the mapping) is refused whole, naming the lines; the rows go in one transaction. A running
 * server picks them up at its next retraining.
 */
public final class LearnCommand {

    public static final String USAGE = "learn FILE [--map FILE]   (FILE: CSV with header text,category, or JSON lines)";

    private LearnCommand() {
    }

    /** A file's labels, all valid. */
    public record Import(String file, List<LabelFile.Label> labels) {
    }

    /** Imports the labels in one transaction. */
    public static int run(Import labels, SqlSessionFactory sessions, PrintStream out) {
        String file = labels.file();
        try (SqlSession session = sessions.openSession(false)) {
            for (LabelFile.Label label : labels.labels()) {
                Labels.add(session, label.text(), label.category(), Labels.Source.IMPORT, null);
            }
            session.commit();
        } catch (RuntimeException e) {
            throw new StartupFailure(file + ": nothing imported, the database refused it (" + e.getMessage() + ")",
                    e);
        }
        out.println("imported " + labels.labels().size() + " labels from " + file
                + "; the server learns them at its next retraining (learn.retrain.period)");
        return 0;
    }

    /** The file's labels, or a failure naming every problem: then nothing is imported. */
    public static Import read(String[] args, ComplaintAnalyzer analyzer) {
        Map<String, String> mapping = Map.of();
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--map") && i + 1 < args.length) {
                mapping = LabelFile.mapping(Path.of(args[++i]));
            } else if (args[i].startsWith("-")) {
                throw StartupFailure.usage("unknown option '" + args[i] + "' for learn\nusage: " + USAGE);
            } else if (file != null) {
                throw StartupFailure.usage("learn takes one file (got '" + file + "' and '" + args[i] + "')\nusage: "
                        + USAGE);
            } else {
                file = args[i];
            }
        }
        if (file == null) {
            throw StartupFailure.usage("learn needs a file\nusage: " + USAGE);
        }
        return new Import(file,
                ClassifyModes.valid(LabelFile.read(Path.of(file), mapping, ClassifyModes.known(analyzer)), file).labels());
    }
}
