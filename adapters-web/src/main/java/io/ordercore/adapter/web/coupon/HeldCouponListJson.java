package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.HeldCoupon;
import java.util.List;

/** The coupons granted or sent to the signed-in client, newest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HeldCouponListJson(List<HeldCouponJson> items) {

    static HeldCouponListJson from(List<HeldCoupon> coupons) {
        return new HeldCouponListJson(coupons.stream().map(HeldCouponJson::from).toList());
    }
}
