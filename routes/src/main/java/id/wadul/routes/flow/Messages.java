package id.wadul.routes.flow;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts wadul sends to people, from {@code conf/messages.properties} (UTF-8, Bahasa Indonesia).
 * Placeholders are {@code {name}}; an unknown placeholder stays as written so a typo shows in the SMS
 * preview instead of failing the flow.
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.]*)}");

    private final Properties templates;

    private Messages(Properties templates) {
        this.templates = templates;
    }

    public static Messages load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read message templates " + file, e);
        }
        return new Messages(p);
    }

    public static Messages of(Map<String, String> templates) {
        Properties p = new Properties();
        p.putAll(templates);
        return new Messages(p);
    }

    /** The template without placeholders filled, e.g. a state name. */
    public String text(String key) {
        String t = templates.getProperty(key);
        if (t == null) {
            throw new IllegalArgumentException("no message template '" + key + "'");
        }
        return t.strip();
    }

    /** The template with its placeholders filled; whitespace runs left by empty values are collapsed. */
    public String format(String key, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : String.valueOf(v)));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").replace(" .", ".").strip();
    }
}
