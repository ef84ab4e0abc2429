package io.ordercore.adapter.web.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.AccountView;
import java.util.List;

/** One page of accounts by id; pass {@code nextAfterId} as {@code afterId} for the next, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountListJson(List<AccountJson> items, @Nullable Long nextAfterId) {

    static AccountListJson from(List<AccountView> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id().value() : null;
        return new AccountListJson(page.stream().map(AccountJson::from).toList(), next);
    }
}
