package io.ordercore.application.port.out;

import io.ordercore.domain.shared.DomainException;

/** Another account already uses this e-mail as its login. */
public final class EmailTakenException extends DomainException {

    public static final String CODE = "EMAIL_TAKEN";

    public EmailTakenException() {
        super(Kind.CONFLICT, CODE, "This e-mail is already used by another account");
    }
}
