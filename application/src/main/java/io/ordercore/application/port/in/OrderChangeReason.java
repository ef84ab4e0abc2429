package io.ordercore.application.port.in;

import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;

/** The free-text reason an administrator gives for a change: optional, at most {@link #MAX} characters. */
final class OrderChangeReason {

    static final int MAX = 500;

    private OrderChangeReason() {
    }

    /** The trimmed reason, or null when blank; refuses (field {@code reason}) a longer one. */
    static String check(String raw) {
        Validation v = new Validation();
        String reason = v.check("reason", () -> Text.optional(raw, MAX));
        v.throwIfInvalid();
        return reason;
    }
}
