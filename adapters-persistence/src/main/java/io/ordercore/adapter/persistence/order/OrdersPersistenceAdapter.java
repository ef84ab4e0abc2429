package io.ordercore.adapter.persistence.order;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.in.OrderCursor;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import io.ordercore.application.port.in.OrderSummary;
import io.ordercore.application.port.out.ConcurrentUpdateException;
import io.ordercore.application.port.out.Orders;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.order.OrderStatus;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.PGStatement;

/** {@link Orders} over PostgreSQL (or H2) with Micronaut Data JDBC. */
@Singleton
public final class OrdersPersistenceAdapter implements Orders {

    /** True when the four prefix-filtered columns of orders all use a code-point-ordered libc collation. */
    private static final String CODE_POINT_COLLATION = "SELECT COUNT(*) = 4 AND bool_and(CASE WHEN c.collprovider = 'd'"
            // the database's default: libc (datlocprovider is PostgreSQL 15+; before, always libc)
            + " THEN COALESCE(to_jsonb(d) ->> 'datlocprovider', 'c') = 'c' AND d.datcollate IN ('C', 'POSIX', 'C.UTF-8', 'C.utf8')"
            + " ELSE c.collprovider = 'c' AND c.collcollate IN ('C', 'POSIX', 'C.UTF-8', 'C.utf8') END)"
            + " FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation"
            + " JOIN pg_database d ON d.datname = current_database()"
            + " WHERE a.attrelid = to_regclass('orders')"
            + " AND a.attname IN ('client_email', 'client_name_key', 'recipient_name_key', 'recipient_phone')";

    private final OrderRowRepository rows;
    private final OrderHistoryRowRepository historyRows;
    private final OrderRowMapper mapper;
    private final Sql sql;
    /** Whether the store orders the list's prefix-filtered columns by code point; null until asked. */
    private volatile Boolean codePointText;

    public OrdersPersistenceAdapter(OrderRowRepository rows, OrderHistoryRowRepository historyRows, OrderRowMapper mapper,
                                    Sql sql) {
        this.rows = rows;
        this.historyRows = historyRows;
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return rows.findById(id.value())
                .map(row -> Order.rehydrate(mapper.toSnapshot(row, historyRows.findByIdOrderIdOrderByIdSeq(id.value()))));
    }

    @Override
    public Order save(Order order) {
        OrderSnapshot s = order.snapshot();
        long newVersion = s.version() + 1;
        OrderRow row = mapper.toRow(withVersion(s, newVersion));
        if (order.isNew()) {
            rows.save(row);
        } else {
            // Compare-and-set first: it locks the row and fails cleanly if another writer was faster.
            if (rows.bumpVersion(s.id().value(), s.version()) != 1) {
                throw new ConcurrentUpdateException("Order " + s.id());
            }
            rows.update(row);
        }
        List<OrderHistoryRow> added = mapper.toRows(s.id(), order.unsavedHistory());
        if (!added.isEmpty()) {
            historyRows.saveAll(added);
        }
        return Order.rehydrate(withVersion(s, newVersion));
    }

