package io.ordercore.adapter.payment.support;

import io.ordercore.application.port.out.PaymentGateway.Call;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small, null-safe readers shared by the gateways. */
public final class CallParts {

    /** A plain decimal as gateways send amounts: digits, optionally a dot and digits ("1500.00", "1500.5"). */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,8})?");

    private CallParts() {
    }

    /** The raw body, never null. */
    public static byte[] body(Call call) {
        return call.body() == null ? new byte[0] : call.body();
    }

    /** A header by name; names are expected lower-case, but any case is found. */
    public static Optional<String> header(Call call, String name) {
        Map<String, String> headers = call.headers();
        if (headers == null) {
            return Optional.empty();
        }
        String exact = headers.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null)
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The value when present and not empty. */
    public static Optional<String> present(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Whether {@code amount} is a plain non-negative decimal, so the core can parse it exactly;
     * exponents, signs, spaces and commas are refused rather than guessed at.
     */
    public static boolean isPlainDecimal(String amount) {
        return amount != null && DECIMAL.matcher(amount).matches();
    }
}
