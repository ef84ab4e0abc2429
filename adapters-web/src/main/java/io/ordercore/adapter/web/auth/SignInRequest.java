package io.ordercore.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** E-mail and password, as typed. */
@Serdeable
public record SignInRequest(@Nullable String email, @Nullable String password) {

    @Override
    public String toString() {
        return "SignInRequest[email=" + email + ", password=***]";
    }
}
