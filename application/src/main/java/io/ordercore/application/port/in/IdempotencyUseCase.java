package io.ordercore.application.port.in;

import io.ordercore.application.port.out.IdempotencyKeys.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a money-moving request at most once per idempotency key: a repeat with the same key and
 * the same request gets the first answer again (errors included), a repeat with a different
 * request is refused.
 */
public interface IdempotencyUseCase {

    /** How long keys are kept at least; {@link #purgeOlderThan} never forgets younger ones. */
    Duration RETENTION = Duration.ofHours(24);

    /** Error code: the key was first used for a different request (HTTP 422). */
    String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    /** Error code: the first request with this key is still running (HTTP 409). */
    String IN_PROGRESS = "IDEMPOTENCY_IN_PROGRESS";

    /**
     * Returns the answer for {@code key} in {@code scope}: the stored one when the key was used
     * before for the same {@code requestHash} (see {@link Outcome#replayed()}), else the one
     * {@code action} gives, stored first. {@code action} must turn refusals into answers itself;
     * when it throws anyway the key is released and the exception passes on.
     *
     * @throws io.ordercore.domain.shared.ValidationException on field {@code Idempotency-Key}
     *         when the key is empty, longer than 255 characters or not printable ASCII
     * @throws io.ordercore.domain.shared.RefusedException {@link #KEY_REUSED} for a different request
     * @throws IdempotencyInProgressException while the first request with this key is still running
     */
    Outcome run(String scope, String key, String requestHash, Supplier<Reply> action);

    /**
     * Forgets keys claimed before {@code cutoff}, but never one younger than {@link #RETENTION}
     * (a later cutoff is moved back to now minus the retention); returns how many. For a periodic job.
     */
    int purgeOlderThan(Instant cutoff);

    /** An answer, and whether it is a replay of a stored one. */
    record Outcome(Reply reply, boolean replayed) {
    }
}
