package io.ordercore.adapter.web;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls the gateway routes as a payment gateway does, over a plain JDK client so that the bytes on
 * the wire are exactly the ones given: Micronaut's own client would encode a form body itself.
 * The fake gateway's calls are {@code KIND;externalId;invoice;account;amount;currency;test},
 * authentic with {@code X-Signature: ok}.
 */
@Singleton
public class GatewayClient {

    public static final String SIGNATURE = "X-Signature";
    public static final String FORM = "application/x-www-form-urlencoded";

    private final EmbeddedServer server;
    private final JsonMapper mapper;
    private final HttpClient http = HttpClient.newHttpClient();

    public GatewayClient(EmbeddedServer server, JsonMapper mapper) {
        this.server = server;
        this.mapper = mapper;
    }

    /** A fake gateway's body with these fields. */
    public static String fake(String kind, String externalId, String invoice, String account, String amount) {
        return String.join(";", kind, externalId, invoice, account, amount, "RUB", "false");
    }

    /** A call the fake gateway signs, as {@code text/plain}. */
    public Reply signed(String endpoint, String body) {
        return call("/api/v1/payments/fake/" + endpoint, "text/plain", body.getBytes(StandardCharsets.UTF_8),
                SIGNATURE, "ok");
    }

    /** POSTs {@code body} to {@code path} with the content type (none when null) and headers given as name, value... */
    public Reply call(String path, String contentType, byte[] body, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (contentType != null) {
            all.add("Content-Type");
            all.add(contentType);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isBlank()
                    ? mapper.readValue(response.body(), Argument.of(JsonNode.class)) : null;
            return new Reply(response.statusCode(), type, response.body(), json,
                    response.headers().firstValue("WWW-Authenticate").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
