package id.wadul.routes.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.config.StartupFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads labelled complaints: CSV with a header naming the columns {@code text} and {@code category} (others are
 * ignored), or JSON lines ({@code {"text": "...", "category": "<code>"}}; a file whose first character is
 * <code>{</code>). An optional mapping translates another system's categories (LAPOR!'s, a spreadsheet's) to
 * wadul's codes: CSV with the header {@code from,to}, compared without case. Every empty text and unknown
 * category is reported with its line number; the caller imports nothing when there is any.
 */
public final class LabelFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A labelled text and the line it starts on. */
    public record Label(int line, String text, String category) {
    }

    /** The labels read, and what is wrong with the file (one line per problem, naming its line number). */
    public record Contents(List<Label> labels, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private LabelFile() {
    }

    /** Reads the file; categories are mapped, then must be one of {@code known}. */
    public static Contents read(Path file, Map<String, String> mapping, Set<String> known) {
        return parse(readString(file), mapping, known);
    }

    /** The same for a file's text (standard input of {@code classify --replay}). */
    public static Contents parse(String text, Map<String, String> mapping, Set<String> known) {
        List<Label> raw = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (text.stripLeading().startsWith("{")) {
            readJsonLines(text, raw, problems);
        } else {
            readCsv(text, raw, problems);
        }
        List<Label> labels = new ArrayList<>();
        for (Label l : raw) {
            String category = l.category() == null ? "" : l.category().strip();
            category = mapping.getOrDefault(category.toLowerCase(Locale.ROOT), category);
            if (l.text() == null || l.text().isBlank()) {
                problems.add("line " + l.line() + ": empty text");
            } else if (!known.contains(category)) {
                problems.add("line " + l.line() + ": unknown category '" + category + "'");
            } else {
                labels.add(new Label(l.line(), l.text().strip(), category));
            }
        }
        return new Contents(List.copyOf(labels), List.copyOf(problems));
    }

    /** A mapping file: CSV with the header {@code from,to}; keys in lower case. */
    public static Map<String, String> mapping(Path file) {
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(readString(file));
        } catch (IllegalArgumentException e) {
            throw new StartupFailure(file + ": " + e.getMessage());
        }
        if (records.isEmpty() || !records.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList().equals(List.of("from", "to"))) {
            throw new StartupFailure(file + ": the first line must be the header from,to");
        }
        Map<String, String> map = new HashMap<>();
        for (CsvRecords.Record r : records.subList(1, records.size())) {
            if (r.fields().size() == 2) {
                map.put(r.fields().get(0).strip().toLowerCase(Locale.ROOT), r.fields().get(1).strip());
            } else if (!(r.fields().size() == 1 && r.fields().get(0).isBlank())) {
                throw new StartupFailure(file + ": line " + r.line() + ": expected from,to");
            }
        }
        return map;
    }

    private static void readCsv(String text, List<Label> out, List<String> problems) {
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return;
        }
        if (records.isEmpty()) {
            problems.add("line 1: the file is empty (expected a header text,category)");
            return;
        }
        List<String> header = records.get(0).fields().stream()
                .map(f -> f.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
        int textColumn = header.indexOf("text");
        int categoryColumn = header.indexOf("category");
        if (textColumn < 0 || categoryColumn < 0) {
            problems.add("line 1: the header must name the columns text and category (found " + header + ")");
            return;
        }
        for (CsvRecords.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue; // a blank line
            }
            out.add(new Label(r.line(), textColumn < f.size() ? f.get(textColumn) : null,
                    categoryColumn < f.size() ? f.get(categoryColumn) : null));
        }
    }

    private static void readJsonLines(String text, List<Label> out, List<String> problems) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines[i]);
                out.add(new Label(i + 1, node.path("text").isTextual() ? node.get("text").asText() : null,
                        node.path("category").isTextual() ? node.get("category").asText() : null));
            } catch (IOException e) {
                problems.add("line " + (i + 1) + ": not a JSON object");
            }
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StartupFailure("cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
