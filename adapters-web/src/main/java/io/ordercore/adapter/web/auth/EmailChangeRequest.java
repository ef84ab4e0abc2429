package io.ordercore.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The new e-mail (the new login) and the current password. */
@Serdeable
public record EmailChangeRequest(@Nullable String email, @Nullable String password) {

    @Override
    public String toString() {
        return "EmailChangeRequest[email=" + email + ", password=***]";
    }
}
