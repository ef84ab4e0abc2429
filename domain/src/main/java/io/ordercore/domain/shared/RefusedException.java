package io.ordercore.domain.shared;

/** A business rule refuses a well-formed request; the code names the rule (e.g. {@code REVIEW_EXISTS}). */
public final class RefusedException extends DomainException {

    public RefusedException(String code, String message) {
        super(Kind.REFUSED, code, message);
    }
}
