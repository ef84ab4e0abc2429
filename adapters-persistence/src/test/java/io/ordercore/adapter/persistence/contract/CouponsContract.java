package io.ordercore.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.CouponGroupSummary;
import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.out.Coupons.Claim;
import io.ordercore.application.port.out.Coupons.Insert;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.AppliedCoupon;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroup;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import io.ordercore.domain.testing.TestOrders;
import io.ordercore.domain.workflow.Actor;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every store of coupons and settings must do; each test works on its own codes and ids. */
public abstract class CouponsContract {

    protected abstract PortSet ports();

    private final Instant now = Instant.parse("2026-11-23T06:00:00.000001Z");
    private final SecureRandom random = new SecureRandom();

    private Coupon coupon(CouponKind kind, int percent, Optional<Integer> limit, Optional<CouponGroup> group) {
        Coupon c = Coupon.unused(ports().ids().nextCouponId(), CouponCode.random(random), kind, percent,
                group.map(CouponGroup::id), Optional.empty(), Optional.of(now.plusSeconds(3600)), limit, Optional.empty(), now);
        assertThat(ports().transactions().inTransaction(() -> ports().coupons().insert(c))).isEqualTo(Insert.INSERTED);
        return c;
    }

    private CouponGroup group(String comment, int size) {
        CouponGroup g = new CouponGroup(ports().ids().nextCouponGroupId(), CouponKind.PERCENT, 4, comment, Optional.empty(), now,
                size);
        ports().transactions().inTransaction(() -> ports().coupons().saveGroup(g));
        return g;
    }

    private Claim claim(Coupon c, long order, long client) {
        return ports().transactions().inTransaction(() ->
                ports().coupons().claim(c, new OrderId(order), new AccountId(client), now));
    }

