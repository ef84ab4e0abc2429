package io.ordercore.adapter.persistence.dispatch;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Operators;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.catalog.TalentId;
import io.ordercore.domain.dispatch.Candidate;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.order.OrderStatus;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Operators} over {@code operator} and {@code operator_talent}. An operator's load is never
 * stored: it is counted from the orders they hold, so it cannot drift from the orders themselves.
 * Capacity claims lock the operator's row and count under that lock.
 */
@Singleton
public final class OperatorsPersistenceAdapter implements Operators {

    /** The statuses in which an order takes one place of its operator's capacity. */
    private static final String HELD = "('" + OrderStatus.OPERATOR_PROPOSED.name() + "', '" + OrderStatus.IN_PROGRESS.name() + "')";
    private static final String COLUMNS = "o.account_id, o.name, o.gender, o.tariff_minor, o.rating, o.state, o.capacity,"
            + " o.hours_from, o.hours_to, o.last_assigned_at";
    private static final String UPDATE_PROFILE = "UPDATE operator SET name = ?, gender = ?, tariff_minor = ?, state = ?,"
            + " capacity = ?, hours_from = ?, hours_to = ? WHERE account_id = ?";

    private final DispatchRowMapper mapper;
    private final Sql sql;

    OperatorsPersistenceAdapter(DispatchRowMapper mapper, Sql sql) {
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public void save(Operator operator) {
        OperatorRow row = mapper.toRow(operator);
        List<Object> profile = Arrays.asList(row.name(), row.gender(), row.tariffMinor(), row.state(), row.capacity(),
                row.hoursFrom(), row.hoursTo(), row.accountId());
        // Replace first: the rating and the last proposal time are not part of the profile and stay as stored.
        if (sql.run(UPDATE_PROFILE, profile, PreparedStatement::executeUpdate) == 0) {
            int inserted = sql.run("INSERT INTO operator (account_id, name, gender, tariff_minor, rating, state, capacity,"
                            + " hours_from, hours_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    Arrays.asList(row.accountId(), row.name(), row.gender(), row.tariffMinor(), row.rating(), row.state(),
                            row.capacity(), row.hoursFrom(), row.hoursTo()), PreparedStatement::executeUpdate);
            if (inserted == 0) {
                // A concurrent first save got there between our two statements: ours replaces it.
                sql.run(UPDATE_PROFILE, profile, PreparedStatement::executeUpdate);
            }
        }
        // The row is locked by now, so concurrent saves of one operator replace the talents one after the other.
        sql.run("DELETE FROM operator_talent WHERE operator_id = ?", List.of(row.accountId()), PreparedStatement::executeUpdate);
        List<Long> talents = operator.talents().stream().map(TalentId::value).sorted().toList();
        if (!talents.isEmpty()) {
            List<Object> params = new ArrayList<>();
            talents.forEach(t -> {
                params.add(row.accountId());
                params.add(t);
            });
            sql.run("INSERT INTO operator_talent (operator_id, talent_id) VALUES "
                    + String.join(", ", Collections.nCopies(talents.size(), "(?, ?)")) + " ON CONFLICT DO NOTHING",
                    params, PreparedStatement::executeUpdate);
        }
    }

    @Override
    public Optional<Operator> find(AccountId id) {
        return operators(" WHERE o.account_id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public List<Operator> list(Optional<OperatorState> state, long afterId, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(afterId);
        StringBuilder where = new StringBuilder(" WHERE o.account_id > ?");
        state.ifPresent(s -> {
            where.append(" AND o.state = ?");
            params.add(s.name());
        });
        params.add(limit);
        return operators(where + " ORDER BY o.account_id LIMIT ?", params);
    }

    @Override
    public List<Candidate> candidates() {
        record Loaded(OperatorRow row, int activeOrders) {
        }
        List<Loaded> rows = sql.run("SELECT " + COLUMNS + ", COALESCE(h.active_orders, 0) AS active_orders FROM operator o"
                + " LEFT JOIN (SELECT operator_id, COUNT(*) AS active_orders FROM orders WHERE status IN " + HELD
                + " AND operator_id IS NOT NULL GROUP BY operator_id) h ON h.operator_id = o.account_id"
                + " ORDER BY o.account_id", List.of(), statement -> {
                    List<Loaded> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Loaded(sql.readEntity(rs, OperatorRow.class), rs.getInt("active_orders")));
                        }
                    }
                    return found;
                });
        Map<Long, List<TalentId>> talents = talents("", List.of());
        return rows.stream().map(l -> new Candidate(
                mapper.toOperator(l.row(), talents.getOrDefault(l.row().accountId(), List.of())), l.activeOrders(),
                Optional.ofNullable(l.row().lastAssignedAt()))).toList();
    }

    @Override
    public int activeOrders(AccountId id) {
        return sql.run("SELECT COUNT(*) FROM orders WHERE status IN " + HELD + " AND operator_id = ?",
                List.of(id.value()), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
    }

    @Override
    public boolean claimCapacity(AccountId id, Instant at) {
        // The lock first, in a statement of its own: the count below then sees every order committed by
        // whoever held the lock before us (each statement reads the latest committed rows).
        Optional<OperatorRow> locked = sql.run("SELECT " + COLUMNS + " FROM operator o WHERE o.account_id = ? FOR UPDATE",
                List.of(id.value()), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(sql.readEntity(rs, OperatorRow.class)) : Optional.empty();
                    }
                });
        if (locked.isEmpty() || !OperatorState.ACTIVE.name().equals(locked.get().state())) {
            return false;
        }
        // A statement after the lock: it sees what whoever held the lock before us committed.
        if (activeOrders(id) >= locked.get().capacity()) {
            return false;
        }
        sql.run("UPDATE operator SET last_assigned_at = ? WHERE account_id = ?", List.of(at.atOffset(ZoneOffset.UTC), id.value()),
                PreparedStatement::executeUpdate);
        return true;
    }

    @Override
    public void addToRating(AccountId id, int delta) {
        sql.run("UPDATE operator SET rating = rating + ? WHERE account_id = ?", List.of(delta, id.value()),
                PreparedStatement::executeUpdate);
    }

    private List<Operator> operators(String whereAndOrder, List<Object> params) {
        List<OperatorRow> rows = sql.run("SELECT " + COLUMNS + " FROM operator o" + whereAndOrder, params, statement -> {
            List<OperatorRow> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(sql.readEntity(rs, OperatorRow.class));
                }
            }
            return found;
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(rows.stream().map(OperatorRow::accountId).toList());
        Map<Long, List<TalentId>> talents = talents(" WHERE operator_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", ids);
        return rows.stream().map(r -> mapper.toOperator(r, talents.getOrDefault(r.accountId(), List.of()))).toList();
    }

    /** Talents by operator, of the operators {@code where} selects (all with an empty one). */
    private Map<Long, List<TalentId>> talents(String where, List<Object> params) {
        return sql.run("SELECT operator_id, talent_id FROM operator_talent" + where + " ORDER BY operator_id, talent_id", params,
                statement -> {
                    Map<Long, List<TalentId>> found = new HashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TalentId(rs.getLong(2)));
                        }
                    }
                    return found;
                });
    }
}
