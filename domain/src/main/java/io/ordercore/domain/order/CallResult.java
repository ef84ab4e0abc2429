package io.ordercore.domain.order;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What telephony reports about one call an operator made for an order. A call of at least
 * {@link #MIN_DURATION} completes the order; a shorter one leaves it in progress (the operator may
 * call again inside the window).
 *
 * @param recordingUrl where the recording is, once processed; empty while it is not ready
 * @param outcome      telephony's own word for how the call ended (ANSWERED, BUSY, ...)
 */
public record CallResult(OrderId order, AccountId operator, Instant startedAt, Instant endedAt, long durationSeconds,
                         Optional<String> recordingUrl, String outcome) {

    public static final Duration MIN_DURATION = Duration.ofSeconds(20);
    public static final int MAX_URL = 2000;
    public static final int MAX_OUTCOME = 40;

    public CallResult {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(recordingUrl, "recordingUrl");
        if (endedAt.isBefore(startedAt)) {
            throw ValidationException.of("end", "END_BEFORE_START", "the call ends before it starts");
        }
        if (durationSeconds < 0 || durationSeconds > Duration.between(startedAt, endedAt).getSeconds() + 1) {
            throw ValidationException.of("durationSeconds", "OUT_OF_RANGE", "must be between 0 and the time from start to end");
        }
        recordingUrl = recordingUrl.map(String::trim).filter(u -> !u.isEmpty());
        if (recordingUrl.filter(u -> u.length() > MAX_URL || !u.startsWith("https://") && !u.startsWith("http://")).isPresent()) {
            throw ValidationException.of("recordingUrl", "INVALID_URL", "must be an http(s) URL of at most " + MAX_URL + " characters");
        }
        outcome = outcome == null || outcome.isBlank() ? "UNKNOWN" : outcome.trim().toUpperCase(java.util.Locale.ROOT);
        if (outcome.length() > MAX_OUTCOME) {
            throw ValidationException.of("outcome", "TOO_LONG", "at most " + MAX_OUTCOME + " characters");
        }
    }

    /** Long enough to count as the call the client paid for. */
    public boolean completes() {
        return durationSeconds >= MIN_DURATION.getSeconds();
    }
}
