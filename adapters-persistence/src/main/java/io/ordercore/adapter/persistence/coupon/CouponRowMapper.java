package io.ordercore.adapter.persistence.coupon;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.shared.OrderId;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Coupons and groups between domain and rows. */
@Mapper(imports = {AccountId.class, CouponGroupId.class, OrderId.class})
public interface CouponRowMapper {

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "generatedCount", source = "size")
    @Mapping(target = "expiresAt", expression = "java(group.expiresAt().orElse(null))")
    CouponGroupRow toRow(CouponGroup group);

    default CouponGroup toGroup(CouponGroupRow row) {
        return new CouponGroup(new CouponGroupId(row.id()), CouponKind.valueOf(row.kind()), row.percent(), row.comment(),
                Optional.ofNullable(row.expiresAt()), row.createdAt(), row.generatedCount());
    }

    default Coupon toCoupon(CouponRow row) {
        return new Coupon(new CouponId(row.id()), new CouponCode(row.code()), CouponKind.valueOf(row.kind()), row.percent(),
                Optional.ofNullable(row.groupId()).map(CouponGroupId::new),
                Optional.ofNullable(row.holderAccountId()).map(AccountId::new),
                Optional.ofNullable(row.expiresAt()), Optional.ofNullable(row.totalLimit()),
                Optional.ofNullable(row.usedOrderId()).map(OrderId::new),
                Optional.ofNullable(row.grantedForOrderId()).map(OrderId::new), row.createdAt(), row.uses());
    }
}
