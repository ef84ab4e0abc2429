package io.ordercore.adapter.web.security;

import io.micronaut.context.annotation.Property;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.domain.account.AccountId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues signed bearer tokens (JWT, HS256 with the secret of
 * {@code micronaut.security.token.jwt.signatures.secret.generator.secret}) for accounts the core
 * has signed in, registered or let someone act as.
 */
@Singleton
public class AccessTokens {

    public static final String TOKEN_TYPE = "Bearer";

    private final JwtTokenGenerator generator;
    private final Duration ttl;
    // Micronaut checks "exp" against the system clock, so tokens are dated by it too (not by the core's clock).
    private final Clock clock = Clock.systemUTC();

    public AccessTokens(JwtTokenGenerator generator,
                        @Property(name = "ordercore.security.token-ttl", defaultValue = "12h") Duration ttl) {
        if (generator.getSignatureConfiguration() == null) {
            // Without it Micronaut would hand out unsigned tokens.
            throw new IllegalStateException("No token signing secret: set "
                    + "micronaut.security.token.jwt.signatures.secret.generator.secret (at least 32 characters)");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalStateException("ordercore.security.token-ttl must be positive, was " + ttl);
        }
        this.generator = generator;
        this.ttl = ttl;
    }

    /** A token for the account itself. */
    public IssuedToken issue(AccountView account) {
        return issue(account, Optional.empty());
    }

    /** A token acting as {@code account}; with an impersonator, one that carries who really acts. */
    public IssuedToken issue(AccountView account, Optional<AccountId> impersonator) {
        Instant now = clock.instant();
        Map<String, Object> claims = new HashMap<>();
        claims.put(TokenClaimNames.SUBJECT, account.id().toString());
        claims.put(TokenClaimNames.ROLES, List.of(account.role().name()));
        claims.put(TokenClaimNames.CREDENTIALS_VERSION, account.credentialsVersion());
        impersonator.ifPresent(id -> claims.put(TokenClaimNames.IMPERSONATOR, id.toString()));
        claims.put(TokenClaimNames.TOKEN_ID, UUID.randomUUID().toString());
        claims.put(TokenClaimNames.ISSUED_AT, Date.from(now));
        claims.put(TokenClaimNames.EXPIRES_AT, Date.from(now.plus(ttl)));
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the access token could not be signed"));
        return new IssuedToken(token, ttl.toSeconds());
    }

    /** A token and how many seconds it stays valid. */
    public record IssuedToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "IssuedToken[value=***, expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
