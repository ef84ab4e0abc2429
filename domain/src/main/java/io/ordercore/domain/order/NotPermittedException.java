package io.ordercore.domain.order;

import io.ordercore.domain.shared.DomainException;

/** The actor may not do this to an order at all (as opposed to: not in its current status). */
public final class NotPermittedException extends DomainException {

    public static final String CODE = "NOT_PERMITTED";

    public NotPermittedException(String message) {
        super(Kind.REFUSED, CODE, message);
    }
}
