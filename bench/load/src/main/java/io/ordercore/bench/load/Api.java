package io.ordercore.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** ordercore's HTTP API over the JDK client (HTTP/1.1 keep-alive, as a browser or proxy would use). */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }
    }

    final String base;
    private final HttpClient http;

    Api(String baseUrl) {
        this.base = baseUrl + "/api/v1";
        // Daemon threads for async completions, so a stuck request never keeps the JVM alive.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "http-client");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    Response postJson(String path, String token, Object body) {
        return send(jsonPost(path, token, body));
    }

    HttpRequest jsonPost(String path, String token, Object body) {
        String text = body instanceof String s ? s : write(body);
        return request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
    }

    HttpRequest formPost(String path, String form) {
        return request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Response(-1, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, "interrupted");
        }
    }

    CompletableFuture<Response> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Response(r.statusCode(), r.body()))
                .exceptionally(e -> new Response(-1, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    /** The answer, or an exception naming the call (for seeding, where any failure is fatal). */
    static JsonNode expect(Response r, String what) {
        if (!r.ok()) {
            throw new IllegalStateException(what + " failed with " + r.status() + ": " + r.body());
        }
        return r.body().isEmpty() ? JSON.createObjectNode() : r.json();
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
