package io.ordercore.application.service;

import io.ordercore.application.port.in.AuthenticateUseCase;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.RevokedTokens;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.Email;
import java.util.Optional;

final class AuthenticateService implements AuthenticateUseCase {

    private final Accounts accounts;
    private final RevokedTokens revoked;

    AuthenticateService(Accounts accounts, RevokedTokens revoked) {
        this.accounts = accounts;
        this.revoked = revoked;
    }

    @Override
    public Caller.SignedIn authenticate(TokenClaims claims) {
        Account account = accounts.find(claims.subject()).orElseThrow(UnauthenticatedException::invalidToken);
        // A lock-out after wrong passwords does not end sessions (an attacker could use it to log
        // the owner out); a block or a password change does, through the credentials version.
        if (account.blocked() || account.credentialsVersion() != claims.credentialsVersion()
                || revoked.isRevoked(claims.tokenId())) {
            throw UnauthenticatedException.invalidToken();
        }
        Optional<Caller.Impersonator> impersonator = Optional.empty();
        if (claims.impersonator().isPresent()) {
            Account real = accounts.find(claims.impersonator().get()).orElseThrow(UnauthenticatedException::invalidToken);
            if (real.blocked() || !(real.role() == Role.SUPERVISOR || real.role() == Role.ADMIN)
                    || account.role() == Role.ADMIN) {
                throw UnauthenticatedException.invalidToken();
            }
            impersonator = Optional.of(new Caller.Impersonator(real.id(), real.email(), real.role()));
        }
        return new Caller.SignedIn(account.id(), account.email(), account.role(), account.point(), impersonator);
    }

    @Override
    public Caller.SignedIn asAccount(String email) {
        Account account;
        try {
            account = accounts.findByEmail(Email.of(email)).orElseThrow(() -> new UnauthenticatedException(
                    UnauthenticatedException.INVALID_CREDENTIALS, "No account with the e-mail " + email));
        } catch (io.ordercore.domain.shared.ValidationException e) {
            throw new UnauthenticatedException(UnauthenticatedException.INVALID_CREDENTIALS, "Not an e-mail: " + email);
        }
        if (account.blocked()) {
            throw new UnauthenticatedException(UnauthenticatedException.INVALID_CREDENTIALS, "The account " + email + " is blocked");
        }
        return new Caller.SignedIn(account.id(), account.email(), account.role(), account.point(), Optional.empty());
    }
}
