package id.wadul.routes.desk;

import java.util.Map;

/**
 * A request the API refuses, with the HTTP status and a message for the operator in Bahasa Indonesia.
 * With field errors it becomes {@code 400 {"errors": {"field": "pesan"}}}, else {@code {"error": "pesan"}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final Map<String, String> fieldErrors;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
        this.fieldErrors = Map.of();
    }

    private ApiException(Map<String, String> fieldErrors) {
        super("invalid fields " + fieldErrors.keySet(), null, false, false);
        this.status = 400;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static ApiException invalid(Map<String, String> fieldErrors) {
        return new ApiException(fieldErrors);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(Map.of(field, message));
    }

    public int status() {
        return status;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
