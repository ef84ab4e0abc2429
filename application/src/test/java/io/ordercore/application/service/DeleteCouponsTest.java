package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deleting coupons: chosen codes (all or nothing), a whole group, or N random unused ones of a group. */
class DeleteCouponsTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final ManageCouponsUseCase manage = core.manageCoupons();
    private final TestCoupons coupons = new TestCoupons(manage, admin);
    private Caller.SignedIn client;
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        client = memory.signedIn(Role.CLIENT, "client@example.com");
    }

    private Order use(String code) {
        return core.placeCallOrder().place(client, aForm(callTypeId).with("couponCode", code).build()).order();
    }

    private Set<String> storedCodes() {
        return memory.coupons.list(CouponListQuery.all()).stream().map(c -> c.code().value()).collect(Collectors.toSet());
    }

    private Set<String> storedCodes(CouponGroupId group) {
        return memory.coupons.list(new CouponListQuery(java.util.Optional.of(group), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), 1000))
                .stream().map(c -> c.code().value()).collect(Collectors.toSet());
    }

    // --- by code

    @Test
    void chosen_codes_are_deleted_used_or_not_typed_loosely() {
        List<String> codes = coupons.percentGroup(5, 4).codes();
        use(codes.get(0));
        String typed = codes.get(1).substring(0, 6).toLowerCase() + "-" + codes.get(1).substring(6);

        int deleted = manage.deleteCodes(admin, List.of(codes.get(0), typed, " " + codes.get(1) + " "));

        assertThat(deleted).as("a code given twice is one coupon").isEqualTo(2);
        assertThat(storedCodes()).containsExactlyInAnyOrder(codes.get(2), codes.get(3));
    }

    @Test
    void super_coupons_are_deleted_by_code_too() {
        Coupon c = coupons.superCoupon("DELETEME", 10, null, null);

        assertThat(manage.deleteCodes(admin, List.of("delete-me"))).isEqualTo(1);
        assertThat(memory.coupons.find(c.id())).isEmpty();
    }

    @Test
    void an_unknown_code_refuses_the_whole_request_and_deletes_nothing() {
        List<String> codes = coupons.percentGroup(5, 3).codes();
        Set<String> before = storedCodes();

        assertThatThrownBy(() -> manage.deleteCodes(admin, List.of(codes.get(0), "NOSUCHCODE", codes.get(1), "bad!")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting("field", "code")
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("codes", "UNKNOWN_CODES"));
                    assertThat(e.errors().get(0).message()).contains("NOSUCHCODE", "bad!").doesNotContain(codes.get(0));
                });
        assertThat(storedCodes()).isEqualTo(before);
    }

    @Test
    void no_codes_at_all_is_refused() {
        assertThatThrownBy(() -> manage.deleteCodes(admin, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field").containsExactly("codes"));
    }

    // --- a group

    @Test
    void a_group_goes_with_all_its_coupons_used_or_not_and_nothing_else() {
        GeneratedGroup doomed = coupons.percentGroup(5, 4);
        GeneratedGroup kept = coupons.fullGroup(2);
        Coupon superCoupon = coupons.superCoupon("STAYS", 10, null, null);
        use(doomed.codes().get(2));

        int deleted = manage.deleteGroup(admin, doomed.group().id());

        assertThat(deleted).isEqualTo(4);
        assertThat(memory.coupons.group(doomed.group().id())).isEmpty();
        assertThat(manage.groups(admin)).extracting(s -> s.group().id()).containsExactly(kept.group().id());
        List<String> remaining = new ArrayList<>(kept.codes());
        remaining.add(superCoupon.code().value());
        assertThat(storedCodes()).containsExactlyInAnyOrderElementsOf(remaining);
    }

    @Test
    void an_unknown_group_is_not_found() {
        coupons.percentGroup(5, 2);

        assertThatThrownBy(() -> manage.deleteGroup(admin, new CouponGroupId(999))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> manage.deleteRandomUnused(admin, new CouponGroupId(999), 1)).isInstanceOf(NotFoundException.class);
        assertThat(storedCodes()).hasSize(2);
    }

    // --- N random unused ones

    @RepeatedTest(5)
    void random_deletion_takes_exactly_n_unused_and_never_a_used_one() {
        GeneratedGroup g = coupons.percentGroup(5, 20);
        GeneratedGroup other = coupons.percentGroup(5, 3);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < 20; i += 2) {
            use(g.codes().get(i));
            used.add(g.codes().get(i));
        }

        assertThat(manage.deleteRandomUnused(admin, g.group().id(), 4)).isEqualTo(4);

        Set<String> left = storedCodes(g.group().id());
        assertThat(left).hasSize(16).containsAll(used);
        assertThat(storedCodes(other.group().id())).hasSize(3);
        assertThat(manage.groups(admin)).filteredOn(s -> s.group().id().equals(g.group().id())).singleElement()
                .satisfies(s -> {
                    assertThat(s.generated()).as("generated stays what was generated").isEqualTo(20);
                    assertThat(s.deleted()).isEqualTo(4);
                    assertThat(s.used()).isEqualTo(10);
                    assertThat(s.unused()).isEqualTo(6);
                });
    }

    @Test
    void random_deletion_takes_fewer_when_fewer_unused_remain_and_then_none() {
        GeneratedGroup g = coupons.percentGroup(5, 5);
        use(g.codes().get(0));
        use(g.codes().get(4));

        assertThat(manage.deleteRandomUnused(admin, g.group().id(), 100)).isEqualTo(3);
        assertThat(storedCodes(g.group().id())).containsExactlyInAnyOrder(g.codes().get(0), g.codes().get(4));
        assertThat(manage.deleteRandomUnused(admin, g.group().id(), 1)).isZero();
        assertThat(storedCodes(g.group().id())).hasSize(2);
        assertThat(memory.coupons.group(g.group().id())).as("the group itself stays").isPresent();
    }

    @Test
    void random_deletion_picks_different_coupons_over_time() {
        Set<String> deletedFirst = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            GeneratedGroup g = coupons.percentGroup(5, 10);
            manage.deleteRandomUnused(admin, g.group().id(), 1);
            Set<String> left = storedCodes(g.group().id());
            g.codes().stream().filter(c -> !left.contains(c)).forEach(c -> deletedFirst.add(String.valueOf(g.codes().indexOf(c))));
        }

        assertThat(deletedFirst).as("not always the same position (10^-19 chance of a false alarm)").hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void the_count_is_1_to_10000(int count) {
        GeneratedGroup g = coupons.percentGroup(5, 2);

        assertThatThrownBy(() -> manage.deleteRandomUnused(admin, g.group().id(), count))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(org.assertj.core.groups.Tuple.tuple("count", "OUT_OF_RANGE")));
        assertThat(storedCodes(g.group().id())).hasSize(2);
    }

    @Test
    void a_deleted_code_is_unknown_afterwards() {
        String code = coupons.percent(5);
        manage.deleteCodes(admin, List.of(code));

        assertThatThrownBy(() -> use(code)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting("code").containsExactly("COUPON_UNKNOWN"));
        assertThat(memory.coupons.findByCode(new CouponCode(code))).isEmpty();
    }
}
