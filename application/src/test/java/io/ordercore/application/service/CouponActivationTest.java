package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.application.port.out.Coupons;
import io.ordercore.application.testing.InMemoryCoupons;
import io.ordercore.application.testing.InMemoryStore;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.coupon.CouponRefusal;
import io.ordercore.domain.coupon.CouponRefusedException;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The order of the activation's checks: the order's rules, then the coupon's, and only then the
 * claim in storage, whose answer is final; a claim is attempted only when everything else allows it.
 */
class CouponActivationTest {

    private static final AccountId CLIENT = new AccountId(100);
    private static final Actor ACTOR = Actor.client("client@example.com");

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final ClaimCounting coupons = new ClaimCounting(new InMemoryCoupons(new InMemoryStore()));
    private final CouponActivation activation = new CouponActivation(coupons, clock);

    private Coupon stored(long id, String code, CouponKind kind, Optional<AccountId> holder, Optional<Instant> expires,
                          Optional<Integer> limit) {
        Coupon c = new Coupon(new CouponId(id), new CouponCode(code), kind, kind == CouponKind.FULL ? 100 : 10,
                Optional.empty(), holder, expires, limit, Optional.empty(),
                kind == CouponKind.REPEAT_ORDER ? Optional.of(new OrderId(900 + id)) : Optional.empty(), clock.instant(), 0);
        assertThat(coupons.insert(c)).isEqualTo(Coupons.Insert.INSERTED);
        return c;
    }

    private static Order unpaid(long id) {
        return TestOrders.anOrder().id(id).owner(CLIENT.value()).build();
    }

