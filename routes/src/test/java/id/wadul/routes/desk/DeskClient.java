package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A browser-like API client: keeps the session cookie, sends the CSRF token it got at login. */
public final class DeskClient {

    public record Reply(int status, JsonNode json, HttpResponse<String> raw) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;
    public String csrf;

    public DeskClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Reply login(String username, String password) {
        Reply reply = post("/api/login", Map.of("username", username, "password", password));
        if (reply.status() == 200) {
            csrf = reply.json().path("csrfToken").asText();
        }
        return reply;
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Reply post(String path, Object body) {
        return postWithCsrf(path, body, csrf);
    }

    public Reply postWithCsrf(String path, Object body, String token) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                builder.header("X-CSRF-Token", token);
            }
            return send(builder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A POST of this exact body as JSON, with the session's CSRF token. */
    public Reply postRaw(String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            builder.header("X-CSRF-Token", csrf);
        }
        return send(builder);
    }

    /** A POST as an HTML form would send it: not JSON. */
    Reply postForm(String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            builder.header("X-CSRF-Token", csrf);
        }
        return send(builder);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isEmpty() || !response.headers().firstValue("Content-Type")
                    .orElse("").startsWith("application/json") ? JSON.nullNode() : JSON.readTree(body);
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
