package io.ordercore.application.port.in;

import io.ordercore.domain.shared.DomainException;

/** The first request with this idempotency key is still running; retrying later gets its answer. */
public final class IdempotencyInProgressException extends DomainException {

    public IdempotencyInProgressException() {
        super(Kind.CONFLICT, IdempotencyUseCase.IN_PROGRESS,
                "the first request with this Idempotency-Key is still running; retry in a moment");
    }
}
