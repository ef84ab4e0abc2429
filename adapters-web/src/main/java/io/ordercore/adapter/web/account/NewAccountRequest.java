package io.ordercore.adapter.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.StrictLong;
import io.ordercore.application.port.in.ManageAccountsUseCase.NewAccountForm;

/**
 * An account as staff open it. Without a password one is generated and e-mailed to the new user;
 * a client or point manager needs a point.
 */
@Serdeable
public record NewAccountRequest(@Nullable String email, @Nullable String name, @Nullable String role,
                                @Nullable @Serdeable.Deserializable(using = StrictLong.class) Long pointId,
                                @Nullable String password, @Nullable String language) {

    NewAccountForm toForm() {
        return new NewAccountForm(email, name, role, pointId, password, language);
    }

    @Override
    public String toString() {
        return "NewAccountRequest[email=" + email + ", role=" + role + ", password=***]";
    }
}
