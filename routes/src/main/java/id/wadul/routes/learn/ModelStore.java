package id.wadul.routes.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the current model in one gzip file under the data folder ({@code data.dir/learn/model.gz}): a JSON line
 * (version, examples, thresholds, categories, features and their IDF), then LIBLINEAR's own model text. Written
 * to a temporary file and moved into place, so a crash leaves the previous model.
 */
public final class ModelStore {

    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int FORMAT = 1;

    private final Path file;

    public ModelStore(Path dataDir) {
        this.file = dataDir.resolve("learn").resolve("model.gz");
    }

    public Path file() {
        return file;
    }

    public void save(TrainedModel m) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("model.gz.tmp");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8))) {
                w.write(JSON.writeValueAsString(header(m)));
                w.write('\n');
                Linear.saveModel(w, m.model());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The stored model; empty when there is none or it cannot be read (then it is retrained from the labels). */
    public Optional<TrainedModel> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            JsonNode h = JSON.readTree(r.readLine());
            if (h.path("format").asInt() != FORMAT) {
                LOG.warn("Model {} has another format ({}); it is retrained", file, h.path("format"));
                return Optional.empty();
            }
            Model model = Linear.loadModel(r);
            List<String> categories = new ArrayList<>();
            h.get("categories").forEach(c -> categories.add(c.asText()));
            Map<String, Integer> index = new HashMap<>();
            JsonNode names = h.get("features");
            JsonNode idfs = h.get("idf");
            double[] idf = new double[names.size() + 1];
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i).asText(), i + 1);
                idf[i + 1] = idfs.get(i).asDouble();
            }
            return Optional.of(new TrainedModel(h.get("version").asLong(), h.get("examples").asInt(),
                    h.get("lastLabel").asLong(), Instant.parse(h.get("trainedAt").asText()), h.get("share").asDouble(),
                    number(h.get("agreeThreshold")), number(h.get("aloneThreshold")), categories,
                    new Vocabulary(index, idf), model));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Model {} cannot be read ({}); it is retrained", file, e.toString());
            return Optional.empty();
        }
    }

    private static ObjectNode header(TrainedModel m) {
        ObjectNode h = JSON.createObjectNode();
        h.put("format", FORMAT);
        h.put("version", m.version());
        h.put("examples", m.examples());
        h.put("lastLabel", m.lastLabel());
        h.put("trainedAt", m.trainedAt().toString());
        h.put("share", m.share());
        h.put("agreeThreshold", Double.isNaN(m.agreeThreshold()) ? null : m.agreeThreshold());
        h.put("aloneThreshold", Double.isNaN(m.aloneThreshold()) ? null : m.aloneThreshold());
        ArrayNode categories = h.putArray("categories");
        m.categories().forEach(categories::add);
        ArrayNode features = h.putArray("features");
        ArrayNode idf = h.putArray("idf");
        String[] names = m.vocabulary().names();
        for (int i = 1; i < names.length; i++) {
            features.add(names[i]);
            idf.add(m.vocabulary().idf(i));
        }
        return h;
    }

    private static double number(JsonNode node) {
        return node == null || node.isNull() ? Double.NaN : node.asDouble();
    }
}
