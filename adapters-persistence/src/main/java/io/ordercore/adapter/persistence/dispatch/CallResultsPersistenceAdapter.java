package io.ordercore.adapter.persistence.dispatch;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.CallResults;
import io.ordercore.domain.order.CallResult;
import io.ordercore.domain.shared.OrderId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link CallResults} over {@code call_result} and {@code order_page}. Repeated reports and
 * concurrent first visits of a page are absorbed by ON CONFLICT DO NOTHING, never by a key violation.
 */
@Singleton
public final class CallResultsPersistenceAdapter implements CallResults {

    /** How many fresh tokens to try when one clashes with another order's (practically never with 128 random bits). */
    private static final int TOKEN_ATTEMPTS = 5;

    private final CallResultRepository calls;
    private final DispatchRowMapper mapper;
    private final Sql sql;

    CallResultsPersistenceAdapter(CallResultRepository calls, DispatchRowMapper mapper, Sql sql) {
        this.calls = calls;
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public boolean record(CallResult call, Instant receivedAt) {
        CallResultRow row = mapper.toRow(call, receivedAt);
        int inserted = sql.run("INSERT INTO call_result (order_id, operator_id, started_at, ended_at, duration_seconds,"
                        + " recording_url, outcome, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                Arrays.asList(row.id().orderId(), row.id().operatorId(), utc(row.id().startedAt()), utc(row.endedAt()),
                        row.durationSeconds(), row.recordingUrl(), row.outcome(), utc(row.receivedAt())),
                PreparedStatement::executeUpdate);
        if (inserted == 1) {
            return true;
        }
        if (row.recordingUrl() != null) {
            // The recording is often processed after the call is first reported: a repeat may bring it.
            sql.run("UPDATE call_result SET recording_url = ? WHERE order_id = ? AND operator_id = ? AND started_at = ?"
                            + " AND recording_url IS NULL",
                    List.of(row.recordingUrl(), row.id().orderId(), row.id().operatorId(), utc(row.id().startedAt())),
                    PreparedStatement::executeUpdate);
        }
        return false;
    }

    @Override
    public List<CallResult> forOrder(OrderId order) {
        return calls.findByIdOrderIdOrderByIdStartedAtAndIdOperatorId(order.value()).stream().map(mapper::toCall).toList();
    }

    @Override
    public String pageToken(OrderId order, Supplier<String> newToken) {
        Optional<String> existing = token(order);
        for (int attempt = 0; existing.isEmpty() && attempt < TOKEN_ATTEMPTS; attempt++) {
            // Nothing inserted means another visit made the token first (or, vanishingly rarely, the new
            // token is another order's): read what is there, and try again only if it is still nothing.
            sql.run("INSERT INTO order_page (order_id, token) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    List.of(order.value(), newToken.get()), PreparedStatement::executeUpdate);
            existing = token(order);
        }
        return existing.orElseThrow(() -> new IllegalStateException("no unique page token for order " + order
                + " after " + TOKEN_ATTEMPTS + " attempts"));
    }

    @Override
    public Optional<OrderId> orderOfPage(String token) {
        return sql.run("SELECT order_id FROM order_page WHERE token = ?", List.of(token), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new OrderId(rs.getLong(1))) : Optional.empty();
            }
        });
    }

    private Optional<String> token(OrderId order) {
        return sql.run("SELECT token FROM order_page WHERE order_id = ?", List.of(order.value()), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
