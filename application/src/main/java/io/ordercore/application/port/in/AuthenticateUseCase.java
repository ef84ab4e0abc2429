package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;

/** Turns the claims of a verified token into a caller, if the token still stands. */
public interface AuthenticateUseCase {

    /**
     * @throws UnauthenticatedException {@code INVALID_TOKEN} when the account is gone or blocked, its
     *     credentials changed since the token was issued, the token was signed out, or the
     *     impersonator may no longer impersonate
     */
    Caller.SignedIn authenticate(TokenClaims claims);

    /**
     * For trusted host code only (the admin CLI, which already holds the database credentials):
     * the account with this e-mail as a caller, without a password. Every use case it then calls
     * applies that account's rules and audits it by name.
     *
     * @throws UnauthenticatedException when there is no such account or it is blocked
     */
    Caller.SignedIn asAccount(String email);

    /**
     * What a token says (its signature and expiry already checked by the adapter).
     *
     * @param credentialsVersion the account's credentials version when the token was issued
     * @param impersonator       who is really acting, for an impersonation token
     */
    record TokenClaims(AccountId subject, int credentialsVersion, Optional<AccountId> impersonator, String tokenId) {
        public TokenClaims {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(impersonator, "impersonator");
            Objects.requireNonNull(tokenId, "tokenId");
        }
    }
}
