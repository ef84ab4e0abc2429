package io.ordercore.application.port.in;

import io.ordercore.domain.shared.DomainException;

/** The thing asked for does not exist (or is not visible to the caller). */
public final class NotFoundException extends DomainException {

    public static final String CODE = "NOT_FOUND";

    public NotFoundException(String what, Object id) {
        super(Kind.NOT_FOUND, CODE, what + " " + id + " not found");
    }
}
