package io.ordercore.adapter.persistence.dispatch;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Dispatches;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.shared.OrderId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Dispatches} over {@code dispatch_decision}, {@code dispatch_refusal} and
 * {@code dispatch_task}. Due tasks are claimed with FOR UPDATE SKIP LOCKED, so concurrent schedulers
 * (threads or instances) each get different rows; a claim pushes the due time ahead (a lease) and
 * takes a new version, so a task rescheduled since its claim is recognised by its holder.
 */
@Singleton
public final class DispatchesPersistenceAdapter implements Dispatches {

    private static final String NEXT_VERSION = "nextval('dispatch_task_version_seq')";

    private final DispatchRowMapper mapper;
    private final Sql sql;

    DispatchesPersistenceAdapter(DispatchRowMapper mapper, Sql sql) {
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public void record(Decision d) {
        sql.run("INSERT INTO dispatch_decision (order_id, at, kind, chosen_operator_id, explanation, decided_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(d.order().value(), utc(d.at()), d.kind().name(), d.chosen().map(AccountId::value).orElse(null),
                        d.explanation(), d.decidedBy()), PreparedStatement::executeUpdate);
    }

    @Override
    public List<Decision> decisions(OrderId order) {
        return sql.run("SELECT * FROM dispatch_decision WHERE order_id = ? ORDER BY id", List.of(order.value()), statement -> {
            List<Decision> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toDecision(sql.readEntity(rs, DispatchDecisionRow.class)));
                }
            }
            return found;
        });
    }

    @Override
    public void refuse(OrderId order, AccountId operator, RefusalKind kind, Instant at) {
        sql.run("INSERT INTO dispatch_refusal (order_id, operator_id, kind, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                List.of(order.value(), operator.value(), kind.name(), utc(at)), PreparedStatement::executeUpdate);
    }

    @Override
    public boolean cancelRefusal(OrderId order, AccountId operator) {
        return sql.run("DELETE FROM dispatch_refusal WHERE order_id = ? AND operator_id = ?",
                List.of(order.value(), operator.value()), PreparedStatement::executeUpdate) > 0;
    }

    @Override
    public Set<AccountId> refusedBy(OrderId order) {
        return sql.run("SELECT operator_id FROM dispatch_refusal WHERE order_id = ? ORDER BY operator_id",
                List.of(order.value()), statement -> {
                    Set<AccountId> found = new LinkedHashSet<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(new AccountId(rs.getLong(1)));
                        }
                    }
                    return Collections.unmodifiableSet(found);
                });
    }

    @Override
    public void schedule(OrderId order, Stage stage, Instant dueAt, boolean awaitingOperator, Optional<AccountId> operator) {
        Long operatorId = operator.map(AccountId::value).orElse(null);
        // An order that keeps waiting keeps the time it started waiting, so the longest waiting stay first.
        String update = "UPDATE dispatch_task SET stage = ?, due_at = ?, operator_id = ?, version = " + NEXT_VERSION + ", "
                + (awaitingOperator ? "awaiting_operator = TRUE, awaiting_since = COALESCE(awaiting_since, ?)"
                : "awaiting_operator = FALSE, awaiting_since = NULL") + " WHERE order_id = ?";
        List<Object> params = new ArrayList<>(Arrays.asList(stage.name(), utc(dueAt), operatorId));
        if (awaitingOperator) {
            params.add(utc(dueAt));
        }
        params.add(order.value());
        if (sql.run(update, params, PreparedStatement::executeUpdate) == 1) {
            return;
        }
        int inserted = sql.run("INSERT INTO dispatch_task (order_id, stage, due_at, awaiting_operator, awaiting_since,"
                        + " operator_id, version) VALUES (?, ?, ?, ?, ?, ?, " + NEXT_VERSION + ") ON CONFLICT DO NOTHING",
                Arrays.asList(order.value(), stage.name(), utc(dueAt), awaitingOperator, awaitingOperator ? utc(dueAt) : null,
                        operatorId), PreparedStatement::executeUpdate);
        if (inserted == 0) {
            // Inserted concurrently between our two statements: replace it.
            sql.run(update, params, PreparedStatement::executeUpdate);
        }
    }

    @Override
    public void unschedule(OrderId order) {
        sql.run("DELETE FROM dispatch_task WHERE order_id = ?", List.of(order.value()), PreparedStatement::executeUpdate);
    }

    @Override
    public Optional<Task> task(OrderId order) {
        return tasks(" WHERE order_id = ?", List.of(order.value())).stream().findFirst();
    }

    @Override
    public List<Task> claimDue(Instant now, int limit, Duration lease) {
        List<Long> ids = sql.run("SELECT order_id FROM dispatch_task WHERE due_at <= ? ORDER BY due_at, order_id LIMIT ?"
                + " FOR UPDATE SKIP LOCKED", List.of(utc(now), limit), statement -> {
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                    return found;
                });
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = " WHERE order_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        List<Object> params = new ArrayList<>();
        params.add(utc(now.plus(lease)));
        params.addAll(ids);
        sql.run("UPDATE dispatch_task SET due_at = ?, version = " + NEXT_VERSION + in, params, PreparedStatement::executeUpdate);
        Map<Long, Task> claimed = new HashMap<>();
        tasks(in, new ArrayList<>(ids)).forEach(t -> claimed.put(t.order().value(), t));
        // In the order they were due; all are ours until the lease ends (we hold their locks until commit).
        return ids.stream().map(claimed::get).toList();
    }

    @Override
    public long countAwaitingOperator() {
        return sql.run("SELECT COUNT(*) FROM dispatch_task WHERE awaiting_operator = TRUE", List.of(), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<Task> awaitingOperator(int limit) {
        return tasks(" WHERE awaiting_operator = TRUE ORDER BY awaiting_since, order_id LIMIT ?", List.of(limit));
    }

    private List<Task> tasks(String whereAndOrder, List<Object> params) {
        return sql.run("SELECT * FROM dispatch_task" + whereAndOrder, params, statement -> {
            List<Task> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toTask(sql.readEntity(rs, DispatchTaskRow.class)));
                }
            }
            return found;
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
