package io.ordercore.adapter.payment.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A gateway's API on the loopback interface for adapter tests: records every request as received and
 * answers the scripted status and body. No network beyond 127.0.0.1.
 */
public final class LocalApi implements AutoCloseable {

    /** A request as received: method, path with its raw query, headers (lower-case names), UTF-8 body. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public Map<String, String> json() {
            return FlatJson.parse(body).orElseThrow(() -> new AssertionError("not a JSON object: " + body));
        }
    }

    private record Script(int status, byte[] body, long delayMillis) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<Script> script = new AtomicReference<>(new Script(500, new byte[0], 0));

    public LocalApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                    headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Script s = script.get();
            try {
                Thread.sleep(s.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(s.status(), s.body().length == 0 ? -1 : s.body().length);
            if (s.body().length > 0) {
                exchange.getResponseBody().write(s.body());
            }
            exchange.close();
        });
        server.start();
    }

    /** Answers every following request with this status and body. */
    public LocalApi answer(int status, String body) {
        return answer(status, body.getBytes(StandardCharsets.UTF_8), 0);
    }

    public LocalApi answer(int status, byte[] body, long delayMillis) {
        script.set(new Script(status, body, delayMillis));
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The one request received; fails when there were none or more. */
    public Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size() + ": " + received);
        }
        return received.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
