package io.ordercore.adapter.persistence.coupon;

import io.ordercore.adapter.persistence.support.Sql;
import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.shared.OrderId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@link Coupons} over {@code coupon}, {@code coupon_group} and {@code super_coupon_use}. Claims are
 * single statements whose row counts say who won; no unique or foreign-key violation is ever raised
 * inside a caller's transaction (it would abort it on PostgreSQL).
 */
@Singleton
public final class CouponsPersistenceAdapter implements Coupons {

    /** Every coupon column, with {@code uses} counted: uses of a super coupon live in super_coupon_use. */
    private static final String SELECT = "SELECT c.id, c.code, c.kind, c.percent, c.group_id, c.holder_account_id,"
            + " c.expires_at, c.total_limit, CASE WHEN c.kind = 'SUPER'"
            + " THEN (SELECT COUNT(*) FROM super_coupon_use u WHERE u.coupon_id = c.id)"
            + " WHEN c.used_order_id IS NULL THEN 0 ELSE 1 END AS uses,"
            + " c.used_order_id, c.used_by_account_id, c.used_at, c.granted_for_order_id, c.created_at";
    private static final String USED = "(c.used_order_id IS NOT NULL"
            + " OR EXISTS (SELECT 1 FROM super_coupon_use u WHERE u.coupon_id = c.id))";
    private static final String USED_BY = "(c.used_by_account_id = ?"
            + " OR EXISTS (SELECT 1 FROM super_coupon_use u WHERE u.coupon_id = c.id AND u.account_id = ?))";

    private final CouponRepositories.GroupRows groups;
    private final CouponRowMapper mapper;
    private final Sql sql;

    CouponsPersistenceAdapter(CouponRepositories.GroupRows groups, CouponRowMapper mapper, Sql sql) {
        this.groups = groups;
        this.mapper = mapper;
        this.sql = sql;
    }

