package io.ordercore.adapter.persistence.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderRowRepository extends GenericRepository<OrderRow, Long> {

    Optional<OrderRow> findById(Long id);

    OrderRow save(OrderRow row);

    OrderRow update(OrderRow row);

    /**
     * Compare-and-set on the version: moves it on by one and locks the row, or changes nothing
     * (returns 0) when someone else got there first.
     */
    @Query("UPDATE orders SET version = version + 1 WHERE id = :id AND version = :expected")
    int bumpVersion(long id, long expected);
}
