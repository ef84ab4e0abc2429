package io.ordercore.application.port.in;

/** Sign-in with e-mail and password. */
public interface SignInUseCase {

    /**
     * @return the account, for the adapter to issue a token
     * @throws UnauthenticatedException {@code INVALID_CREDENTIALS} alike for an unknown e-mail, a wrong
     *     password, a locked-out or a blocked account; the tenth wrong password in a row locks the
     *     account for 15 minutes
     */
    AccountView signIn(String email, String password);
}
