package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.CouponGroupSummary;
import java.util.List;

/** Every coupon group, newest first, with its totals. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CouponGroupListJson(List<CouponGroupSummaryJson> items) {

    static CouponGroupListJson from(List<CouponGroupSummary> groups) {
        return new CouponGroupListJson(groups.stream().map(CouponGroupSummaryJson::from).toList());
    }
}
