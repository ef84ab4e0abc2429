package io.ordercore.adapter.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;

/**
 * A visitor's registration: a point to join (the default one when absent), language RU or EN, and
 * the referral code of the partner who brought them (from the link's {@code ref}), if any.
 */
@Serdeable
public record RegisterRequest(@Nullable String email, @Nullable String name, @Nullable String password,
                              @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long pointId,
                              @Nullable String language, @Nullable String referralCode) {

    static final RegisterRequest EMPTY = new RegisterRequest(null, null, null, null, null, null);

    RegistrationForm toForm() {
        return new RegistrationForm(email, name, password, pointId, language, referralCode);
    }

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", password=***]";
    }
}