    @Override
    public OrderPage list(OrderListQuery query) {
        OrderListSql page = OrderListSql.of(query, codePointText());
        List<OrderRow> found = sql.run(page.sql, page.parameters, statement -> {
            customPlan(statement);
            try (ResultSet rs = statement.executeQuery()) {
                List<OrderRow> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(sql.readEntity(rs, OrderRow.class));
                }
                return result;
            }
        });
        boolean more = found.size() > query.limit();
        List<OrderRow> shown = more ? found.subList(0, query.limit()) : found;
        Optional<String> next = Optional.empty();
        if (more) {
            OrderRow last = shown.get(shown.size() - 1);
            next = Optional.of(new OrderCursor(query.sort(),
                    query.sort().byCreation() ? last.createdAt() : last.windowStart(), last.id()).encode());
        }
        return new OrderPage(shown.stream().map(this::summary).toList(), next);
    }

    @Override
    public long paidOrdinal(AccountId owner, java.time.Instant firstPaidAt, OrderId order) {
        Object at = firstPaidAt.atOffset(java.time.ZoneOffset.UTC);
        return sql.run("SELECT COUNT(*) FROM orders WHERE owner_account_id = ? AND first_paid_at IS NOT NULL"
                        + " AND (first_paid_at < ? OR first_paid_at = ? AND id <= ?)",
                List.of(owner.value(), at, at, order.value()), statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    @Override
    public Map<OrderStatus, StatusTotals> totalsByStatus(AccountId owner) {
        return sql.run("SELECT status, COUNT(*), COALESCE(SUM(price_minor - discount_minor), 0) FROM orders"
                + " WHERE owner_account_id = ? GROUP BY status", List.of(owner.value()), statement -> {
                    Map<OrderStatus, StatusTotals> result = new java.util.EnumMap<>(OrderStatus.class);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            result.put(OrderStatus.valueOf(rs.getString(1)), new StatusTotals(rs.getLong(2), rs.getLong(3)));
                        }
                    }
                    return result;
                });
    }

    @Override
    public Map<OrderId, OrderStatus> statuses(Collection<OrderId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> values = ids.stream().map(OrderId::value).distinct().toList();
        return sql.run("SELECT id, status FROM orders WHERE id IN (" + marks(values.size()) + ")", values, statement -> {
            Map<OrderId, OrderStatus> result = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.put(new OrderId(rs.getLong(1)), OrderStatus.valueOf(rs.getString(2)));
                }
            }
            return result;
        });
    }

    @Override
    public Set<OrderId> deleteIfStatusIn(Collection<OrderId> ids, Set<OrderStatus> deletable) {
        if (ids.isEmpty() || deletable.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>();
        ids.stream().map(OrderId::value).distinct().forEach(params::add);
        int idCount = params.size();
        deletable.stream().map(OrderStatus::name).sorted().forEach(params::add);
        String where = " WHERE id IN (" + marks(idCount) + ") AND status IN (" + marks(deletable.size()) + ")";
        // Lock the matching rows first (the caller's transaction holds the locks), then delete exactly those.
        Set<OrderId> locked = sql.run("SELECT id FROM orders" + where + " ORDER BY id FOR UPDATE", params, statement -> {
            Set<OrderId> result = new LinkedHashSet<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new OrderId(rs.getLong(1)));
                }
            }
            return result;
        });
        if (!locked.isEmpty()) {
            List<Object> lockedIds = new ArrayList<>(locked.stream().map(OrderId::value).toList());
            sql.run("DELETE FROM orders WHERE id IN (" + marks(lockedIds.size()) + ")", lockedIds,
                    PreparedStatement::executeUpdate);
        }
        return locked;
    }

    /**
     * Plans this execution for its own values: pgjdbc otherwise prepares a statement on the server
     * from its 5th use on a connection, and PostgreSQL may then settle on one generic plan for
     * every value. For a search whose filters range from one row to most of the table (a rare or a
     * common status, a whole e-mail or a first letter) that plan is often the wrong one: at a
     * million orders it measured 40-80 ms where the plan for the values takes 1 ms
     * (bench/data/README.md). Planning costs about 0.1 ms. H2 has no such switch and needs none.
     */
    private static void customPlan(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    /**
     * Asked once: PostgreSQL with the C, POSIX or C.UTF-8 (libc) collation on the prefix-filtered
     * columns compares them by code point, so {@link OrderListSql} may bound a prefix by a range.
     * Any other collation (a linguistic one, ICU) or store (H2, which turns LIKE prefixes into
     * index ranges by itself) gets the LIKE alone.
     */
    private boolean codePointText() {
        Boolean known = codePointText;
        if (known == null) {
            boolean postgres = sql.run("SELECT 1", List.of(),
                    statement -> "PostgreSQL".equals(statement.getConnection().getMetaData().getDatabaseProductName()));
            known = postgres && sql.run(CODE_POINT_COLLATION, List.of(), statement -> {
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            });
            codePointText = known;
        }
        return known;
    }

    private OrderSummary summary(OrderRow row) {
        OrderSnapshot s = mapper.toSnapshot(row, List.of());
        return new OrderSummary(s.id(), s.status(), s.details().client().name(), s.details().client().email(),
                s.details().recipient().name(), s.details().recipient().phone(), s.details().callType(),
                s.details().window(), s.price().total(), s.createdAt());
    }

    private static OrderSnapshot withVersion(OrderSnapshot s, long version) {
        return new OrderSnapshot(s.id(), s.status(), s.owner(), s.point(), s.operator(), s.details(), s.price(),
                s.createdAt(), s.updatedAt(), s.firstPaidAt(), version, s.history());
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
