package io.ordercore.domain.shared;

import java.util.Objects;

/**
 * A rule of the model was broken. Every subclass carries a stable {@link #code()} that travels
 * unchanged to problem+json responses and CLI error output, and a {@link Kind} from which adapters
 * derive the HTTP status and exit code without knowing each code.
 */
public abstract class DomainException extends RuntimeException {

    /** What sort of refusal this is; adapters map it to a status code. */
    public enum Kind {
        /** The input is malformed or breaks a field rule (HTTP 400). */
        INVALID,
        /** The thing asked for does not exist, or is out of the caller's sight (HTTP 404). */
        NOT_FOUND,
        /** Who is asking is unknown: no, wrong or expired credentials (HTTP 401). */
        UNAUTHENTICATED,
        /** The caller is known but may not do this (HTTP 403). */
        FORBIDDEN,
        /** The request clashes with the current state; retrying later may succeed (HTTP 409). */
        CONFLICT,
        /** Well-formed, but a business rule refuses it (HTTP 422). */
        REFUSED
    }

    private final String code;
    private final Kind kind;

    protected DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Stable, upper-snake-case error code, e.g. {@code ILLEGAL_TRANSITION}. */
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
