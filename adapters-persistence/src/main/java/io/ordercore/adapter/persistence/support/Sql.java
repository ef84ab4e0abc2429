package io.ordercore.adapter.persistence.support;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Hand-written SQL for what repositories cannot express (dynamic filters, locks, sequences).
 * Joins the caller's transaction when there is one, else borrows a connection for the call.
 */
@Singleton
public final class Sql {

    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    public Sql(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /** Runs {@code work} on a statement for {@code sql} with {@code params} bound in order. */
    public <R> R run(String sql, List<?> params, PreparedStatementCallback<R> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return work.call(statement);
        }));
    }

    /** Micronaut Data's row-to-entity mapping, for rows read by {@link #run}. */
    public <E> E readEntity(java.sql.ResultSet rs, Class<E> type) {
        return jdbc.readEntity(rs, type);
    }
}
