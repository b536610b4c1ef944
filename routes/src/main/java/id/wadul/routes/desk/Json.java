package id.wadul.routes.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Reading and writing the API's JSON with one {@link ObjectMapper}. */
final class Json {

    private Json() {
    }

    static void send(Context ctx, ObjectMapper json, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    /** The request body as a JSON object; 400 when it is not one. */
    static JsonNode body(Context ctx, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new ApiException(400, "Permintaan harus berupa objek JSON.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "Permintaan bukan JSON yang sah.");
        }
    }

    static DeskUser user(Context ctx) {
        DeskUser user = ctx.attribute(DeskServer.USER);
        if (user == null) {
            throw new ApiException(401, "Sesi berakhir atau belum masuk. Silakan masuk lagi.");
        }
        return user;
    }
}
