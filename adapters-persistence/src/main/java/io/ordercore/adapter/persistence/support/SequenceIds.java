package io.ordercore.adapter.persistence.support;

import io.ordercore.application.port.out.Ids;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.CallExampleId;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.CategoryId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.point.PointId;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/** {@link Ids} from database sequences, so every instance sharing the database gets distinct ids. */
@Singleton
public final class SequenceIds implements Ids {

    private final Sql sql;

    public SequenceIds(Sql sql) {
        this.sql = sql;
    }

    @Override
    public OrderId nextOrderId() {
        return new OrderId(next("order_id_seq"));
    }

    @Override
    public CategoryId nextCategoryId() {
        return new CategoryId(next("category_id_seq"));
    }

    @Override
    public CallTypeId nextCallTypeId() {
        return new CallTypeId(next("call_type_id_seq"));
    }

    @Override
    public CallExampleId nextCallExampleId() {
        return new CallExampleId(next("call_example_id_seq"));
    }

    @Override
    public TalentId nextTalentId() {
        return new TalentId(next("talent_id_seq"));
    }

    @Override
    public AccountId nextAccountId() {
        return new AccountId(next("account_id_seq"));
    }

    @Override
    public PointId nextPointId() {
        return new PointId(next("point_id_seq"));
    }

    @Override
    public CouponId nextCouponId() {
        return new CouponId(next("coupon_id_seq"));
    }

    @Override
    public CouponGroupId nextCouponGroupId() {
        return new CouponGroupId(next("coupon_group_id_seq"));
    }

    @Override
    public long nextReviewId() {
        return next("review_id_seq");
    }

    @Override
    public long nextEarningId() {
        return next("earning_id_seq");
    }

    @Override
    public long nextPayoutId() {
        return next("payout_id_seq");
    }

    @Override
    public long nextPaymentId() {
        return next("payment_id_seq");
    }

    private long next(String sequence) {
        // The name is one of the constants above, never input: safe to inline.
        return sql.run("SELECT nextval('" + sequence + "')", java.util.List.of(), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
