package io.ordercore.adapter.payment.cloudpayments;

import io.ordercore.adapter.payment.support.CallParts;
import io.ordercore.adapter.payment.support.FlatJson;
import io.ordercore.adapter.payment.support.FormBody;
import io.ordercore.application.port.out.PaymentGateway;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * CloudPayments notifications and widget (shared/docs/payment-gateways.md, B).
 *
 * <p>Every call is authenticated first, over the raw body bytes: {@code Content-HMAC} over the raw body, or
 * {@code X-Content-HMAC} over the raw or the URL-decoded body (the sources disagree, B.4). Only then is the
 * body parsed, as JSON when the Content-Type mentions {@code json}, otherwise as a UTF-8 form.
 *
 * <p>Endpoints: {@code check} ({@link Kind#PRE_CHECK}), {@code pay} ({@link Kind#PAYMENT}), {@code fail}
 * ({@link Kind#FAIL}), {@code refund} ({@link Kind#REFUND}; the external id is the refund's own
 * TransactionId), {@code recurrent} and anything else ({@link Kind#OTHER}; a Recurrent notification's
 * external id is the subscription {@code Id}).
 *
 * <p>Replies: a bad or missing signature gets HTTP 401 {@code {"code":13}}. A Check gets HTTP 200 with 0
 * (accepted or asked again), 10 unknown InvoiceId, 11 wrong AccountId, 12 wrong amount (current docs) or 13
 * for anything else refused. Every other notification gets HTTP 200 {@code {"code":0}} once it has been
 * processed, whatever the verdict, a malformed one included: CloudPayments allows only 0 there, and the
 * call is kept raw in the gateway log, so repeating it would not help.
 */
public final class CloudPaymentsGateway implements PaymentGateway {

    public static final String NAME = "cloudpayments";
    /** Not a URL: the web client opens the CloudPayments widget with the checkout's fields. */
    public static final String WIDGET = "cloudpayments-widget";

    private static final String JSON = "application/json";

    private final CloudPaymentsSettings settings;
    private final CloudPaymentsSignature signature;

    public CloudPaymentsGateway(CloudPaymentsSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.signature = new CloudPaymentsSignature(settings.apiSecret());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean testPaymentsAllowed() {
        return settings.testAllowed();
    }

    /** What an endpoint's calls ask. */
    static Kind kindOf(String endpoint) {
        if (endpoint == null) {
            return Kind.OTHER;
        }
        return switch (endpoint) {
            case "check" -> Kind.PRE_CHECK;
            case "pay" -> Kind.PAYMENT;
            case "fail" -> Kind.FAIL;
            case "refund" -> Kind.REFUND;
            default -> Kind.OTHER;
        };
    }

    /**
     * Reads a call. Forged when neither HMAC header matches. An authentic body that cannot be parsed or lacks
     * a field its kind needs comes back authentic with no notice and the problem named (the core answers
     * MALFORMED): Check and Pay need TransactionId, Amount and Currency; Fail and Refund need TransactionId.
     */
    @Override
    public Reading read(Call call) {
        byte[] body = CallParts.body(call);
        if (!signature.verify(body, CallParts.header(call, "content-hmac").orElse(null),
                CallParts.header(call, "x-content-hmac").orElse(null))) {
            return Reading.forged("Content-HMAC missing or not matching the body");
        }
        boolean json = call.contentType() != null && call.contentType().toLowerCase(Locale.ROOT).contains("json");
        Optional<Map<String, String>> parsed = json
                ? FlatJson.parse(new String(body, StandardCharsets.UTF_8))
                : FormBody.parse(body);
        if (parsed.isEmpty()) {
            return malformed(json ? "body is not a JSON object" : "body is not form-encoded");
        }
        return notice(kindOf(call.endpoint()), "recurrent".equals(call.endpoint()), parsed.get());
    }

    private static Reading notice(Kind kind, boolean recurrent, Map<String, String> fields) {
        boolean checkOrPay = kind == Kind.PRE_CHECK || kind == Kind.PAYMENT;
        Optional<String> externalId = CallParts.present(fields, recurrent ? "Id" : "TransactionId");
        if (externalId.isEmpty() && kind != Kind.OTHER) {
            return malformed("missing TransactionId");
        }
        Optional<String> amount = CallParts.present(fields, "Amount");
        if (amount.isEmpty() && (checkOrPay || kind == Kind.REFUND)) {
            return malformed("missing Amount");
        }
        if (amount.isPresent() && !CallParts.isPlainDecimal(amount.get())) {
            return malformed("Amount is not a decimal");
        }
        Optional<String> currency = CallParts.present(fields, "Currency");
        if (currency.isEmpty() && checkOrPay) {
            return malformed("missing Currency");
        }
        Optional<Boolean> test = testMode(fields.get("TestMode"));
        if (test.isEmpty()) {
            return malformed("TestMode is not 0, 1, true or false");
        }
        // Refund, Fail and other notifications may come without a Currency (B.3); "" says so.
        return Reading.of(new Notice(kind, externalId.orElse(""), CallParts.present(fields, "InvoiceId"),
                CallParts.present(fields, "AccountId"), amount.orElse(""), currency.orElse(""), test.get(),
                CallParts.present(fields, "Token")));
    }

    /** TestMode read leniently: 1/0 in forms, true/false in JSON; absent means live. */
    private static Optional<Boolean> testMode(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(false);
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Optional.of(true);
            case "0", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Reading malformed(String problem) {
        return new Reading(true, Optional.empty(), problem);
    }

    @Override
    public Reply reply(Call call, Optional<Notice> notice, Verdict verdict) {
        if (verdict == Verdict.BAD_SIGNATURE) {
            return code(401, 13);
        }
        if (kindOf(call.endpoint()) != Kind.PRE_CHECK) {
            return code(200, 0);
        }
        return code(200, switch (verdict) {
            case ACCEPTED, DUPLICATE -> 0;
            case UNKNOWN_ORDER -> 10;
            case WRONG_ACCOUNT -> 11;
            case WRONG_AMOUNT -> 12;
            case BAD_SIGNATURE, MALFORMED, WRONG_CURRENCY, NOT_PAYABLE, TEST_NOT_ALLOWED -> 13;
        });
    }

    private static Reply code(int status, int code) {
        return new Reply(status, JSON, "{\"code\":" + code + "}");
    }

    /**
     * The widget's parameters: publicId, description, amount exactly as given, currency, invoiceId (left out
     * when empty, as for a balance top-up) and accountId (the payer's e-mail, when given).
     */
    @Override
    public Checkout checkout(String invoice, String amount, String currency, String description,
                             Optional<String> email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("publicId", settings.publicId());
        fields.put("description", description == null ? "" : description);
        fields.put("amount", Objects.requireNonNull(amount, "amount"));
        fields.put("currency", Objects.requireNonNull(currency, "currency"));
        if (invoice != null && !invoice.isEmpty()) {
            fields.put("invoiceId", invoice);
        }
        email.filter(e -> !e.isBlank()).ifPresent(e -> fields.put("accountId", e));
        return new Checkout(WIDGET, Collections.unmodifiableMap(fields));
    }
}
