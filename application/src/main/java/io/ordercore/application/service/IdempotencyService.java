package io.ordercore.application.service;

import io.ordercore.application.port.in.IdempotencyInProgressException;
import io.ordercore.application.port.in.IdempotencyUseCase;
import io.ordercore.application.port.out.IdempotencyKeys;
import io.ordercore.application.port.out.IdempotencyKeys.Reply;
import io.ordercore.application.port.out.IdempotencyKeys.Status;
import io.ordercore.application.port.out.IdempotencyKeys.Stored;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a request once per idempotency key. The claim is the only atomic step: whoever claims a
 * key runs the request and stores its answer; everyone after gets that answer, or a refusal when
 * the request differs or is still running. The request itself runs outside any transaction here,
 * in its own, so a stored answer always describes committed work.
 */
final class IdempotencyService implements IdempotencyUseCase {

    static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyKeys keys;
    private final Clock clock;

    IdempotencyService(IdempotencyKeys keys, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Outcome run(String scope, String key, String requestHash, Supplier<Reply> action) {
        checkKey(key);
        Optional<Stored> stored = keys.claim(scope, key, requestHash, clock.instant());
        if (stored.isPresent()) {
            return replay(stored.get(), requestHash);
        }
        Reply reply;
        try {
            reply = action.get();
        } catch (RuntimeException | Error e) {
            keys.release(scope, key);
            throw e;
        }
        keys.complete(scope, key, reply);
        return new Outcome(reply, false);
    }

    private static Outcome replay(Stored stored, String requestHash) {
        if (!stored.requestHash().equals(requestHash)) {
            throw new RefusedException(KEY_REUSED, "this Idempotency-Key was used for a different request");
        }
        if (stored.status() == Status.IN_PROGRESS || stored.reply().isEmpty()) {
            throw new IdempotencyInProgressException();
        }
        return new Outcome(stored.reply().get(), true);
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        Instant oldestAllowed = clock.instant().minus(RETENTION);
        return keys.purgeOlderThan(cutoff.isAfter(oldestAllowed) ? oldestAllowed : cutoff);
    }

    static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw ValidationException.of("Idempotency-Key", "LENGTH", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw ValidationException.of("Idempotency-Key", "NOT_PRINTABLE_ASCII",
                        "must be printable ASCII");
            }
        }
    }
}
