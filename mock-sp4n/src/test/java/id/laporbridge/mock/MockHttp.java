package id.laporbridge.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends test requests to a running {@link MockUpstreams} with java.net.http. */
final class MockHttp {

    static final String KEYTOKEN = "demo-keytoken";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    MockHttp(MockUpstreams mock) {
        this.baseUrl = mock.baseUrl();
    }

    /** Posts a form to an SP4N method such as {@code f01/getcomplaints}, adding the default KEYTOKEN. */
    HttpResponse<String> sp4n(String method, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("KEYTOKEN", KEYTOKEN);
        form.putAll(fields);
        return sp4nRaw(method, form);
    }

    /** Posts a form to an SP4N method exactly as given. */
    HttpResponse<String> sp4nRaw(String method, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/services/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    /** Requests a Lapor Bantul token with the given credentials. */
    HttpResponse<String> tokenResponse(String clientId, String clientSecret) {
        String body = json(Map.of("client_id", clientId, "client_secret", clientSecret));
        return post("/api/v1/auth/token", null, body);
    }

    /** Returns a fresh token for the default demo client. */
    String token() {
        return json(tokenResponse("demo-client", "demo-secret")).get("access_token").asText();
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    HttpResponse<String> post(String path, String token, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body is not JSON, status " + response.statusCode(), e);
        }
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write test JSON", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the mock", e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
