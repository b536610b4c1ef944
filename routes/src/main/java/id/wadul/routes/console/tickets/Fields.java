package id.wadul.routes.console.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.text.SafeText;
import java.util.ArrayList;
import java.util.List;

/** Fields of the console's request bodies, checked, with a message per field in Bahasa Indonesia. */
public final class Fields {

    /** Longest free text (note, reply, reason, question). */
    public static final int MAX_TEXT = 500;

    private Fields() {
    }

    /** A list of unit codes ({@code units}); 400 when it is not one. */
    public static List<String> codes(JsonNode body) {
        JsonNode node = body.path("units");
        if (!node.isArray()) {
            throw ApiException.invalid("units", "Pilih minimal satu unit.");
        }
        List<String> codes = new ArrayList<>();
        node.forEach(n -> {
            if (!n.isTextual()) {
                throw ApiException.invalid("units", "Kode unit harus teks.");
            }
            codes.add(n.asText().strip());
        });
        return codes;
    }

    /** The text field, cleaned and stripped; 400 when missing, blank or longer than the limit. */
    public static String requiredText(JsonNode body, String field) {
        String text = optionalText(body, field);
        if (text == null) {
            throw ApiException.invalid(field, "Wajib diisi.");
        }
        return text;
    }

    /** The text field cleaned and stripped, or null when absent or blank; 400 when too long or not text. */
    public static String optionalText(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.invalid(field, "Harus teks.");
        }
        String text = SafeText.clean(node.asText()).strip();
        if (text.length() > MAX_TEXT) {
            throw ApiException.invalid(field, "Paling banyak " + MAX_TEXT + " huruf.");
        }
        return text.isEmpty() ? null : text;
    }
}
