package io.ordercore.adapter.cli.output;

import io.ordercore.domain.shared.Money;

/** Money for JSON: an exact decimal string in major units, never a floating-point number. */
public record MoneyView(String amount, String currency) {

    public static MoneyView of(Money money) {
        return new MoneyView(amount(money), money.currency().getCurrencyCode());
    }

    /** {@code 1500.00} for 150000 kopecks. */
    public static String amount(Money money) {
        return money.toDecimal().toPlainString();
    }

    /** {@code 1500.00 RUB}, for tables. */
    public static String text(Money money) {
        return amount(money) + " " + money.currency().getCurrencyCode();
    }
}
