package id.wadul.routes.desk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reading and writing the API's JSON with one strict {@link ObjectMapper}. */
public final class Json {

    private Json() {
    }

    /**
     * The desk's mapper: a body must be one JSON value and nothing after it, with no key twice, and each endpoint
     * names the fields it takes ({@link #body(Context, ObjectMapper, Set)}).
     */
    public static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }

    public static void send(Context ctx, ObjectMapper json, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    /**
     * The request body as a JSON object with only the {@code allowed} fields; 400 when it is not exactly one
     * object (garbage after it, a key twice) or has another field.
     */
    public static JsonNode body(Context ctx, ObjectMapper json, Set<String> allowed) {
        JsonNode node;
        try {
            node = json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "Permintaan bukan JSON yang sah (satu objek, tanpa kunci ganda, tanpa teks "
                    + "tambahan sesudahnya).");
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(400, "Permintaan harus berupa objek JSON.");
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(name.length() > 40 ? name.substring(0, 40) + "..." : name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "Kolom tidak dikenal: " + String.join(", ", unknown) + ".");
        }
        return node;
    }

    public static DeskUser user(Context ctx) {
        DeskUser user = ctx.attribute(DeskServer.USER);
        if (user == null) {
            throw new ApiException(401, "Sesi berakhir atau belum masuk. Silakan masuk lagi.");
        }
        return user;
    }
}
