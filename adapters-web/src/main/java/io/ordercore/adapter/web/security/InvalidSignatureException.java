package io.ordercore.adapter.web.security;

import io.ordercore.domain.shared.DomainException;

/**
 * A server-to-server callback whose {@code X-Signature} is missing or does not match its body (or
 * no secret is configured to check it with): answered 401, and nothing is read from the body.
 */
public final class InvalidSignatureException extends DomainException {

    public static final String CODE = "INVALID_SIGNATURE";
    /** The WWW-Authenticate challenge: which header to send, and how it is computed. */
    public static final String CHALLENGE = "HMAC-SHA256 header=\"X-Signature\"";

    public InvalidSignatureException() {
        super(Kind.UNAUTHENTICATED, CODE, "The X-Signature header is missing or does not match the request body.");
    }
}
