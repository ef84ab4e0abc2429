package io.ordercore.adapter.persistence.order;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderHistoryRowRepository extends GenericRepository<OrderHistoryRow, OrderHistoryKey> {

    List<OrderHistoryRow> findByIdOrderIdOrderByIdSeq(long orderId);

    <S extends OrderHistoryRow> List<S> saveAll(Iterable<S> rows);
}
