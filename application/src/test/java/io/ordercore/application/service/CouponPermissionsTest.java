package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.application.port.in.CouponListQuery;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderSnapshot;
import io.ordercore.domain.shared.DomainException;
import io.ordercore.domain.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what with coupons: every admin operation x every role (administrators and site
 * managers only; visitors must sign in; trusted host code may); a client applies coupons to their
 * own orders only.
 */
class CouponPermissionsTest {

    /** The administration operations, each run against the fixture below. */
    enum Operation {
        GENERATE, CREATE_SUPER, GROUPS, LIST, DELETE_CODES, DELETE_GROUP, DELETE_RANDOM_UNUSED, SEND, REPEAT_PERCENT,
        SET_REPEAT_PERCENT;

        /** Reads leave no audit entry; changes do, refused or not. */
        boolean audited() {
            return this != GROUPS && this != LIST && this != REPEAT_PERCENT;
        }
    }

    private static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.SITE_MANAGER);

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final ManageCouponsUseCase manage = core.manageCoupons();
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(manage, admin);
    private GeneratedGroup group;
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog(), admin).birthdayGreeting().id().value();
        group = coupons.percentGroup(5, 3);
        memory.signedIn(Role.CLIENT, "holder@example.com");
    }

    private Object run(Operation op, Caller caller) {
        return switch (op) {
            case GENERATE -> manage.generate(caller, new GenerateForm("PERCENT", 5, 2, "by " + caller, null));
            case CREATE_SUPER -> manage.createSuper(caller, new SuperForm("PERMSUPER", 10, null, null));
            case GROUPS -> manage.groups(caller);
            case LIST -> manage.list(caller, CouponListForm.empty());
            case DELETE_CODES -> manage.deleteCodes(caller, List.of(group.codes().get(0)));
            case DELETE_GROUP -> manage.deleteGroup(caller, group.group().id());
            case DELETE_RANDOM_UNUSED -> manage.deleteRandomUnused(caller, group.group().id(), 1);
            case SEND -> manage.send(caller, group.codes().get(1), "holder@example.com");
            case REPEAT_PERCENT -> manage.repeatOrderPercent(caller);
            case SET_REPEAT_PERCENT -> {
                manage.setRepeatOrderPercent(caller, 33);
                yield "set";
            }
        };
    }

    /** Everything the operations could change. */
    private record State(List<Coupon> coupons, int groups, Optional<String> percent, int outbox) {
    }

    private State state() {
        return new State(memory.coupons.list(CouponListQuery.all()), memory.coupons.groups().size(),
                memory.settings.get(PaidOrders.REPEAT_PERCENT), memory.outbox.all().size());
    }

    private void assertDone(Operation op, Object result) {
        switch (op) {
            case GENERATE -> assertThat(memory.coupons.groups()).hasSize(2);
            case CREATE_SUPER -> assertThat(memory.coupons.findByCode(new CouponCode("PERMSUPER"))).isPresent();
            case GROUPS -> assertThat((List<?>) result).hasSize(1);
            case LIST -> assertThat((List<?>) result).hasSize(3);
            case DELETE_CODES -> assertThat(memory.coupons.findByCode(new CouponCode(group.codes().get(0)))).isEmpty();
            case DELETE_GROUP -> assertThat(memory.coupons.group(group.group().id())).isEmpty();
            case DELETE_RANDOM_UNUSED -> assertThat(memory.coupons.groups().get(0).unused()).isEqualTo(2);
            case SEND -> assertThat(((Coupon) result).holder()).isPresent();
            case REPEAT_PERCENT -> assertThat(result).isEqualTo(10);
            case SET_REPEAT_PERCENT -> assertThat(memory.settings.get(PaidOrders.REPEAT_PERCENT)).contains("33");
        }
    }

    static Stream<Arguments> operationsByRole() {
        List<Arguments> all = new ArrayList<>();
        for (Operation op : Operation.values()) {
            for (Role role : Role.values()) {
                all.add(arguments(op, role));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("operationsByRole")
    void only_administrators_and_site_managers_administer_coupons(Operation op, Role role) {
        Caller.SignedIn caller = role == Role.ADMIN ? admin : memory.signedIn(role, role.name().toLowerCase() + "@example.com");
        int auditBefore = memory.audit.all().size();

        if (EDITORS.contains(role)) {
            assertDone(op, run(op, caller));
            return;
        }
        State before = state();
        assertThatThrownBy(() -> run(op, caller)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(state()).isEqualTo(before);
        if (op.audited()) {
            assertThat(memory.audit.all()).hasSize(auditBefore + 1).last().satisfies(entry -> {
                assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
                assertThat(entry.errorCode()).contains(AccessDeniedException.CODE);
                assertThat(entry.actor().role()).contains(role);
            });
        } else {
            assertThat(memory.audit.all()).hasSize(auditBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void a_visitor_must_sign_in_first(Operation op) {
        State before = state();

        assertThatThrownBy(() -> run(op, Caller.anonymous())).isInstanceOfSatisfying(UnauthenticatedException.class,
                e -> assertThat(e.code()).isEqualTo(UnauthenticatedException.SIGN_IN_REQUIRED));
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void trusted_host_code_may_administer_coupons(Operation op) {
        assertDone(op, run(op, Caller.system("cli")));
    }

    // --- applying: one's own orders only

    private Order placedBy(Caller who) {
        return core.placeCallOrder().place(who, aForm(callTypeId).build()).order();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void nobody_applies_a_coupon_to_someone_elses_order(Role role) {
        Caller.SignedIn owner = memory.signedIn(Role.CLIENT, "owner@example.com");
        Order order = placedBy(owner);
        OrderSnapshot before = memory.orders.find(order.id()).orElseThrow().snapshot();
        Caller.SignedIn intruder = role == Role.ADMIN ? admin : memory.signedIn(role, "intruder@example.com");
        String code = group.codes().get(2);

        assertThatThrownBy(() -> core.clientCoupons().apply(intruder, order.id(), code)).isInstanceOf(NotFoundException.class);

        assertThat(memory.orders.find(order.id()).orElseThrow().snapshot()).isEqualTo(before);
        assertThat(memory.coupons.findByCode(new CouponCode(code)).orElseThrow().used()).isFalse();
        assertThat(memory.audit.all()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("order.coupon.apply");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
            assertThat(entry.errorCode()).contains(NotFoundException.CODE);
        });
        assertThat(core.clientCoupons().apply(owner, order.id(), code).price().coupon()).as("the owner still can").isPresent();
    }

    @Test
    void applying_needs_a_signed_in_caller() {
        Order order = placedBy(memory.signedIn(Role.CLIENT, "owner@example.com"));
        String code = group.codes().get(2);

        assertThatThrownBy(() -> core.clientCoupons().apply(Caller.anonymous(), order.id(), code))
                .isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> core.clientCoupons().apply(Caller.system("shop"), order.id(), code))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(memory.coupons.findByCode(new CouponCode(code)).orElseThrow().used()).isFalse();
    }
}
