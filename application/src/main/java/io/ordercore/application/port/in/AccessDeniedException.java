package io.ordercore.application.port.in;

import io.ordercore.domain.shared.DomainException;

/** The caller is known but may not do this. */
public final class AccessDeniedException extends DomainException {

    public static final String CODE = "FORBIDDEN";

    public AccessDeniedException(String message) {
        super(Kind.FORBIDDEN, CODE, message);
    }
}
