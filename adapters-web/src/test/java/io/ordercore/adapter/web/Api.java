package io.ordercore.adapter.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends requests to the embedded server and answers every status, error or not, as a {@link Reply}.
 * Anonymous; {@link #as(String)} gives one that sends a bearer token.
 */
@Singleton
public class Api {

    private final HttpClient http;
    private final JsonMapper mapper;
    private final String token;

    @Inject
    public Api(@Client("/") HttpClient http, JsonMapper mapper) {
        this(http, mapper, null);
    }

    private Api(HttpClient http, JsonMapper mapper, String token) {
        this.http = http;
        this.mapper = mapper;
        this.token = token;
    }

    /** The same client, sending {@code Authorization: Bearer token} with every request. */
    public Api as(String bearerToken) {
        return new Api(http, mapper, bearerToken);
    }

    public Reply get(String uri) {
        return send(HttpRequest.GET(uri));
    }

    public Reply post(String uri, String json) {
        return send(HttpRequest.POST(uri, json).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Reply put(String uri, String json) {
        return send(HttpRequest.PUT(uri, json).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Reply delete(String uri) {
        return send(HttpRequest.DELETE(uri));
    }

    public Reply send(MutableHttpRequest<?> request) {
        if (token != null) {
            request.bearerAuth(token);
        }
        HttpResponse<String> response;
        try {
            response = http.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        String body = response.getBody(String.class).orElse("");
        String contentType = response.getContentType().map(MediaType::toString).orElse("");
        JsonNode json = body.isBlank() || !contentType.contains("json") ? null : parse(body);
        return new Reply(response.code(), contentType, body, json, response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE));
    }

    private JsonNode parse(String body) {
        try {
            return mapper.readValue(body, Argument.of(JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
