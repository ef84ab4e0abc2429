package io.ordercore.adapter.persistence.dispatch;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Reads of calls; writes go through hand-written SQL (a repeated report must not raise a key violation). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CallResultRepository extends GenericRepository<CallResultRow, CallResultKey> {

    List<CallResultRow> findByIdOrderIdOrderByIdStartedAtAndIdOperatorId(long orderId);
}
