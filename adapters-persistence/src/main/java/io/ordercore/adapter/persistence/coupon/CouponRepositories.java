package io.ordercore.adapter.persistence.coupon;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Reads and writes of groups; coupons go through hand-written SQL (their uses are counted on read). */
final class CouponRepositories {

    private CouponRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface GroupRows extends GenericRepository<CouponGroupRow, Long> {
        Optional<CouponGroupRow> findById(Long id);

        CouponGroupRow save(CouponGroupRow row);
    }
}