    private static void assertRefused(Runnable action, CouponRefusal refusal) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CouponRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(refusal));
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "UNPAID", mode = EnumSource.Mode.EXCLUDE)
    void an_order_that_cannot_take_a_coupon_is_refused_before_any_claim(OrderStatus status) {
        stored(1, "GOODCODE", CouponKind.PERCENT, Optional.empty(), Optional.empty(), Optional.empty());
        Order order = TestOrders.anOrder().owner(CLIENT.value()).status(status).build();

        assertRefused(() -> activation.activate(order, new CouponCode("GOODCODE"), CLIENT, ACTOR), CouponRefusal.ORDER_NOT_UNPAID);
        assertThat(coupons.claims).isZero();
        assertThat(coupons.findByCode(new CouponCode("GOODCODE")).orElseThrow().used()).isFalse();
    }

    @Test
    void an_order_with_a_coupon_is_refused_before_the_code_is_even_looked_up() {
        Coupon first = stored(1, "FIRSTONE", CouponKind.PERCENT, Optional.empty(), Optional.empty(), Optional.empty());
        Order order = unpaid(1);
        activation.activate(order, first.code(), CLIENT, ACTOR);

        assertRefused(() -> activation.activate(order, new CouponCode("NOSUCHCODE"), CLIENT, ACTOR), CouponRefusal.ORDER_HAS_COUPON);
        assertThat(coupons.claims).isEqualTo(1);
    }

    @Test
    void a_coupon_refused_on_its_own_terms_is_never_claimed() {
        stored(1, "EXPIRED1", CouponKind.PERCENT, Optional.empty(), Optional.of(clock.instant()), Optional.empty());
        stored(2, "NOTYOURS", CouponKind.REPEAT_ORDER, Optional.of(new AccountId(7)), Optional.empty(), Optional.empty());

        assertRefused(() -> activation.activate(unpaid(1), new CouponCode("EXPIRED1"), CLIENT, ACTOR), CouponRefusal.EXPIRED);
        assertRefused(() -> activation.activate(unpaid(2), new CouponCode("NOTYOURS"), CLIENT, ACTOR), CouponRefusal.NOT_YOURS);
        assertRefused(() -> activation.activate(unpaid(3), new CouponCode("UNKNOWN1"), CLIENT, ACTOR), CouponRefusal.UNKNOWN);
        assertThat(coupons.claims).isZero();
    }

    @Test
    void storage_has_the_last_word_and_its_refusals_leave_the_order_unpriced() {
        Coupon single = stored(1, "SINGLE01", CouponKind.PERCENT, Optional.empty(), Optional.empty(), Optional.empty());
        Coupon limited = stored(2, "LIMITED1", CouponKind.SUPER, Optional.empty(), Optional.empty(), Optional.of(1));
        Coupon unlimited = stored(3, "UNLIMITD", CouponKind.SUPER, Optional.empty(), Optional.empty(), Optional.empty());
        coupons.claim(single, new OrderId(50), new AccountId(8), clock.instant());
        coupons.claim(limited, new OrderId(51), new AccountId(8), clock.instant());
        coupons.claim(unlimited, new OrderId(52), CLIENT, clock.instant());
        // What the activation reads is stale: the claims above happened after it was loaded.
        coupons.stale.add(single);

        Order a = unpaid(1);
        assertRefused(() -> activation.activate(a, single.code(), CLIENT, ACTOR), CouponRefusal.ALREADY_USED);
        Order b = unpaid(2);
        assertRefused(() -> activation.activate(b, limited.code(), CLIENT, ACTOR), CouponRefusal.LIMIT_REACHED);
        Order c = unpaid(3);
        assertRefused(() -> activation.activate(c, unlimited.code(), CLIENT, ACTOR), CouponRefusal.ALREADY_USED_BY_YOU);

        assertThat(List.of(a, b, c)).allSatisfy(o -> {
            assertThat(o.price().coupon()).isEmpty();
            assertThat(o.history()).hasSize(1);
        });
    }

    @Test
    void a_coupon_deleted_after_it_was_read_is_unknown() {
        Coupon single = stored(1, "DELETED1", CouponKind.PERCENT, Optional.empty(), Optional.empty(), Optional.empty());
        Coupon shared = stored(2, "DELETED2", CouponKind.SUPER, Optional.empty(), Optional.empty(), Optional.empty());
        coupons.stale.add(single);
        coupons.stale.add(shared);
        coupons.delete(List.of(single.id(), shared.id()));

        Order a = unpaid(1);
        assertRefused(() -> activation.activate(a, single.code(), CLIENT, ACTOR), CouponRefusal.UNKNOWN);
        Order b = unpaid(2);
        assertRefused(() -> activation.activate(b, shared.code(), CLIENT, ACTOR), CouponRefusal.UNKNOWN);
        assertThat(List.of(a, b)).allSatisfy(o -> assertThat(o.price().coupon()).isEmpty());
    }

    @Test
    void a_claim_prices_the_order_with_the_coupon_and_returns_it() {
        Coupon c = stored(1, "TENOFF01", CouponKind.PERCENT, Optional.empty(), Optional.empty(), Optional.empty());
        Order order = unpaid(1);

        Coupon activated = activation.activate(order, c.code(), CLIENT, ACTOR);

        assertThat(activated).isEqualTo(c);
        assertThat(order.price().discount()).isEqualTo(Money.roubles(50));
        assertThat(order.unsavedHistory()).as("changed, not saved").hasSize(1);
        assertThat(coupons.findByCode(c.code()).orElseThrow().usedBy()).contains(order.id());
    }

    /** Counts claims; can serve stale copies of coupons, as a read before a concurrent claim would. */
    private static final class ClaimCounting implements Coupons {
        private final Coupons delegate;
        int claims;
        final List<Coupon> stale = new ArrayList<>();

        ClaimCounting(Coupons delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Coupon> find(CouponId id) {
            return delegate.find(id);
        }

        @Override
        public Optional<Coupon> findByCode(CouponCode code) {
            return stale.stream().filter(c -> c.code().equals(code)).findFirst().or(() -> delegate.findByCode(code));
        }

        @Override
        public Insert insert(Coupon coupon) {
            return delegate.insert(coupon);
        }

        @Override
        public void saveGroup(CouponGroup group) {
            delegate.saveGroup(group);
        }

        @Override
        public Optional<CouponGroup> group(CouponGroupId id) {
            return delegate.group(id);
        }

        @Override
        public Claim claim(Coupon coupon, OrderId order, AccountId client, Instant at) {
            claims++;
            return delegate.claim(coupon, order, client, at);
        }

        @Override
        public List<CouponGroupSummary> groups() {
            return delegate.groups();
        }

        @Override
        public List<Coupon> list(CouponListQuery query) {
            return delegate.list(query);
        }

        @Override
        public int delete(Collection<CouponId> ids) {
            return delegate.delete(ids);
        }

        @Override
        public int deleteGroup(CouponGroupId group) {
            return delegate.deleteGroup(group);
        }

        @Override
        public List<CouponId> deleteRandomUnused(CouponGroupId group, int count, RandomGenerator random) {
            return delegate.deleteRandomUnused(group, count, random);
        }

        @Override
        public void setHolder(CouponId id, AccountId holder) {
            delegate.setHolder(id, holder);
        }

        @Override
        public List<HeldCoupon> heldBy(AccountId holder) {
            return delegate.heldBy(holder);
        }
    }
}
