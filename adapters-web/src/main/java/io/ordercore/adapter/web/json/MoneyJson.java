package io.ordercore.adapter.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.shared.Money;

/**
 * An exact amount: {@code amount} as a decimal string in major units ("1500.00"), {@code minor}
 * in minor units (kopecks), never a floating-point number.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MoneyJson(String amount, long minor, String currency) {

    public static MoneyJson from(Money money) {
        return new MoneyJson(money.toDecimal().toPlainString(), money.minor(), money.currency().getCurrencyCode());
    }
}
