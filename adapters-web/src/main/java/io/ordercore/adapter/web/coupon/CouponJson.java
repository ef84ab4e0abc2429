package io.ordercore.adapter.web.coupon;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.shared.OrderId;
import java.time.Instant;

/**
 * A coupon as administrators see it. Absent parts are null: {@code groupId} (repeat-order and super
 * coupons have none), {@code holderAccountId} (never granted or sent to an account),
 * {@code expiresAt} (never expires), {@code totalLimit} (super coupons only; null is unlimited),
 * {@code usedByOrderId} (single-use coupons, once activated), {@code uses} (activations so far; 0 or 1 for
 * single-use coupons), {@code grantedForOrderId}
 * (repeat-order coupons: the paid order that earned it).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CouponJson(long id, String code, String kind, int percent, @Nullable Long groupId,
                         @Nullable Long holderAccountId, @Nullable String expiresAt, @Nullable Integer totalLimit,
                         @Nullable Long usedByOrderId, long uses, @Nullable Long grantedForOrderId,
                         String createdAt) {

    static CouponJson from(Coupon c) {
        return new CouponJson(c.id().value(), c.code().value(), c.kind().name(), c.percent(),
                c.group().map(CouponGroupId::value).orElse(null), c.holder().map(AccountId::value).orElse(null),
                c.expiresAt().map(Instant::toString).orElse(null), c.totalLimit().orElse(null),
                c.usedBy().map(OrderId::value).orElse(null), c.uses(), c.grantedFor().map(OrderId::value).orElse(null),
                c.createdAt().toString());
    }
}
