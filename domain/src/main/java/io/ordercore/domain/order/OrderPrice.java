package io.ordercore.domain.order;

import io.ordercore.domain.shared.Money;
import java.util.Objects;

/**
 * The price snapshot of an order: the call type's price when ordered and the discount granted;
 * the total is derived and never negative.
 */
public record OrderPrice(Money price, Money discount) {

    public OrderPrice {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(discount, "discount");
        if (price.isNegative() || discount.isNegative()) {
            throw new IllegalArgumentException("price and discount cannot be negative");
        }
        if (discount.compareTo(price) > 0) {
            throw new IllegalArgumentException("discount " + discount + " exceeds price " + price);
        }
    }

    public static OrderPrice undiscounted(Money price) {
        return new OrderPrice(price, Money.zero(price.currency()));
    }

    public Money total() {
        return price.minus(discount);
    }
}
