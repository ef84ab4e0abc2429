package io.ordercore.application.port.in;

import io.ordercore.domain.shared.DomainException;

/**
 * Credentials are missing, wrong, expired or withdrawn. The message never says which, nor
 * whether an e-mail exists.
 */
public final class UnauthenticatedException extends DomainException {

    /** Sign-in refused: unknown e-mail, wrong password, locked or blocked account alike. */
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    /** A token that no longer stands (password changed, signed out, blocked, tampered, expired). */
    public static final String INVALID_TOKEN = "INVALID_TOKEN";
    /** The use case needs a signed-in caller. */
    public static final String SIGN_IN_REQUIRED = "SIGN_IN_REQUIRED";

    public UnauthenticatedException(String code, String message) {
        super(Kind.UNAUTHENTICATED, code, message);
    }

    public static UnauthenticatedException invalidCredentials() {
        return new UnauthenticatedException(INVALID_CREDENTIALS, "The e-mail or the password is wrong");
    }

    public static UnauthenticatedException invalidToken() {
        return new UnauthenticatedException(INVALID_TOKEN, "The session is no longer valid; sign in again");
    }

    public static UnauthenticatedException signInRequired() {
        return new UnauthenticatedException(SIGN_IN_REQUIRED, "Sign in first");
    }
}