    @Override
    public Optional<Coupon> find(CouponId id) {
        return coupons(SELECT + " FROM coupon c WHERE c.id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Coupon> findByCode(CouponCode code) {
        return coupons(SELECT + " FROM coupon c WHERE c.code = ?", List.of(code.value())).stream().findFirst();
    }

    @Override
    public Insert insert(Coupon c) {
        int inserted = sql.run("INSERT INTO coupon (id, code, kind, percent, group_id, holder_account_id, expires_at,"
                        + " total_limit, uses, granted_for_order_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                Arrays.asList(c.id().value(), c.code().value(), c.kind().name(), c.percent(),
                        c.group().map(CouponGroupId::value).orElse(null), c.holder().map(AccountId::value).orElse(null),
                        c.expiresAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null), c.totalLimit().orElse(null),
                        c.grantedFor().map(OrderId::value).orElse(null), c.createdAt().atOffset(ZoneOffset.UTC)),
                PreparedStatement::executeUpdate);
        if (inserted == 1) {
            return Insert.INSERTED;
        }
        boolean granted = c.grantedFor().isPresent() && exists("SELECT 1 FROM coupon WHERE granted_for_order_id = ?",
                c.grantedFor().get().value());
        return granted ? Insert.ALREADY_GRANTED : Insert.CODE_TAKEN;
    }

    @Override
    public void saveGroup(CouponGroup group) {
        groups.save(mapper.toRow(group));
    }

    @Override
    public Optional<CouponGroup> group(CouponGroupId id) {
        return groups.findById(id.value()).map(mapper::toGroup);
    }

    @Override
    public Claim claim(Coupon coupon, OrderId order, AccountId client, Instant at) {
        Object when = at.atOffset(ZoneOffset.UTC);
        long id = coupon.id().value();
        if (coupon.kind().singleUse()) {
            int won = sql.run("UPDATE coupon SET used_order_id = ?, used_by_account_id = ?, used_at = ?"
                            + " WHERE id = ? AND used_order_id IS NULL",
                    List.of(order.value(), client.value(), when, id), PreparedStatement::executeUpdate);
            return won == 1 ? Claim.CLAIMED : stillThere(id) ? Claim.ALREADY_USED : Claim.GONE;
        }
        if (coupon.totalLimit().isPresent()) {
            if (exists("SELECT 1 FROM super_coupon_use WHERE coupon_id = ? AND account_id = ?", id, client.value())) {
                return Claim.ALREADY_USED_BY_CLIENT;
            }
            // Limited: a conditional count, which locks this one row until commit (a bounded coupon, a bounded queue).
            int counted = sql.run("UPDATE coupon SET uses = uses + 1 WHERE id = ? AND uses < total_limit", List.of(id),
                    PreparedStatement::executeUpdate);
            if (counted == 0) {
                return stillThere(id) ? Claim.LIMIT_REACHED : Claim.GONE;
            }
        } else if (!stillThere(id)) {
            return Claim.GONE;
        }
        int used = sql.run("INSERT INTO super_coupon_use (coupon_id, account_id, order_id, used_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", List.of(id, client.value(), order.value(), when), PreparedStatement::executeUpdate);
        if (used == 1) {
            return Claim.CLAIMED;
        }
        if (coupon.totalLimit().isPresent()) {
            sql.run("UPDATE coupon SET uses = uses - 1 WHERE id = ?", List.of(id), PreparedStatement::executeUpdate);
        }
        return Claim.ALREADY_USED_BY_CLIENT;
    }

    @Override
    public List<CouponGroupSummary> groups() {
        // Groups hold single-use coupons only, so used_order_id says used.
        return sql.run("SELECT g.id, g.kind, g.percent, g.comment, g.generated_count, g.expires_at, g.created_at,"
                + " COUNT(c.used_order_id), COUNT(c.id) - COUNT(c.used_order_id)"
                + " FROM coupon_group g LEFT JOIN coupon c ON c.group_id = g.id"
                + " GROUP BY g.id, g.kind, g.percent, g.comment, g.generated_count, g.expires_at, g.created_at"
                + " ORDER BY g.id DESC", List.of(),
                statement -> {
                    List<CouponGroupSummary> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            CouponGroup group = mapper.toGroup(sql.readEntity(rs, CouponGroupRow.class));
                            found.add(new CouponGroupSummary(group, rs.getLong(8), rs.getLong(9)));
                        }
                    }
                    return found;
                });
    }

    @Override
    public List<Coupon> list(CouponListQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        q.group().ifPresent(g -> {
            where.append(" AND c.group_id = ?");
            params.add(g.value());
        });
        q.kind().ifPresent(k -> {
            where.append(" AND c.kind = ?");
            params.add(k.name());
        });
        q.used().ifPresent(u -> where.append(u ? " AND " : " AND NOT ").append(USED));
        q.codePrefix().ifPresent(p -> {
            where.append(" AND c.code LIKE ?");
            params.add(p + "%");
        });
        q.client().ifPresent(a -> {
            where.append(" AND (c.holder_account_id = ? OR ").append(USED_BY).append(")");
            params.addAll(List.of(a.value(), a.value(), a.value()));
        });
        q.afterId().ifPresent(after -> {
            where.append(" AND c.id > ?");
            params.add(after);
        });
        params.add(q.limit());
        return coupons(SELECT + " FROM coupon c" + where + " ORDER BY c.id LIMIT ?", params);
    }

    @Override
    public int delete(Collection<CouponId> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>(ids.stream().map(CouponId::value).distinct().toList());
        sql.run("DELETE FROM super_coupon_use WHERE coupon_id IN (" + marks(params.size()) + ")", params,
                PreparedStatement::executeUpdate);
        return sql.run("DELETE FROM coupon WHERE id IN (" + marks(params.size()) + ")", params, PreparedStatement::executeUpdate);
    }

    @Override
    public int deleteGroup(CouponGroupId group) {
        // Groups hold single-use coupons: no super uses to remove.
        int coupons = sql.run("DELETE FROM coupon WHERE group_id = ?", List.of(group.value()), PreparedStatement::executeUpdate);
        sql.run("DELETE FROM coupon_group WHERE id = ?", List.of(group.value()), PreparedStatement::executeUpdate);
        return coupons;
    }

    @Override
    public List<CouponId> deleteRandomUnused(CouponGroupId group, int count, RandomGenerator random) {
        // Lock every unused coupon of the group: an activation racing with us waits, then finds its row gone.
        List<Long> unused = sql.run("SELECT id FROM coupon WHERE group_id = ? AND used_order_id IS NULL ORDER BY id FOR UPDATE",
                List.of(group.value()), statement -> {
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                    return found;
                });
        List<Long> picked = new ArrayList<>();
        List<Long> pool = new ArrayList<>(unused);
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        if (!picked.isEmpty()) {
            sql.run("DELETE FROM coupon WHERE id IN (" + marks(picked.size()) + ") AND used_order_id IS NULL",
                    new ArrayList<>(picked), PreparedStatement::executeUpdate);
        }
        return picked.stream().map(CouponId::new).toList();
    }

    @Override
    public void setHolder(CouponId id, AccountId holder) {
        sql.run("UPDATE coupon SET holder_account_id = ? WHERE id = ?", List.of(holder.value(), id.value()),
                PreparedStatement::executeUpdate);
    }

    @Override
    public List<HeldCoupon> heldBy(AccountId holder) {
        return sql.run(SELECT + ", CASE WHEN " + USED_BY + " THEN 1 ELSE 0 END AS used_by_you"
                        + " FROM coupon c WHERE c.holder_account_id = ? ORDER BY c.id DESC",
                List.of(holder.value(), holder.value(), holder.value()), statement -> {
                    List<HeldCoupon> found = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            Coupon coupon = mapper.toCoupon(sql.readEntity(rs, CouponRow.class));
                            found.add(new HeldCoupon(coupon, rs.getInt("used_by_you") == 1));
                        }
                    }
                    return found;
                });
    }

    private List<Coupon> coupons(String query, List<?> params) {
        return sql.run(query, params, statement -> {
            List<Coupon> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(mapper.toCoupon(sql.readEntity(rs, CouponRow.class)));
                }
            }
            return found;
        });
    }

    private boolean stillThere(long id) {
        return exists("SELECT 1 FROM coupon WHERE id = ?", id);
    }

    private boolean exists(String query, Object... params) {
        return sql.run(query, Arrays.asList(params), statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
