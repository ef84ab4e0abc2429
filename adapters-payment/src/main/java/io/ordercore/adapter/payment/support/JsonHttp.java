package io.ordercore.adapter.payment.support;

import io.ordercore.application.port.out.GatewayApiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * JSON over HTTP for a gateway's API, on the JDK's client: one base URL, one Authorization header,
 * a timeout for connecting and one for the whole answer. Every failure to get an answer (connection,
 * timeout, interruption) becomes a {@link GatewayApiException} without a status; what to make of an
 * HTTP status is the caller's decision.
 */
public final class JsonHttp {

    /** An answer: its HTTP status and its body as UTF-8 text, a leading byte-order mark removed. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body's top-level members, or a {@link GatewayApiException} naming the gateway when it is no JSON object. */
        public Map<String, String> json(String gateway) {
            return FlatJson.parse(body).orElseThrow(() -> new GatewayApiException(gateway, OptionalInt.of(status),
                    "the reply is not a JSON object (HTTP " + status + ")", null));
        }
    }

    private final String gateway;
    private final URI baseUrl;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param baseUrl       e.g. {@code https://api.cloudpayments.ru}; paths are appended to it
     * @param authorization the Authorization header's value
     * @param timeout       for connecting, and again for the whole answer
     */
    public JsonHttp(String gateway, URI baseUrl, String authorization, Duration timeout) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** POSTs the JSON {@code body} to {@code path} (starting with {@code /}). */
    public Answer post(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=utf-8"), "POST " + path);
    }

    /** GETs {@code path} (starting with {@code /}, already encoded). */
    public Answer get(String path) {
        return send(request(path).GET(), "GET " + path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new GatewayApiException(gateway, OptionalInt.empty(), what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayApiException(gateway, OptionalInt.empty(), what + " was interrupted", e);
        }
    }

    /** A member that is present and not empty. */
    public static Optional<String> member(Map<String, String> json, String name) {
        return CallParts.present(json, name);
    }
}
