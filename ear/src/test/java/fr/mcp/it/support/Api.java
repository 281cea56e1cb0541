package fr.mcp.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the REST API and plain pages of the integration-test server. */
public final class Api {

    /**
     * How long a test waits for one answer before failing: three minutes, for three servers on two cores in CI (a page
     * took over a minute there); speed is the benchmark's to measure, not the tests'.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(180);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A response: status and body. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private Api() {}

    public static Reply get(String path) throws IOException, InterruptedException {
        return getAt(It.BASE_URL, path);
    }

    /** A GET without credentials on a given server (base URL). */
    public static Reply getAt(String baseUrl, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public static Reply postJson(String path, String json, String login, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(It.url(path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (login != null) {
            String credentials =
                    Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return send(request);
    }

    /** Any method, with an optional JSON body, as that user (HTTP Basic). */
    public static Reply call(String method, String path, String json, String login, String password)
            throws IOException, InterruptedException {
        return callAt(It.BASE_URL, method, path, json, login, password);
    }

    /** The same on a given server (base URL): a second server of the same database, for instance. */
    public static Reply callAt(String baseUrl, String method, String path, String json, String login, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (login != null) {
            String credentials =
                    Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return send(request);
    }

    /** As a demo account (password {@link It#DEMO_PASSWORD}). */
    public static Reply as(String login, String method, String path, String json)
            throws IOException, InterruptedException {
        return call(method, path, json, login, It.DEMO_PASSWORD);
    }

    /** As a demo account on a given server (base URL). */
    public static Reply asAt(String baseUrl, String login, String method, String path, String json)
            throws IOException, InterruptedException {
        return callAt(baseUrl, method, path, json, login, It.DEMO_PASSWORD);
    }

    /** A binary download as a demo account: status, content type and bytes. */
    public static HttpResponse<byte[]> download(String login, String path) throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((login + ":" + It.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(It.url(path)))
                        .header("Authorization", "Basic " + credentials)
                        .timeout(PATIENCE)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends bytes as the request body (a file upload), as a demo account. */
    public static Reply upload(String login, String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((login + ":" + It.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(It.url(path)))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A call with an API token (Bearer), with an optional body of the given type; extra headers as name, value pairs. */
    public static Reply bearer(
            String token, String method, String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(It.url(path)))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A GET carrying only the given "Cookie" header, as a copy of a browser's cookies would be replayed. */
    public static Reply withCookies(String path, String cookies) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(It.url(path)))
                .header("Accept", "application/json")
                .header("Cookie", cookies)
                .GET());
    }

    private static Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(
                request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response);
    }
}
