package io.ordercore.application.port.out;

import io.ordercore.domain.shared.DomainException;

/**
 * Someone else changed the same thing first (optimistic-lock version mismatch). Nothing was
 * written; reading again and retrying is safe.
 */
public final class ConcurrentUpdateException extends DomainException {

    public static final String CODE = "CONCURRENT_UPDATE";

    public ConcurrentUpdateException(String what) {
        super(Kind.CONFLICT, CODE, what + " was changed by someone else at the same time; reload and retry");
    }
}
