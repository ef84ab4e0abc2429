package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.coupon.Coupon;
import java.util.List;

/** Coupons by id; pass {@code nextAfterId} as {@code afterId} for the next page, null on the last. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CouponPageJson(List<CouponJson> items, @Nullable Long nextAfterId) {

    static CouponPageJson from(List<Coupon> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id().value() : null;
        return new CouponPageJson(page.stream().map(CouponJson::from).toList(), next);
    }
}
