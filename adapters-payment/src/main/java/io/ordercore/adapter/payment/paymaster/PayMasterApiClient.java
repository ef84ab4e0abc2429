package io.ordercore.adapter.payment.paymaster;

import io.ordercore.adapter.payment.support.FlatJson;
import io.ordercore.adapter.payment.support.JsonHttp;
import io.ordercore.adapter.payment.support.JsonWriter;
import io.ordercore.application.port.in.PayMasterCallbackUseCase;
import io.ordercore.application.port.out.GatewayApiException;
import io.ordercore.application.port.out.PayMasterApi;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * PayMaster API v2 (shared/docs/payment-gateways.md, A.2): JSON over HTTPS with {@code Authorization: Bearer}.
 * Amounts go out as JSON numbers written from their exact decimal text and come back as received
 * ({@code 10.5000}). A byte-order mark before a reply is skipped. An HTTP error (PayMaster's
 * {@code {code, message}} named in the exception), no answer, or a reply without the fields needed is a
 * {@link GatewayApiException}.
 */
public final class PayMasterApiClient implements PayMasterApi {

    private static final String NAME = PayMasterCallbackUseCase.GATEWAY;

    private final JsonHttp http;

    public PayMasterApiClient(PayMasterApiSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.http = new JsonHttp(NAME, URI.create(settings.baseUrl()), "Bearer " + settings.token(), settings.timeout());
    }

    @Override
    public Invoice createInvoice(String merchantId, String orderNo, String amount, String currency, String description,
                                 String callbackUrl, String returnUrl) {
        JsonWriter invoice = new JsonWriter().string("description", Objects.requireNonNull(description, "description"))
                .string("orderNo", Objects.requireNonNull(orderNo, "orderNo"));
        JsonWriter money = new JsonWriter().amount("value", amount)
                .string("currency", Objects.requireNonNull(currency, "currency"));
        JsonWriter protocol = new JsonWriter();
        if (returnUrl != null && !returnUrl.isEmpty()) {
            protocol.string("returnUrl", returnUrl);
        }
        if (callbackUrl != null && !callbackUrl.isEmpty()) {
            protocol.string("callbackUrl", callbackUrl);
        }
        String body = new JsonWriter().string("merchantId", Objects.requireNonNull(merchantId, "merchantId"))
                .object("invoice", invoice).object("amount", money).object("protocol", protocol).toJson();
        Map<String, String> reply = ok(http.post("/api/v2/invoices", body));
        return new Invoice(required(reply, "paymentId"), required(reply, "url"));
    }

    @Override
    public PaymentStatus payment(String paymentId) {
        Objects.requireNonNull(paymentId, "paymentId");
        String path = "/api/v2/payments/" + URLEncoder.encode(paymentId, StandardCharsets.UTF_8).replace("+", "%20");
        Map<String, String> reply = ok(http.get(path));
        Map<String, String> amount = nested(reply, "amount");
        String orderNo = nested(reply, "invoice").getOrDefault("orderNo", "");
        return new PaymentStatus(required(reply, "id"), required(reply, "status"), required(amount, "value"),
                required(amount, "currency"), orderNo, "true".equals(reply.get("testMode")));
    }

    /** A 2xx reply's members; otherwise an exception naming PayMaster's error code and message. */
    private static Map<String, String> ok(JsonHttp.Answer answer) {
        if (answer.ok()) {
            return answer.json(NAME);
        }
        Optional<Map<String, String>> error = FlatJson.parse(answer.body());
        String detail = error.map(e -> e.getOrDefault("code", "") + " " + e.getOrDefault("message", "")).orElse("")
                .strip();
        throw new GatewayApiException(NAME, OptionalInt.of(answer.status()),
                "HTTP " + answer.status() + (detail.isEmpty() ? "" : ": " + detail), null);
    }

    private static Map<String, String> nested(Map<String, String> reply, String name) {
        String text = reply.get(name);
        if (text == null || !text.startsWith("{")) {
            return Map.of();
        }
        return FlatJson.parse(text).orElse(Map.of());
    }

    private static String required(Map<String, String> reply, String name) {
        return JsonHttp.member(reply, name).orElseThrow(() -> new GatewayApiException(NAME, OptionalInt.of(200),
                "the reply has no " + name, null));
    }
}