    @Test
    void aCouponReadsBackByIdAndCodeAndCodesAreUnique() {
        Coupon c = coupon(CouponKind.PERCENT, 7, Optional.empty(), Optional.empty());

        assertThat(ports().coupons().find(c.id())).contains(c);
        assertThat(ports().coupons().findByCode(c.code())).contains(c);
        Coupon sameCode = Coupon.unused(ports().ids().nextCouponId(), c.code(), CouponKind.SUPER, 5, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), now);
        assertThat(ports().transactions().inTransaction(() -> ports().coupons().insert(sameCode))).isEqualTo(Insert.CODE_TAKEN);
        assertThat(ports().coupons().find(sameCode.id())).isEmpty();
    }

    @Test
    void aRepeatOrderCouponIsGrantedOncePerOrder() {
        long order = 900_000 + random.nextInt(99_999);
        Coupon first = repeat(order);
        Coupon second = repeat(order);

        assertThat(ports().transactions().inTransaction(() -> ports().coupons().insert(first))).isEqualTo(Insert.INSERTED);
        assertThat(ports().transactions().inTransaction(() -> ports().coupons().insert(second))).isEqualTo(Insert.ALREADY_GRANTED);
        assertThat(ports().coupons().heldBy(new AccountId(77))).extracting(h -> h.coupon().id()).contains(first.id())
                .doesNotContain(second.id());
    }

    private Coupon repeat(long order) {
        return Coupon.unused(ports().ids().nextCouponId(), CouponCode.random(random), CouponKind.REPEAT_ORDER, 10,
                Optional.empty(), Optional.of(new AccountId(77)), Optional.empty(), Optional.empty(),
                Optional.of(new OrderId(order)), now);
    }

    @Test
    void aSingleUseCouponIsClaimedOnce() {
        Coupon c = coupon(CouponKind.FULL, 100, Optional.empty(), Optional.empty());

        assertThat(claim(c, 501, 1)).isEqualTo(Claim.CLAIMED);
        assertThat(claim(c, 502, 2)).isEqualTo(Claim.ALREADY_USED);
        Coupon used = ports().coupons().find(c.id()).orElseThrow();
        assertThat(used.usedBy()).contains(new OrderId(501));
        assertThat(used.uses()).isEqualTo(1);
    }

    @Test
    void aSuperCouponIsUsedOncePerClientAndWithinItsLimit() {
        Coupon unlimited = coupon(CouponKind.SUPER, 20, Optional.empty(), Optional.empty());
        assertThat(claim(unlimited, 601, 1)).isEqualTo(Claim.CLAIMED);
        assertThat(claim(unlimited, 602, 1)).isEqualTo(Claim.ALREADY_USED_BY_CLIENT);
        assertThat(claim(unlimited, 603, 2)).isEqualTo(Claim.CLAIMED);

        Coupon limited = coupon(CouponKind.SUPER, 20, Optional.of(2), Optional.empty());
        assertThat(claim(limited, 611, 1)).isEqualTo(Claim.CLAIMED);
        assertThat(claim(limited, 612, 1)).as("refused, and not counted").isEqualTo(Claim.ALREADY_USED_BY_CLIENT);
        assertThat(claim(limited, 613, 2)).isEqualTo(Claim.CLAIMED);
        assertThat(claim(limited, 614, 3)).isEqualTo(Claim.LIMIT_REACHED);

        assertThat(ports().coupons().find(unlimited.id()).orElseThrow().uses()).isEqualTo(2);
        assertThat(ports().coupons().find(limited.id()).orElseThrow().uses()).isEqualTo(2);
        assertThat(ports().coupons().findByCode(unlimited.code()).orElseThrow().used()).isTrue();
    }

    @Test
    void aCouponDeletedAfterItWasReadIsGoneForItsClaim() {
        Coupon single = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.empty());
        Coupon unlimited = coupon(CouponKind.SUPER, 20, Optional.empty(), Optional.empty());
        Coupon limited = coupon(CouponKind.SUPER, 20, Optional.of(5), Optional.empty());
        claim(unlimited, 621, 1);
        ports().transactions().inTransaction(() -> ports().coupons().delete(List.of(single.id(), unlimited.id(), limited.id())));

        assertThat(claim(single, 622, 2)).isEqualTo(Claim.GONE);
        assertThat(claim(unlimited, 623, 2)).isEqualTo(Claim.GONE);
        assertThat(claim(limited, 624, 2)).isEqualTo(Claim.GONE);
        assertThat(ports().coupons().find(unlimited.id())).isEmpty();
    }

    @Test
    void theHeldListSaysWhetherTheHolderUsedEachCoupon() {
        long holder = 5_000_000 + random.nextInt(1_000_000);
        Coupon usedByHolder = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.empty());
        Coupon usedBySomeoneElse = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.empty());
        Coupon superUsed = coupon(CouponKind.SUPER, 20, Optional.empty(), Optional.empty());
        Coupon superUnused = coupon(CouponKind.SUPER, 20, Optional.empty(), Optional.empty());
        for (Coupon c : List.of(usedByHolder, usedBySomeoneElse, superUsed, superUnused)) {
            ports().transactions().inTransaction(() -> ports().coupons().setHolder(c.id(), new AccountId(holder)));
        }
        claim(usedByHolder, 631, holder);
        claim(usedBySomeoneElse, 632, holder + 1);
        claim(superUsed, 633, holder);
        claim(superUnused, 634, holder + 1);

        assertThat(ports().coupons().heldBy(new AccountId(holder)))
                .extracting(h -> h.coupon().id(), h -> h.usedByYou(), h -> h.coupon().uses())
                .containsExactly(tuple(superUnused.id(), false, 1L), tuple(superUsed.id(), true, 1L),
                        tuple(usedBySomeoneElse.id(), false, 1L), tuple(usedByHolder.id(), true, 1L));
    }

    @Test
    void theListFindsSuperCouponsByTheirUses() {
        long client = 6_000_000 + random.nextInt(1_000_000);
        Coupon used = coupon(CouponKind.SUPER, 20, Optional.empty(), Optional.empty());
        Coupon unused = coupon(CouponKind.SUPER, 20, Optional.empty(), Optional.empty());
        claim(used, 641, client);

        assertThat(ids(query(Optional.empty(), Optional.of(true), Optional.empty(), Optional.of(new AccountId(client)))))
                .containsExactly(used.id());
        assertThat(ids(ports().coupons().list(new CouponListQuery(Optional.empty(), Optional.of(CouponKind.SUPER),
                Optional.of(false), Optional.of(unused.code().value()), Optional.empty(), Optional.empty(), 10))))
                .containsExactly(unused.id());
        assertThat(ids(ports().coupons().list(new CouponListQuery(Optional.empty(), Optional.of(CouponKind.SUPER),
                Optional.of(true), Optional.of(used.code().value()), Optional.empty(), Optional.empty(), 10))))
                .containsExactly(used.id());
    }

    @Test
    void groupsCountTheirCouponsAndTheListFilters() {
        CouponGroup g = group("spring " + UUID.randomUUID(), 4);
        Coupon a = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.of(g));
        Coupon b = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.of(g));
        Coupon c = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.of(g));
        claim(b, 701, 31);
        ports().transactions().inTransaction(() -> ports().coupons().setHolder(c.id(), new AccountId(32)));

        CouponGroupSummary summary = ports().coupons().groups().stream().filter(s -> s.group().id().equals(g.id()))
                .findFirst().orElseThrow();
        assertThat(summary.group()).isEqualTo(g);
        assertThat(summary.generated()).isEqualTo(4);
        assertThat(summary.used()).isEqualTo(1);
        assertThat(summary.unused()).isEqualTo(2);
        assertThat(summary.deleted()).as("one of the four never stored or deleted").isEqualTo(1);

        assertThat(ids(query(Optional.of(g), Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly(a.id(), b.id(), c.id());
        assertThat(ids(query(Optional.of(g), Optional.of(true), Optional.empty(), Optional.empty()))).containsExactly(b.id());
        assertThat(ids(query(Optional.of(g), Optional.of(false), Optional.empty(), Optional.empty()))).containsExactly(a.id(), c.id());
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.of(a.code().value().substring(0, 10)), Optional.empty())))
                .contains(a.id());
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new AccountId(31))))).containsExactly(b.id());
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new AccountId(32))))).containsExactly(c.id());
    }

    private List<Coupon> query(Optional<CouponGroup> g, Optional<Boolean> used, Optional<String> prefix, Optional<AccountId> client) {
        return ports().coupons().list(new CouponListQuery(g.map(CouponGroup::id), Optional.empty(), used, prefix, client,
                Optional.empty(), 1000));
    }

    private static List<CouponId> ids(List<Coupon> coupons) {
        return coupons.stream().map(Coupon::id).toList();
    }

    @Test
    void randomDeletionTakesAtMostNAndNeverAUsedCoupon() {
        CouponGroup g = group("random " + UUID.randomUUID(), 6);
        List<Coupon> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.of(g)));
        }
        claim(all.get(0), 801, 1);
        claim(all.get(1), 802, 2);

        List<CouponId> gone = ports().transactions().inTransaction(() ->
                ports().coupons().deleteRandomUnused(g.id(), 3, random));
        assertThat(gone).hasSize(3).doesNotContain(all.get(0).id(), all.get(1).id());
        List<CouponId> rest = ports().transactions().inTransaction(() ->
                ports().coupons().deleteRandomUnused(g.id(), 100, random));
        assertThat(rest).hasSize(1);
        assertThat(ids(query(Optional.of(g), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(all.get(0).id(), all.get(1).id());

        assertThat(ports().transactions().inTransaction(() -> ports().coupons().deleteGroup(g.id()))).isEqualTo(2);
        assertThat(ports().coupons().group(g.id())).isEmpty();
        assertThat(ports().coupons().find(all.get(0).id())).isEmpty();
    }

    @Test
    void selectedCouponsAreDeleted() {
        Coupon a = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.empty());
        Coupon b = coupon(CouponKind.PERCENT, 4, Optional.empty(), Optional.empty());

        assertThat(ports().transactions().inTransaction(() -> ports().coupons().delete(List.of(a.id(), a.id())))).isEqualTo(1);
        assertThat(ports().coupons().find(a.id())).isEmpty();
        assertThat(ports().coupons().find(b.id())).isPresent();
    }

    @Test
    void settingsAreKeptAndReplaced() {
        String key = "test." + UUID.randomUUID();
        assertThat(ports().settings().get(key)).isEmpty();
        ports().transactions().inTransaction(() -> ports().settings().put(key, "10"));
        ports().transactions().inTransaction(() -> ports().settings().put(key, "15"));
        assertThat(ports().settings().get(key)).contains("15");
    }

    @Test
    void anOrderKeepsItsCouponAndFirstPaymentAndPaidOrdersAreCounted() {
        MutableClock clock = MutableClock.atDefaultNow();
        long owner = 4_000 + random.nextInt(1_000_000);
        TestOrders template = TestOrders.anOrder().owner(owner);
        Order order = Order.place(ports().ids().nextOrderId(), template.owner().orElseThrow(), template.point(),
                template.details(), io.ordercore.domain.order.OrderPrice.undiscounted(Money.roubles(999)),
                Actor.client("c@example.com"), clock);
        order.applyCoupon(new AppliedCoupon(new CouponCode("FREEALL1"), CouponKind.FULL, 100), Actor.client("c@example.com"), clock);
        ports().transactions().inTransaction(() -> ports().orders().save(order));

        Order stored = ports().orders().find(order.id()).orElseThrow();
        assertThat(stored.price()).isEqualTo(order.price());
        assertThat(stored.price().coupon().orElseThrow().code()).isEqualTo(new CouponCode("FREEALL1"));
        assertThat(stored.history()).isEqualTo(order.history());
        assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
        assertThat(stored.price().total().isZero()).isTrue();
        assertThat(stored.firstPaidAt()).contains(clock.instant());
        assertThat(ports().orders().paidOrdinal(new AccountId(owner), stored.firstPaidAt().orElseThrow(), order.id()))
                .isEqualTo(1);
    }

    @Test
    void anOrdersPaidOrdinalCountsThePaymentsBeforeItAndTiesByIdOnly() {
        MutableClock clock = MutableClock.atDefaultNow();
        AccountId owner = new AccountId(7_000_000 + random.nextInt(1_000_000));
        Order early = paidOrder(owner, clock);
        Order sameInstant = paidOrder(owner, clock);
        clock.advance(java.time.Duration.ofSeconds(1));
        Order later = paidOrder(owner, clock);
        Order unpaid = Order.place(ports().ids().nextOrderId(), owner, TestOrders.anOrder().point(),
                TestOrders.anOrder().details(), io.ordercore.domain.order.OrderPrice.undiscounted(Money.roubles(1)),
                Actor.client("c@example.com"), clock);
        ports().transactions().inTransaction(() -> ports().orders().save(unpaid));

        assertThat(List.of(early, sameInstant, later)).extracting(o ->
                ports().orders().paidOrdinal(owner, o.firstPaidAt().orElseThrow(), o.id())).containsExactly(1L, 2L, 3L);
    }

    private Order paidOrder(AccountId owner, MutableClock clock) {
        TestOrders template = TestOrders.anOrder();
        Order order = Order.place(ports().ids().nextOrderId(), owner, template.point(), template.details(),
                io.ordercore.domain.order.OrderPrice.undiscounted(Money.roubles(10)), Actor.client("c@example.com"), clock);
        order.applyCoupon(new AppliedCoupon(CouponCode.random(random), CouponKind.FULL, 100), Actor.client("c@example.com"), clock);
        ports().transactions().inTransaction(() -> ports().orders().save(order));
        return order;
    }
}
