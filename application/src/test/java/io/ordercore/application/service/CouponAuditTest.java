package io.ordercore.application.service;

import static io.ordercore.application.testing.CallOrderForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.AuditEntry.Outcome;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.application.port.in.ManageCouponsUseCase;
import io.ordercore.application.port.in.ManageCouponsUseCase.GenerateForm;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.port.in.ManageCouponsUseCase.SuperForm;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCatalog;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every coupon change leaves an audit entry: who, what, on what, and how it ended (with the refusal's code). */
class CouponAuditTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final ManageCouponsUseCase manage = core.manageCoupons();
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(manage, Caller.system("seed"));
    private Caller.SignedIn siteManager;
    private Caller.SignedIn client;
    private long callTypeId;

    @BeforeEach
    void seed() {
        callTypeId = new TestCatalog(core.manageCatalog()).birthdayGreeting().id().value();
        siteManager = memory.signedIn(Role.SITE_MANAGER, "site@example.com");
        client = memory.signedIn(Role.CLIENT, "client@example.com");
    }

    private AuditEntry last() {
        List<AuditEntry> all = memory.audit.all();
        return all.get(all.size() - 1);
    }

    private void assertLast(Caller.SignedIn by, String action, String target, Outcome outcome, Optional<String> code) {
        AuditEntry e = last();
        assertThat(e.actor().account()).contains(by.id());
        assertThat(e.actor().label()).isEqualTo(by.email().value());
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.target()).isEqualTo(target);
        assertThat(e.outcome()).isEqualTo(outcome);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.at()).isEqualTo(clock.instant());
    }

    @Test
    void generating_a_group() {
        GeneratedGroup g = manage.generate(admin, new GenerateForm("PERCENT", 4, 3, "spring", null));
        assertLast(admin, "coupon.group.generate", "coupon-group:" + g.group().id(), Outcome.OK, Optional.empty());

        assertThatThrownBy(() -> manage.generate(siteManager, new GenerateForm("PERCENT", 0, 3, "spring", null)));
        assertLast(siteManager, "coupon.group.generate", "coupon-group:new", Outcome.REFUSED, Optional.of("VALIDATION_FAILED"));
    }

    @Test
    void creating_a_super_coupon() {
        Coupon c = manage.createSuper(siteManager, new SuperForm("spring-25", 20, 5, null));
        assertLast(siteManager, "coupon.super.create", "coupon:SPRING25", Outcome.OK, Optional.empty());
        assertThat(c.code().value()).isEqualTo("SPRING25");

        assertThatThrownBy(() -> manage.createSuper(admin, new SuperForm("SPRING25", 20, null, null)));
        assertLast(admin, "coupon.super.create", "coupon:new", Outcome.REFUSED, Optional.of("VALIDATION_FAILED"));
    }

    @Test
    void deleting_codes() {
        List<String> codes = coupons.percentGroup(5, 3).codes();

        manage.deleteCodes(admin, List.of(codes.get(0), codes.get(1)));
        assertLast(admin, "coupon.delete", "coupons:2", Outcome.OK, Optional.empty());

        assertThatThrownBy(() -> manage.deleteCodes(admin, List.of(codes.get(2), "NOSUCHCODE")));
        assertLast(admin, "coupon.delete", "coupons:2", Outcome.REFUSED, Optional.of("VALIDATION_FAILED"));
    }

    @Test
    void deleting_a_group_and_random_unused_coupons() {
        CouponGroupId g = coupons.percentGroup(5, 3).group().id();

        manage.deleteRandomUnused(siteManager, g, 2);
        assertLast(siteManager, "coupon.group.delete-random", "coupon-group:" + g, Outcome.OK, Optional.empty());
        manage.deleteGroup(admin, g);
        assertLast(admin, "coupon.group.delete", "coupon-group:" + g, Outcome.OK, Optional.empty());

        assertThatThrownBy(() -> manage.deleteGroup(admin, g));
        assertLast(admin, "coupon.group.delete", "coupon-group:" + g, Outcome.REFUSED, Optional.of("NOT_FOUND"));
        assertThatThrownBy(() -> manage.deleteRandomUnused(admin, g, 1));
        assertLast(admin, "coupon.group.delete-random", "coupon-group:" + g, Outcome.REFUSED, Optional.of("NOT_FOUND"));
    }

    @Test
    void sending_names_the_coupon_by_its_code_however_it_was_typed() {
        String code = coupons.percent(5);

        manage.send(admin, " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4) + " ", "client@example.com");
        assertLast(admin, "coupon.send", "coupon:" + code, Outcome.OK, Optional.empty());

        assertThatThrownBy(() -> manage.send(admin, "NOSUCHCODE", "client@example.com"));
        assertLast(admin, "coupon.send", "coupon:NOSUCHCODE", Outcome.REFUSED, Optional.of("NOT_FOUND"));
    }

    @Test
    void setting_the_repeat_order_percent() {
        manage.setRepeatOrderPercent(siteManager, 15);
        assertLast(siteManager, "coupon.repeat-order.percent", "setting:coupon.repeat-order.percent", Outcome.OK, Optional.empty());

        assertThatThrownBy(() -> manage.setRepeatOrderPercent(admin, 100));
        assertLast(admin, "coupon.repeat-order.percent", "setting:coupon.repeat-order.percent", Outcome.REFUSED,
                Optional.of("VALIDATION_FAILED"));
    }

    @Test
    void applying_a_coupon_ok_and_refused_with_the_refusals_code() {
        String code = coupons.percent(5);
        Order first = core.placeCallOrder().place(client, aForm(callTypeId).build()).order();
        Order second = core.placeCallOrder().place(client, aForm(callTypeId).build()).order();

        core.clientCoupons().apply(client, first.id(), code);
        assertLast(client, "order.coupon.apply", "order:" + first.id(), Outcome.OK, Optional.empty());

        for (var attempt : List.of(tuple(second, code, "COUPON_ALREADY_USED"), tuple(second, "NOSUCHCODE", "COUPON_UNKNOWN"),
                tuple(first, coupons.percent(9), "ORDER_HAS_COUPON"))) {
            Order order = (Order) attempt.toList().get(0);
            assertThatThrownBy(() -> core.clientCoupons().apply(client, order.id(), (String) attempt.toList().get(1)));
            assertLast(client, "order.coupon.apply", "order:" + order.id(), Outcome.REFUSED,
                    Optional.of((String) attempt.toList().get(2)));
        }
    }

    @Test
    void reads_leave_no_entry() {
        coupons.percentGroup(5, 2);
        int before = memory.audit.all().size();

        manage.groups(admin);
        manage.list(admin, CouponListForm.empty());
        manage.repeatOrderPercent(admin);
        core.clientCoupons().held(client);

        assertThat(memory.audit.all()).hasSize(before);
    }
}
