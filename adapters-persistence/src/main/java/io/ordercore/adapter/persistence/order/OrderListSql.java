package io.ordercore.adapter.persistence.order;

import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.domain.order.OrderStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one admin-list page: only the filters given, a keyset condition instead of OFFSET,
 * and one row more than the page so we know whether another page follows (no COUNT(*)).
 * Every filter column has an index ending in the sort key (see V1 migration).
 */
final class OrderListSql {

    final String sql;
    final List<Object> parameters;

    private OrderListSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    static OrderListSql of(OrderListQuery q) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        q.id().ifPresent(id -> condition(where, params, "id = ?", id.value()));
        q.clientEmailPrefix().ifPresent(p -> condition(where, params, "client_email LIKE ? ESCAPE '\\'", like(p)));
        q.clientNamePrefix().ifPresent(p -> condition(where, params, "client_name_key LIKE ? ESCAPE '\\'", like(p)));
        q.callType().ifPresent(t -> condition(where, params, "call_type_id = ?", t.value()));
        q.recipientNamePrefix().ifPresent(p -> condition(where, params, "recipient_name_key LIKE ? ESCAPE '\\'", like(p)));
        q.recipientPhonePrefix().ifPresent(p -> condition(where, params, "recipient_phone LIKE ? ESCAPE '\\'", like(p)));
        q.owner().ifPresent(o -> condition(where, params, "owner_account_id = ?", o.value()));
        q.point().ifPresent(p -> condition(where, params, "point_id = ?", p.value()));
        q.operator().ifPresent(o -> condition(where, params, "operator_id = ?", o.value()));
        q.createdFrom().ifPresent(t -> condition(where, params, "created_at >= ?", time(t)));
        q.createdTo().ifPresent(t -> condition(where, params, "created_at < ?", time(t)));
        q.scheduledFrom().ifPresent(t -> condition(where, params, "window_start >= ?", time(t)));
        q.scheduledTo().ifPresent(t -> condition(where, params, "window_start < ?", time(t)));
        if (!q.statuses().isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(q.statuses().size(), "?"));
            where.append(where.isEmpty() ? " WHERE " : " AND ").append("status IN (").append(marks).append(')');
            q.statuses().stream().map(OrderStatus::name).sorted().forEach(params::add);
        }
        String key = q.sort().byCreation() ? "created_at" : "window_start";
        String direction = q.sort().descending() ? "DESC" : "ASC";
        q.cursor().ifPresent(c -> {
            where.append(where.isEmpty() ? " WHERE " : " AND ")
                    .append('(').append(key).append(", id) ").append(q.sort().descending() ? "<" : ">").append(" (?, ?)");
            params.add(time(c.key()));
            params.add(c.id());
        });
        params.add(q.limit() + 1);
        String sql = "SELECT * FROM orders" + where
                + " ORDER BY " + key + " " + direction + ", id " + direction + " LIMIT ?";
        return new OrderListSql(sql, params);
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(sql);
        params.add(value);
    }

    /** A prefix pattern; the prefix's own % and _ match literally. */
    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
