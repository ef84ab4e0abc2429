package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import java.util.List;

/** A group just generated and the codes of its coupons. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GeneratedGroupJson(CouponGroupJson group, List<String> codes) {

    static GeneratedGroupJson from(GeneratedGroup generated) {
        return new GeneratedGroupJson(CouponGroupJson.from(generated.group()), generated.codes());
    }
}
