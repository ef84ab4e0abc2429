package io.ordercore.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.account.AccountJson;
import io.ordercore.adapter.web.security.AccessTokens;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;

/**
 * A bearer token and the account it acts as. Send it as {@code Authorization: Bearer <accessToken>};
 * it lasts {@code expiresIn} seconds, until a sign-out, or until the account's password or role
 * changes or it is blocked. {@code impersonator} is set on a token of someone acting as the account.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SessionJson(String accessToken, String tokenType, long expiresIn, AccountJson account,
                          @Nullable ImpersonatorJson impersonator) {

    static SessionJson of(AccessTokens.IssuedToken token, AccountView account) {
        return new SessionJson(token.value(), AccessTokens.TOKEN_TYPE, token.expiresInSeconds(), AccountJson.from(account),
                null);
    }

    static SessionJson of(AccessTokens.IssuedToken token, AccountView account, Caller.Impersonator impersonator) {
        return new SessionJson(token.value(), AccessTokens.TOKEN_TYPE, token.expiresInSeconds(), AccountJson.from(account),
                new ImpersonatorJson(impersonator.id().value(), impersonator.email().value(), impersonator.role().name()));
    }

    @Override
    public String toString() {
        return "SessionJson[accessToken=***, account=" + account.id() + "]";
    }

    /** Who is really acting. */
    @Serdeable
    public record ImpersonatorJson(long id, String email, String role) {
    }
}
