package io.ordercore.adapter.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.coupon.AppliedCoupon;

/** The coupon an order carries, as it was when applied. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AppliedCouponJson(String code, String kind, int percent) {

    public static AppliedCouponJson from(AppliedCoupon coupon) {
        return new AppliedCouponJson(coupon.code().value(), coupon.kind().name(), coupon.percent());
    }
}
