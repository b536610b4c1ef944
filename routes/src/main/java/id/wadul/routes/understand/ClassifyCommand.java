package id.wadul.routes.understand;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The core of {@code java -jar wadul.jar classify}: reads complaint texts, one per line, and writes one JSON
 * object per line in the same order, so an admin can try rule changes on past messages before deploying:
 *
 * <pre>{"text":"...","category":"infrastruktur","categoryName":"...","urgent":false,"confident":true,
 * "score":5.0,"matched":["jalan rusak","jalan"],"kecamatan":"Padangan","kecamatanCode":"35.22.19",
 * "desa":null,"desaCode":null,"units":["dpupr"],"rule":"...","decidedBy":"rules","confidence":null,
 * "model":null}</pre>
 *
 * {@code decidedBy} says which part decided the category (rules or model), {@code confidence} is the learned
 * model's probability of it and {@code model} the model's version and number of examples, when a model took part.
 *
 * A blank line gives {@code {"text":"","category":null,"urgent":false,"confident":false,...,"units":[]}}, so
 * line N of the output always belongs to line N of the input.
 */
public final class ClassifyCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassifyCommand() {
    }

    public static void run(ComplaintAnalyzer analyzer, BufferedReader in, PrintStream out) {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(JSON.writeValueAsString(line.isBlank() ? blank(line) : json(line, analyzer.analyze(line))));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON line of one analysed text. */
    public static ObjectNode json(String text, Analysis a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", text);
        node.put("category", a.category());
        node.put("categoryName", a.categoryName());
        node.put("urgent", a.urgent());
        node.put("confident", a.confident());
        node.put("score", a.score());
        ArrayNode matched = node.putArray("matched");
        a.matched().forEach(matched::add);
        node.put("kecamatan", a.place().map(Place::kecamatanName).orElse(null));
        node.put("kecamatanCode", a.place().map(Place::kecamatanCode).orElse(null));
        node.put("desa", a.place().map(Place::desaName).orElse(null));
        node.put("desaCode", a.place().map(Place::desaCode).orElse(null));
        ArrayNode units = node.putArray("units");
        a.units().forEach(u -> units.add(u.code()));
        node.put("rule", a.rule());
        node.put("decidedBy", a.decision().decidedBy());
        if (Double.isNaN(a.decision().confidence())) {
            node.putNull("confidence");
        } else {
            node.put("confidence", Math.round(a.decision().confidence() * 1000) / 1000.0);
        }
        node.put("model", a.decision().model());
        return node;
    }

    private static ObjectNode blank(String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", text);
        node.putNull("category");
        node.putNull("categoryName");
        node.put("urgent", false);
        node.put("confident", false);
        node.put("score", 0.0);
        node.putArray("matched");
        node.putNull("kecamatan");
        node.putNull("kecamatanCode");
        node.putNull("desa");
        node.putNull("desaCode");
        node.putArray("units");
        node.putNull("rule");
        node.putNull("decidedBy");
        node.putNull("confidence");
        node.putNull("model");
        return node;
    }
}
