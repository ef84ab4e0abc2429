package io.ordercore.adapter.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.order.OrderPrice;

/**
 * An order's price snapshot: the call type's price, the discount, the total to pay and the coupon
 * that granted the discount (null without one).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PriceJson(MoneyJson price, MoneyJson discount, MoneyJson total, @Nullable AppliedCouponJson coupon) {

    public static PriceJson from(OrderPrice price) {
        return new PriceJson(MoneyJson.from(price.price()), MoneyJson.from(price.discount()),
                MoneyJson.from(price.total()), price.coupon().map(AppliedCouponJson::from).orElse(null));
    }

    /** The code of the order's coupon, or null: the {@code couponCode} field orders have always had. */
    public static String couponCode(OrderPrice price) {
        return price.coupon().map(c -> c.code().value()).orElse(null);
    }
}
