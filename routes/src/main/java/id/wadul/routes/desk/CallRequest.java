package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A call as the page sends it ({@code POST /api/calls}), before validation. Strings are trimmed; empty means absent.
 *
 * @param consentSms the caller agreed to receive the SMS updates on {@code phone}
 * @param emergency  "Darurat": the operator reminded the caller of 112/110; marks the ticket urgent
 * @param category   the operator's category override, or null
 * @param units      the operator's unit override, or empty
 * @param linkTicket the number of an open ticket this call adds to, instead of opening a new one
 */
public record CallRequest(String name, String phone, boolean consentSms, String kecamatan, String desa, String text,
        boolean urgent, boolean anonymous, boolean secret, boolean emergency, String category, List<String> units,
        String linkTicket) {

    /** The fields {@code POST /api/calls} takes; any other is refused. */
    static final Set<String> FIELDS = Set.of("name", "phone", "consentSms", "kecamatan", "desa", "text", "urgent",
            "anonymous", "secret", "emergency", "category", "units", "linkTicket");

    public CallRequest {
        units = units == null ? List.of() : List.copyOf(units);
    }

    static CallRequest from(JsonNode body) {
        List<String> units = new ArrayList<>();
        JsonNode unitNode = body.path("units");
        if (unitNode.isArray()) {
            unitNode.forEach(u -> {
                if (u.isTextual() && !u.asText().isBlank()) {
                    units.add(u.asText().trim());
                }
            });
        }
        return new CallRequest(text(body, "name"), text(body, "phone"), flag(body, "consentSms"),
                text(body, "kecamatan"), text(body, "desa"), text(body, "text"), flag(body, "urgent"),
                flag(body, "anonymous"), flag(body, "secret"), flag(body, "emergency"), text(body, "category"), units,
                text(body, "linkTicket"));
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (!node.isTextual() && !node.isNumber()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    static boolean flag(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isBoolean() ? node.booleanValue() : "true".equalsIgnoreCase(node.asText());
    }
}
