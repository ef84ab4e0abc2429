package io.ordercore.adapter.payment.paymaster;

import io.ordercore.adapter.payment.support.CallParts;
import io.ordercore.adapter.payment.support.FormBody;
import io.ordercore.application.port.out.PaymentGateway;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * PayMaster (paymaster.ru) over the legacy LMI_* protocol (shared/docs/payment-gateways.md, A.1).
 *
 * <p>Two endpoints:
 * <ul>
 *   <li>{@value #INVOICE_CONFIRMATION}: the pre-request ({@link Kind#PRE_CHECK}). PayMaster does not sign it,
 *       so it is read as authentic when it names our merchant id; it only asks a question and must never
 *       move money. Answered {@code YES} (accept) or a short {@code NO: ...} text, always HTTP 200.</li>
 *   <li>{@value #NOTIFICATION}: the payment notification ({@link Kind#PAYMENT}), authentic only when it names
 *       our merchant id and its LMI_HASH matches the exact received values (A.1.4). Answered HTTP 200 with
 *       an empty body when accepted (first time or repeated), HTTP 400 with a short reason otherwise.</li>
 * </ul>
 *
 * <p>Test payments: a call is a test when LMI_SIM_MODE is present and not empty (PayMaster sends it only
 * for a site in test mode) or LMI_PAYMENT_METHOD is {@code Test} (observed in test notifications).
 */
public final class PayMasterGateway implements PaymentGateway {

    public static final String NAME = "paymaster";
    public static final String INVOICE_CONFIRMATION = "invoice-confirmation";
    public static final String NOTIFICATION = "notification";

    /** PayMaster allows 255 characters of description. */
    static final int MAX_DESCRIPTION = 255;

    private static final String TEXT = "text/plain; charset=UTF-8";

    /** ISO 4217 numeric codes PayMaster may send instead of letters. */
    private static final Map<String, String> NUMERIC_CURRENCIES = Map.of(
            "643", "RUB", "840", "USD", "978", "EUR");

    private final PayMasterSettings settings;
    private final PayMasterHash hash;

    public PayMasterGateway(PayMasterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.hash = new PayMasterHash(settings.hashAlgorithm(), settings.secret());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean testPaymentsAllowed() {
        return settings.testAllowed();
    }

    /**
     * Reads a call. Forged when the endpoint is unknown, the body is not a form, the merchant id is not
     * ours, or (notification only) LMI_HASH is missing or does not match. An authentic call that lacks a
     * required field comes back authentic with no notice and the problem named, for the core to answer
     * MALFORMED.
     */
    @Override
    public Reading read(Call call) {
        boolean preCheck = INVOICE_CONFIRMATION.equals(call.endpoint());
        if (!preCheck && !NOTIFICATION.equals(call.endpoint())) {
            return Reading.forged("unknown endpoint");
        }
        Optional<Map<String, String>> parsed = FormBody.parse(CallParts.body(call));
        if (parsed.isEmpty()) {
            return Reading.forged("body is not form-encoded");
        }
        Map<String, String> fields = parsed.get();
        if (!preCheck && !fields.containsKey("LMI_HASH")) {
            return Reading.forged("missing LMI_HASH");
        }
        String merchant = fields.get("LMI_MERCHANT_ID");
        if (merchant == null || !merchant.equalsIgnoreCase(settings.merchantId())) {
            return Reading.forged("merchant id mismatch");
        }
        if (!preCheck && !hash.verify(fields)) {
            return Reading.forged("LMI_HASH mismatch");
        }
        return preCheck ? notice(fields, Kind.PRE_CHECK) : notice(fields, Kind.PAYMENT);
    }

    private static Reading notice(Map<String, String> fields, Kind kind) {
        Optional<String> invoice = CallParts.present(fields, "LMI_PAYMENT_NO");
        String externalId;
        if (kind == Kind.PAYMENT) {
            Optional<String> paymentId = CallParts.present(fields, "LMI_SYS_PAYMENT_ID");
            if (paymentId.isEmpty()) {
                return malformed("missing LMI_SYS_PAYMENT_ID");
            }
            externalId = paymentId.get();
        } else {
            // The pre-request has no PayMaster payment id yet.
            externalId = invoice.orElse("");
        }
        String amount = fields.get("LMI_PAYMENT_AMOUNT");
        if (!CallParts.isPlainDecimal(amount)) {
            return malformed(amount == null ? "missing LMI_PAYMENT_AMOUNT" : "LMI_PAYMENT_AMOUNT is not a decimal");
        }
        Optional<String> currency = CallParts.present(fields, "LMI_CURRENCY");
        if (currency.isEmpty()) {
            return malformed("missing LMI_CURRENCY");
        }
        boolean test = CallParts.present(fields, "LMI_SIM_MODE").isPresent()
                || "Test".equals(fields.get("LMI_PAYMENT_METHOD"));
        return Reading.of(new Notice(kind, externalId, invoice, Optional.empty(), amount,
                NUMERIC_CURRENCIES.getOrDefault(currency.get(), currency.get()), test, Optional.empty()));
    }

    private static Reading malformed(String problem) {
        return new Reading(true, Optional.empty(), problem);
    }

    /**
     * The pre-request gets HTTP 200 {@code YES} when accepted (or asked again), otherwise HTTP 200 with
     * {@code NO: reason}; the notification gets HTTP 200 with an empty body when accepted or already
     * recorded, otherwise HTTP 400 with the reason. An unknown endpoint gets 404.
     */
    @Override
    public Reply reply(Call call, Optional<Notice> notice, Verdict verdict) {
        boolean ok = verdict == Verdict.ACCEPTED || verdict == Verdict.DUPLICATE;
        if (INVOICE_CONFIRMATION.equals(call.endpoint())) {
            return new Reply(200, TEXT, ok ? "YES" : "NO: " + reason(verdict));
        }
        if (NOTIFICATION.equals(call.endpoint())) {
            return ok ? new Reply(200, TEXT, "") : new Reply(400, TEXT, reason(verdict));
        }
        return new Reply(404, TEXT, "unknown endpoint");
    }

    /** Fixed texts: nothing from the call is echoed back. */
    private static String reason(Verdict verdict) {
        return switch (verdict) {
            case ACCEPTED, DUPLICATE -> "accepted";
            case BAD_SIGNATURE -> "signature not verified";
            case MALFORMED -> "malformed request";
            case UNKNOWN_ORDER -> "unknown order";
            case WRONG_ACCOUNT -> "wrong account";
            case WRONG_AMOUNT -> "amount mismatch";
            case WRONG_CURRENCY -> "currency mismatch";
            case NOT_PAYABLE -> "order cannot be paid";
            case TEST_NOT_ALLOWED -> "test payments are not accepted";
        };
    }

    /**
     * The form to post to PayMaster's payment page: merchant id, amount exactly as given, currency,
     * the invoice as LMI_PAYMENT_NO (left out when empty), the description as UTF-8 Base64 (first 255
     * characters), the payer's e-mail when given and the configured URL overrides.
     */
    @Override
    public Checkout checkout(String invoice, String amount, String currency, String description,
                             Optional<String> email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("LMI_MERCHANT_ID", settings.merchantId());
        fields.put("LMI_PAYMENT_AMOUNT", Objects.requireNonNull(amount, "amount"));
        fields.put("LMI_CURRENCY", Objects.requireNonNull(currency, "currency"));
        if (invoice != null && !invoice.isEmpty()) {
            fields.put("LMI_PAYMENT_NO", invoice);
        }
        fields.put("LMI_PAYMENT_DESC_BASE64", Base64.getEncoder().encodeToString(
                truncate(description == null ? "" : description).getBytes(StandardCharsets.UTF_8)));
        email.filter(e -> !e.isBlank()).ifPresent(e -> fields.put("LMI_PAYER_EMAIL", e));
        putIfSet(fields, "LMI_INVOICE_CONFIRMATION_URL", settings.invoiceConfirmationUrl());
        putIfSet(fields, "LMI_PAYMENT_NOTIFICATION_URL", settings.notificationUrl());
        putIfSet(fields, "LMI_SUCCESS_URL", settings.successUrl());
        putIfSet(fields, "LMI_FAILURE_URL", settings.failureUrl());
        return new Checkout(settings.paymentUrl(), Collections.unmodifiableMap(fields));
    }

    /** At most 255 characters, never cutting a surrogate pair in half. */
    static String truncate(String description) {
        if (description.length() <= MAX_DESCRIPTION) {
            return description;
        }
        int end = MAX_DESCRIPTION;
        if (Character.isHighSurrogate(description.charAt(end - 1))) {
            end--;
        }
        return description.substring(0, end);
    }

    private static void putIfSet(Map<String, String> fields, String name, String url) {
        if (!url.isEmpty()) {
            fields.put(name, url);
        }
    }
}
