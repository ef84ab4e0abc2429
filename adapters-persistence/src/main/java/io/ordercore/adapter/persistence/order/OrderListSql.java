package io.ordercore.adapter.persistence.order;

import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.domain.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of one admin-list page: only the filters given, a keyset condition instead of OFFSET,
 * and one row more than the page so we know whether another page follows (no COUNT(*)).
 * Every filter column has an index ending in the sort key (see V1 migration).
 *
 * <p>Two rewrites keep those indexes usable at a million orders (measured in
 * {@code bench/data/README.md}); neither changes which rows match:
 * <ul>
 *   <li>when the store compares the prefix-filtered columns in code point order
 *       ({@code codePointRanges}), a prefix filter is the range of strings that start with the
 *       prefix, {@code column >= prefix AND column < prefixEnd}, instead of {@code LIKE 'prefix%'}:
 *       in that order the two select exactly the same rows, but the range reads the column's index
 *       for those rows only, whereas PostgreSQL turns a LIKE into an index range by itself only under
 *       the "C" collation (not "C.UTF-8", nor a linguistic one) and never for a {@code LIKE ?}
 *       parameter. (Not both: the planner would multiply their selectivities and misjudge the
 *       plan.) Any other store or collation keeps the LIKE;</li>
 *   <li>a call-window bound also bounds the creation time, and a creation bound the call window,
 *       from the invariant that an order is always created before its window ends (placing and
 *       rescheduling both refuse a window that has ended) and a window lies within one day: so
 *       {@code window_start < t} implies {@code created_at < t + 2 days}, and {@code created_at >= t}
 *       implies {@code window_start > t - 2 days}. Without them, "scheduled on a day 200 days ago,
 *       newest first" walks the creation index through 400,000 newer orders.</li>
 * </ul>
 */
final class OrderListSql {

    /** More than the longest call window (within one Moscow day), so the bounds above never cut a row. */
    private static final Duration WINDOW_SLACK = Duration.ofDays(2);

    final String sql;
    final List<Object> parameters;

    private OrderListSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /**
     * @param codePointRanges whether the store orders the prefix-filtered columns by code point
     *        (PostgreSQL under the C, POSIX or C.UTF-8 collation), so a prefix is a range there;
     *        false keeps the LIKE (H2, other collations)
     */
    static OrderListSql of(OrderListQuery q, boolean codePointRanges) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        q.id().ifPresent(id -> condition(where, params, "id = ?", id.value()));
        q.clientEmailPrefix().ifPresent(p -> prefix(where, params, "client_email", p, codePointRanges));
        q.clientNamePrefix().ifPresent(p -> prefix(where, params, "client_name_key", p, codePointRanges));
        q.callType().ifPresent(t -> condition(where, params, "call_type_id = ?", t.value()));
        q.recipientNamePrefix().ifPresent(p -> prefix(where, params, "recipient_name_key", p, codePointRanges));
        q.recipientPhonePrefix().ifPresent(p -> prefix(where, params, "recipient_phone", p, codePointRanges));
        q.owner().ifPresent(o -> condition(where, params, "owner_account_id = ?", o.value()));
        q.point().ifPresent(p -> condition(where, params, "point_id = ?", p.value()));
        q.operator().ifPresent(o -> condition(where, params, "operator_id = ?", o.value()));
        q.createdFrom().ifPresent(t -> condition(where, params, "created_at >= ?", time(t)));
        q.createdTo().ifPresent(t -> condition(where, params, "created_at < ?", time(t)));
        q.scheduledFrom().ifPresent(t -> condition(where, params, "window_start >= ?", time(t)));
        q.scheduledTo().ifPresent(t -> condition(where, params, "window_start < ?", time(t)));
        if (q.sort().byCreation()) {
            // Read the creation index from where windows before scheduledTo can still be (see above).
            q.scheduledTo().ifPresent(t -> condition(where, params, "created_at < ?", time(t.plus(WINDOW_SLACK))));
        } else {
            // Read the window index from where orders created since createdFrom can have their window.
            q.createdFrom().ifPresent(t -> condition(where, params, "window_start > ?", time(t.minus(WINDOW_SLACK))));
        }
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

    /**
     * The rows whose column starts with {@code prefix}: in code point order {@code column >= prefix
     * AND column < prefixEnd} (a string starts with the prefix exactly when it lies between the two),
     * else {@code column LIKE 'prefix%'}.
     */
    private static void prefix(StringBuilder where, List<Object> params, String column, String prefix,
                               boolean codePointRanges) {
        if (codePointRanges) {
            condition(where, params, column + " >= ?", prefix);
            prefixEnd(prefix).ifPresent(end -> condition(where, params, column + " < ?", end));
        } else {
            condition(where, params, column + " LIKE ? ESCAPE '\\'", like(prefix));
        }
    }

    /**
     * The least string greater, in code point order, than every string that starts with
     * {@code prefix}: the prefix with its last code point incremented (dropping trailing ones that
     * cannot be, and skipping the surrogate range). Empty when there is none.
     */
    static Optional<String> prefixEnd(String prefix) {
        int[] codePoints = prefix.codePoints().toArray();
        for (int i = codePoints.length - 1; i >= 0; i--) {
            int next = codePoints[i] + 1;
            if (next == Character.MIN_SURROGATE) {
                next = Character.MAX_SURROGATE + 1;
            }
            if (next <= Character.MAX_CODE_POINT) {
                codePoints[i] = next;
                return Optional.of(new String(codePoints, 0, i + 1));
            }
        }
        return Optional.empty();
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
