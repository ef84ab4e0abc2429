package io.ordercore.adapter.web.security;

import io.micronaut.security.authentication.Authentication;
import io.ordercore.application.port.in.AuthenticateUseCase.TokenClaims;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.domain.account.AccountId;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the claims of a token Micronaut has verified (signature and expiry). A token signed with
 * our key but missing a claim we need is refused like a tampered one.
 */
public final class BearerClaims {

    private BearerClaims() {
    }

    public static TokenClaims of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Object impersonator = claims.get(TokenClaimNames.IMPERSONATOR);
        return new TokenClaims(accountId(authentication.getName()),
                (int) whole(claims.get(TokenClaimNames.CREDENTIALS_VERSION)),
                impersonator == null ? Optional.empty() : Optional.of(accountId(impersonator)),
                text(claims.get(TokenClaimNames.TOKEN_ID)));
    }

    /** When the token would have expired by itself. */
    public static Instant expiresAt(Authentication authentication) {
        Object exp = authentication.getAttributes().get(TokenClaimNames.EXPIRES_AT);
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        return Instant.ofEpochSecond(whole(exp));
    }

    private static AccountId accountId(Object raw) {
        try {
            long id = Long.parseLong(text(raw));
            if (id > 0) {
                return new AccountId(id);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw UnauthenticatedException.invalidToken();
    }

    private static long whole(Object raw) {
        if (raw instanceof Number number) {
            return number.longValue();
        }
        throw UnauthenticatedException.invalidToken();
    }

    private static String text(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            throw UnauthenticatedException.invalidToken();
        }
        return raw.toString();
    }
}
