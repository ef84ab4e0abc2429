package io.ordercore.adapter.payment.cloudpayments;

import io.ordercore.adapter.payment.support.FlatJson;
import io.ordercore.adapter.payment.support.JsonHttp;
import io.ordercore.adapter.payment.support.JsonWriter;
import io.ordercore.application.port.out.CardCharges;
import io.ordercore.application.port.out.GatewayApiException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The CloudPayments API (shared/docs/payment-gateways.md, B.5): token charges and refunds, JSON over
 * HTTPS with Basic auth {@code PublicId:ApiSecret}.
 *
 * <p>Replies are the envelope {@code {Success, Message, Model}}: Success with a Model is an approved
 * transaction; no Success is a decline, with the Model's Reason and ReasonCode when a transaction was
 * attempted, or the Message when the request itself was refused. An HTTP error status, no answer, or a
 * reply that is not such an envelope is a {@link GatewayApiException}.
 */
public final class CloudPaymentsApiClient implements CardCharges {

    public static final String DEFAULT_BASE_URL = "https://api.cloudpayments.ru";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    /** Merchant-initiated (autopay): required on token charges since the 2023 NSPK rules. */
    static final int MERCHANT_INITIATED = 0;

    private final JsonHttp http;

    /** At {@link #DEFAULT_BASE_URL} with {@link #DEFAULT_TIMEOUT}. */
    public CloudPaymentsApiClient(CloudPaymentsSettings settings) {
        this(settings, DEFAULT_BASE_URL, DEFAULT_TIMEOUT);
    }

    /**
     * @param baseUrl blank for {@link #DEFAULT_BASE_URL}
     * @param timeout for connecting and for the whole answer
     */
    public CloudPaymentsApiClient(CloudPaymentsSettings settings, String baseUrl, Duration timeout) {
        Objects.requireNonNull(settings, "settings");
        String credentials = settings.publicId() + ":" + settings.apiSecret();
        this.http = new JsonHttp(CloudPaymentsGateway.NAME,
                URI.create(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip()),
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                timeout == null ? DEFAULT_TIMEOUT : timeout);
    }

    @Override
    public ChargeResult chargeToken(String token, String accountId, String amount, String currency, String invoiceId,
                                    String description) {
        JsonWriter body = new JsonWriter()
                .amount("Amount", amount)
                .string("Currency", Objects.requireNonNull(currency, "currency"))
                .string("AccountId", Objects.requireNonNull(accountId, "accountId"))
                .string("Token", Objects.requireNonNull(token, "token"))
                .number("TrInitiatorCode", MERCHANT_INITIATED);
        if (invoiceId != null && !invoiceId.isEmpty()) {
            body.string("InvoiceId", invoiceId);
        }
        if (description != null && !description.isEmpty()) {
            body.string("Description", description);
        }
        Map<String, String> envelope = envelope(http.post("/payments/tokens/charge", body.toJson()));
        Map<String, String> model = model(envelope);
        Optional<String> transactionId = JsonHttp.member(model, "TransactionId");
        if (success(envelope)) {
            // Charged, but unreadable: an exception, so that nobody charges again as if it had been declined.
            return new ChargeResult(true, Optional.of(transactionId.orElseThrow(() -> new GatewayApiException(
                    CloudPaymentsGateway.NAME, OptionalInt.of(200), "an approved charge without a TransactionId", null))),
                    Optional.empty());
        }
        return new ChargeResult(false, transactionId, reason(envelope, model));
    }

    @Override
    public RefundResult refund(String transactionId, String amount) {
        String body = new JsonWriter().number("TransactionId", transactionNumber(transactionId))
                .amount("Amount", amount).toJson();
        Map<String, String> envelope = envelope(http.post("/payments/refund", body));
        boolean success = success(envelope);
        return new RefundResult(success, JsonHttp.member(envelope, "Message"));
    }

    /** CloudPayments transaction ids are 64-bit numbers, and sent as such. */
    private static long transactionNumber(String transactionId) {
        try {
            return Long.parseLong(Objects.requireNonNull(transactionId, "transactionId"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a CloudPayments TransactionId is a number, not " + transactionId, e);
        }
    }

    private static Map<String, String> envelope(JsonHttp.Answer answer) {
        if (!answer.ok()) {
            throw new GatewayApiException(CloudPaymentsGateway.NAME, OptionalInt.of(answer.status()),
                    "HTTP " + answer.status(), null);
        }
        Map<String, String> envelope = answer.json(CloudPaymentsGateway.NAME);
        String success = envelope.get("Success");
        if (!"true".equals(success) && !"false".equals(success)) {
            throw new GatewayApiException(CloudPaymentsGateway.NAME, OptionalInt.of(answer.status()),
                    "the reply has no Success flag", null);
        }
        return envelope;
    }

    private static boolean success(Map<String, String> envelope) {
        return "true".equals(envelope.get("Success"));
    }

    /** The nested Model, or no members when there is none (a refused request, a refund). */
    private static Map<String, String> model(Map<String, String> envelope) {
        String model = envelope.get("Model");
        if (model == null || !model.startsWith("{")) {
            return Map.of();
        }
        return FlatJson.parse(model).orElseThrow(() -> new GatewayApiException(CloudPaymentsGateway.NAME,
                OptionalInt.of(200), "the reply's Model is not a JSON object", null));
    }

    /** "Insufficient funds (ReasonCode 5051)", the cardholder message, the envelope's Message, or a fixed text. */
    private static Optional<String> reason(Map<String, String> envelope, Map<String, String> model) {
        Optional<String> code = JsonHttp.member(model, "ReasonCode");
        Optional<String> text = JsonHttp.member(model, "Reason").or(() -> JsonHttp.member(model, "CardHolderMessage"))
                .or(() -> JsonHttp.member(envelope, "Message"));
        if (code.isPresent()) {
            return Optional.of(text.orElse("declined") + " (ReasonCode " + code.get() + ")");
        }
        return Optional.of(text.orElse("declined"));
    }
}
