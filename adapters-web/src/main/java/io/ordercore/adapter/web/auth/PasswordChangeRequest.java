package io.ordercore.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The current password, to prove it is the owner, and the new one. */
@Serdeable
public record PasswordChangeRequest(@Nullable String oldPassword, @Nullable String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[***]";
    }
}
