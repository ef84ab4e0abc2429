package io.ordercore.application.testing;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** {@link Coupons} over {@link InMemoryStore}, with the SQL adapter's claim semantics. */
public final class InMemoryCoupons implements Coupons {

    private final InMemoryStore store;

    public InMemoryCoupons(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Coupon> find(CouponId id) {
        return store.locked(s -> Optional.ofNullable(s.coupons.get(id)));
    }

    @Override
    public Optional<Coupon> findByCode(CouponCode code) {
        return store.locked(s -> s.coupons.values().stream().filter(c -> c.code().equals(code)).findFirst());
    }

    @Override
    public Insert insert(Coupon coupon) {
        // As the SQL adapter: any clash (id, code, or the order a repeat-order coupon was granted for)
        // stores nothing; the order's grant is reported first, whatever else clashed too.
        return store.locked(s -> {
            boolean granted = coupon.grantedFor().isPresent()
                    && s.coupons.values().stream().anyMatch(c -> c.grantedFor().equals(coupon.grantedFor()));
            if (granted) {
                return Insert.ALREADY_GRANTED;
            }
            if (s.coupons.containsKey(coupon.id())
                    || s.coupons.values().stream().anyMatch(c -> c.code().equals(coupon.code()))) {
                return Insert.CODE_TAKEN;
            }
            s.coupons.put(coupon.id(), coupon);
            return Insert.INSERTED;
        });
    }

    @Override
    public void saveGroup(CouponGroup group) {
        store.locked(s -> s.couponGroups.put(group.id(), group));
    }

    @Override
    public Optional<CouponGroup> group(CouponGroupId id) {
        return store.locked(s -> Optional.ofNullable(s.couponGroups.get(id)));
    }

    @Override
    public Claim claim(Coupon coupon, OrderId order, AccountId client, Instant at) {
        return store.locked(s -> {
            Coupon current = s.coupons.get(coupon.id());
            if (current == null) {
                return Claim.GONE;
            }
            if (current.kind().singleUse()) {
                if (current.used()) {
                    return Claim.ALREADY_USED;
                }
                s.coupons.put(current.id(), usedOnce(current, Optional.of(order)));
                s.couponUsedBy.put(current.id(), client);
                return Claim.CLAIMED;
            }
            String use = current.id() + ":" + client;
            if (s.superUses.contains(use)) {
                return Claim.ALREADY_USED_BY_CLIENT;
            }
            if (current.totalLimit().isPresent() && current.uses() >= current.totalLimit().get()) {
                return Claim.LIMIT_REACHED;
            }
            s.superUses.add(use);
            s.coupons.put(current.id(), usedOnce(current, Optional.empty()));
            return Claim.CLAIMED;
        });
    }

    private static Coupon usedOnce(Coupon c, Optional<OrderId> order) {
        return new Coupon(c.id(), c.code(), c.kind(), c.percent(), c.group(), c.holder(), c.expiresAt(), c.totalLimit(),
                c.kind().singleUse() ? order : c.usedBy(), c.grantedFor(), c.createdAt(), c.uses() + 1);
    }

    @Override
    public List<CouponGroupSummary> groups() {
        return store.locked(s -> s.couponGroups.descendingMap().values().stream().map(g -> {
            List<Coupon> in = s.coupons.values().stream().filter(c -> c.group().filter(g.id()::equals).isPresent()).toList();
            long used = in.stream().filter(Coupon::used).count();
            return new CouponGroupSummary(g, used, in.size() - used);
        }).toList());
    }

    @Override
    public List<Coupon> list(CouponListQuery q) {
        return store.locked(s -> s.coupons.values().stream()
                .filter(c -> q.group().map(g -> c.group().filter(g::equals).isPresent()).orElse(true))
                .filter(c -> q.kind().map(k -> k == c.kind()).orElse(true))
                .filter(c -> q.used().map(u -> u == c.used()).orElse(true))
                .filter(c -> q.codePrefix().map(p -> c.code().value().startsWith(p)).orElse(true))
                .filter(c -> q.client().map(a -> c.holder().filter(a::equals).isPresent() || usedBy(s, c, a)).orElse(true))
                .filter(c -> q.afterId().map(after -> c.id().value() > after).orElse(true))
                .limit(q.limit())
                .toList());
    }

    @Override
    public int delete(Collection<CouponId> ids) {
        return store.locked(s -> (int) ids.stream().filter(id -> s.coupons.remove(id) != null).count());
    }

    @Override
    public int deleteGroup(CouponGroupId group) {
        return store.locked(s -> {
            List<CouponId> in = s.coupons.values().stream().filter(c -> c.group().filter(group::equals).isPresent())
                    .map(Coupon::id).toList();
            in.forEach(s.coupons::remove);
            s.couponGroups.remove(group);
            return in.size();
        });
    }

    @Override
    public List<CouponId> deleteRandomUnused(CouponGroupId group, int count, RandomGenerator random) {
        return store.locked(s -> {
            List<CouponId> unused = new ArrayList<>(s.coupons.values().stream()
                    .filter(c -> c.group().filter(group::equals).isPresent() && !c.used()).map(Coupon::id).toList());
            List<CouponId> picked = new ArrayList<>();
            while (picked.size() < count && !unused.isEmpty()) {
                picked.add(unused.remove(random.nextInt(unused.size())));
            }
            picked.forEach(s.coupons::remove);
            return picked;
        });
    }

    @Override
    public void setHolder(CouponId id, AccountId holder) {
        store.locked(s -> s.coupons.computeIfPresent(id, (k, c) -> c.heldBy(holder)));
    }

    @Override
    public List<HeldCoupon> heldBy(AccountId holder) {
        return store.locked(s -> s.coupons.values().stream().filter(c -> c.holder().filter(holder::equals).isPresent())
                .sorted(Comparator.comparing((Coupon c) -> c.id().value()).reversed())
                .map(c -> new HeldCoupon(c, usedBy(s, c, holder))).toList());
    }

    private static boolean usedBy(InMemoryStore.State s, Coupon c, AccountId client) {
        return c.kind().singleUse() ? client.equals(s.couponUsedBy.get(c.id())) : s.superUses.contains(c.id() + ":" + client);
    }

    /** How many clients have used a super coupon (for assertions). */
    public long superUses(CouponId id) {
        return find(id).map(Coupon::uses).orElse(0L);
    }
}
