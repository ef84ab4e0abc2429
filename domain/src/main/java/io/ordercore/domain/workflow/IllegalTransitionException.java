package io.ordercore.domain.workflow;

import io.ordercore.domain.shared.DomainException;

/** A status change the workflow table does not allow, for this status, target or actor. */
public final class IllegalTransitionException extends DomainException {

    public static final String CODE = "ILLEGAL_TRANSITION";

    private final String current;
    private final String attempted;

    public IllegalTransitionException(Enum<?> current, Enum<?> attempted, String message) {
        super(Kind.CONFLICT, CODE, message);
        this.current = current.name();
        this.attempted = attempted.name();
    }

    /** The status the subject was in. */
    public String current() {
        return current;
    }

    /** The status it was asked to move to. */
    public String attempted() {
        return attempted;
    }
}
