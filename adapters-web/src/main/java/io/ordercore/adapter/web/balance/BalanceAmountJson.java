package io.ordercore.adapter.web.balance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.domain.shared.Money;

/** A balance right after a change to it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BalanceAmountJson(MoneyJson balance) {

    static BalanceAmountJson from(Money balance) {
        return new BalanceAmountJson(MoneyJson.from(balance));
    }
}
