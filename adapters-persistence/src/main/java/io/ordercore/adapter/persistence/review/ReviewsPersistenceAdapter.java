package io.ordercore.adapter.persistence.review;

import io.ordercore.adapter.persistence.support.SearchKeys;
import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.out.Reviews;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.point.PointId;
import io.ordercore.domain.review.OrderRating;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.review.ReviewStatus;
import io.ordercore.domain.shared.OrderId;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Reviews} over {@code review}, {@code order_rating} and {@code order_rating_score}. One per
 * order is decided by the order's unique key with ON CONFLICT DO NOTHING; moderation is a
 * conditional UPDATE from PENDING, so two moderators never both win.
 */
@Singleton
public final class ReviewsPersistenceAdapter implements Reviews {

    private final ReviewRowMapper mapper;
    private final Sql sql;

    ReviewsPersistenceAdapter(ReviewRowMapper mapper, Sql sql) {
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public boolean insert(Review review) {
        ReviewRow r = mapper.toRow(review);
        return sql.run("INSERT INTO review (id, order_id, client_id, operator_id, text, text_key, attitude, status, created_at,"
                        + " moderated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                Arrays.asList(r.id(), r.orderId(), r.clientId(), r.operatorId(), r.text(), r.textKey(), r.attitude(), r.status(),
                        utc(r.createdAt()), r.moderatedAt() == null ? null : utc(r.moderatedAt())),
                PreparedStatement::executeUpdate) == 1;
    }

    @Override
    public Optional<Review> find(long id) {
        return reviews(" WHERE id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public Optional<Review> forOrder(OrderId order) {
        return reviews(" WHERE order_id = ?", List.of(order.value())).stream().findFirst();
    }

    @Override
    public List<Review> list(Query q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        q.status().ifPresent(s -> {
            where.append(" AND status = ?");
            params.add(s.name());
        });
        q.text().ifPresent(t -> {
            where.append(" AND text_key LIKE ? ESCAPE '\\'");
            params.add("%" + SearchKeys.of(t).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        });
        q.from().ifPresent(from -> {
            where.append(" AND created_at >= ?");
            params.add(utc(from));
        });
        q.to().ifPresent(to -> {
            where.append(" AND created_at < ?");
            params.add(utc(to));
        });
        q.client().ifPresent(c -> {
            where.append(" AND client_id = ?");
            params.add(c.value());
        });
        if (q.beforeId() > 0) {
            where.append(" AND id < ?");
            params.add(q.beforeId());
        }
        params.add(q.limit());
        return reviews(where + " ORDER BY id DESC LIMIT ?", params);
    }

    @Override
    public boolean moderate(long id, ReviewStatus to, Instant at) {
        return sql.run("UPDATE review SET status = ?, moderated_at = ? WHERE id = ? AND status = ?",
                List.of(to.name(), utc(at), id, ReviewStatus.PENDING.name()), PreparedStatement::executeUpdate) == 1;
    }

    @Override
    public long countPending() {
        return sql.run("SELECT COUNT(*) FROM review WHERE status = ?", List.of(ReviewStatus.PENDING.name()), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public boolean insertRating(OrderRating rating) {
        OrderRatingRow r = mapper.toRow(rating);
        int inserted = sql.run("INSERT INTO order_rating (order_id, client_id, operator_id, point_id, rated_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                Arrays.asList(r.orderId(), r.clientId(), r.operatorId(), r.pointId(), utc(r.ratedAt())),
                PreparedStatement::executeUpdate);
        if (inserted == 0) {
            return false;
        }
        if (!rating.scores().isEmpty()) {
            List<Object> params = new ArrayList<>();
            int ordinal = 0;
            for (Map.Entry<String, Integer> score : rating.scores().entrySet()) {
                params.addAll(List.of(r.orderId(), score.getKey(), score.getValue(), ordinal++));
            }
            sql.run("INSERT INTO order_rating_score (order_id, aspect, score, ordinal) VALUES "
                    + String.join(", ", Collections.nCopies(rating.scores().size(), "(?, ?, ?, ?)")), params,
                    PreparedStatement::executeUpdate);
        }
        return true;
    }

    @Override
    public Optional<OrderRating> ratingOf(OrderId order) {
        Optional<OrderRatingRow> row = sql.run("SELECT * FROM order_rating WHERE order_id = ?", List.of(order.value()),
                statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(sql.readEntity(rs, OrderRatingRow.class)) : Optional.empty();
                    }
                });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> scores = sql.run("SELECT aspect, score FROM order_rating_score WHERE order_id = ? ORDER BY ordinal",
                List.of(order.value()), statement -> {
                    Map<String, Integer> found = new LinkedHashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                    return found;
                });
        return Optional.of(mapper.toRating(row.get(), scores));
    }

    @Override
    public Averages averagesForOperator(AccountId operator) {
        return averages("operator_id", operator.value());
    }

    @Override
    public Averages averagesForPoint(PointId point) {
        return averages("point_id", point.value());
    }

    /** {@code column} is one of the two constants above, never input. */
    private Averages averages(String column, long id) {
        long ratings = sql.run("SELECT COUNT(*) FROM order_rating WHERE " + column + " = ?", List.of(id), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        // Sums and counts, divided here: AVG of integers is an integer on H2 and a numeric on PostgreSQL.
        Map<String, BigDecimal> byAspect = sql.run("SELECT s.aspect, SUM(s.score), COUNT(*) FROM order_rating r"
                + " JOIN order_rating_score s ON s.order_id = r.order_id WHERE r." + column + " = ? GROUP BY s.aspect",
                List.of(id), statement -> {
                    Map<String, BigDecimal> found = new TreeMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.put(rs.getString(1), BigDecimal.valueOf(rs.getLong(2))
                                    .divide(BigDecimal.valueOf(rs.getLong(3)), 2, RoundingMode.HALF_UP));
                        }
                    }
                    return found;
                });
        return new Averages(ratings, Collections.unmodifiableMap(byAspect));
    }

    private List<Review> reviews(String whereAndOrder, List<Object> params) {
        return sql.run("SELECT * FROM review" + whereAndOrder, params, statement -> {
            List<Review> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toReview(sql.readEntity(rs, ReviewRow.class)));
                }
            }
            return found;
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
