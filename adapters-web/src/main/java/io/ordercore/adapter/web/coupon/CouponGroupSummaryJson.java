package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.CouponGroupSummary;

/** A group's fields with its totals: how many coupons were generated, how many are used, unused and deleted. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CouponGroupSummaryJson(@JsonUnwrapped CouponGroupJson group, long generated, long used, long unused,
                                     long deleted) {

    static CouponGroupSummaryJson from(CouponGroupSummary s) {
        return new CouponGroupSummaryJson(CouponGroupJson.from(s.group()), s.generated(), s.used(), s.unused(), s.deleted());
    }
}
