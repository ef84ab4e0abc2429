package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.HeldCoupon;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.UnauthenticatedException;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.application.testing.TestCoupons;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponCode;
import io.ordercore.domain.coupon.CouponId;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.shared.ValidationException;
import io.ordercore.domain.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending a coupon by e-mail: the client with that e-mail then holds it; an unknown address is mailed all the same. */
class SendCouponTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final Ordercore core = memory.core;
    private final Caller.SignedIn admin = memory.admin();
    private final TestCoupons coupons = new TestCoupons(core.manageCoupons(), admin);
    private Caller.SignedIn client;

    @BeforeEach
    void seed() {
        client = memory.signedIn(Role.CLIENT, "client@example.com");
    }

    private List<OutboxMessage> sent() {
        return memory.outbox.all().stream().filter(m -> m.notification().type() == NotificationType.COUPON_SENT).toList();
    }

    @Test
    void a_known_client_holds_the_coupon_and_is_mailed_its_code() {
        String code = coupons.expiringGroup("PERCENT", 15, 1, "2026-11-30").codes().get(0);
        String typed = code.substring(0, 6).toLowerCase() + "-" + code.substring(6);

        Coupon returned = core.manageCoupons().send(admin, typed, " Client@Example.com ");

        assertThat(returned.holder()).contains(client.id());
        assertThat(memory.coupons.findByCode(new CouponCode(code)).orElseThrow()).isEqualTo(returned);
        assertThat(core.clientCoupons().held(client)).containsExactly(new HeldCoupon(returned, false));
        assertThat(sent()).singleElement().satisfies(m -> {
            assertThat(m.notification().recipient().value()).isEqualTo("client@example.com");
            assertThat(m.notification().language()).isEqualTo(Language.EN);
            assertThat(m.notification().params()).containsEntry("code", code).containsEntry("percent", "15")
                    .containsEntry("kind", "PERCENT").containsEntry("name", "client")
                    .containsEntry("expiresOn", "2026-11-30");
        });
    }

    @Test
    void a_super_coupon_sent_to_a_known_client_stays_everyones() {
        Coupon superCoupon = coupons.superCoupon("SHARED20", 20, null, null);

        Coupon returned = core.manageCoupons().send(admin, "shared20", "client@example.com");

        assertThat(returned.holder()).isEmpty();
        assertThat(memory.coupons.find(superCoupon.id()).orElseThrow().holder()).isEmpty();
        assertThat(sent()).singleElement().satisfies(m ->
                assertThat(m.notification().recipient().value()).isEqualTo("client@example.com"));
    }

    @Test
    void a_repeat_order_coupon_goes_only_to_its_holder() {
        Caller.SignedIn other = memory.signedIn(Role.CLIENT, "other@example.com");
        Coupon repeat = Coupon.unused(new CouponId(9001), new CouponCode("REPEATABCD"), CouponKind.REPEAT_ORDER, 10,
                Optional.empty(), Optional.of(client.id()), Optional.empty(), Optional.empty(),
                Optional.of(new OrderId(77)), clock.instant());
        memory.coupons.insert(repeat);

        assertThatThrownBy(() -> core.manageCoupons().send(admin, "REPEATABCD", "other@example.com"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting("field", "code").containsExactly(tuple("email", "NOT_THE_HOLDER")));
        assertThat(memory.coupons.find(repeat.id()).orElseThrow().holder()).contains(client.id());
        assertThat(core.clientCoupons().held(other)).isEmpty();
        assertThat(sent()).isEmpty();

        core.manageCoupons().send(admin, "REPEATABCD", "client@example.com");
        assertThat(sent()).singleElement().satisfies(m ->
                assertThat(m.notification().recipient().value()).isEqualTo("client@example.com"));
    }

    @Test
    void an_unknown_email_is_mailed_all_the_same_and_nobody_holds_the_coupon() {
        Coupon superCoupon = coupons.superCoupon("FRIENDS", 20, null, null);

        Coupon returned = core.manageCoupons().send(admin, "friends", "stranger@example.com");

        assertThat(returned.holder()).isEmpty();
        assertThat(memory.coupons.find(superCoupon.id()).orElseThrow().holder()).isEmpty();
        assertThat(sent()).singleElement().satisfies(m -> {
            assertThat(m.notification().recipient().value()).isEqualTo("stranger@example.com");
            assertThat(m.notification().language()).isEqualTo(Language.RU);
            assertThat(m.notification().params()).containsEntry("code", "FRIENDS").containsEntry("kind", "SUPER")
                    .containsEntry("name", "stranger@example.com").doesNotContainKey("expiresOn");
        });
    }

    @Test
    void the_held_list_shows_what_was_granted_or_sent_to_me_newest_first_and_nothing_else() {
        Caller.SignedIn other = memory.signedIn(Role.CLIENT, "other@example.com");
        String first = coupons.percent(5);
        String second = coupons.full();
        String notMine = coupons.percent(7);
        coupons.percent(8);
        core.manageCoupons().send(admin, first, "client@example.com");
        core.manageCoupons().send(admin, second, "client@example.com");
        core.manageCoupons().send(admin, notMine, "other@example.com");

        assertThat(core.clientCoupons().held(client)).extracting(h -> h.coupon().code().value()).containsExactly(second, first);
        assertThat(core.clientCoupons().held(other)).extracting(h -> h.coupon().code().value()).containsExactly(notMine);
    }

    @Test
    void the_held_list_is_for_signed_in_users() {
        assertThatThrownBy(() -> core.clientCoupons().held(Caller.anonymous())).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> core.clientCoupons().held(Caller.system("cron"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unknown_code_is_not_found_and_nothing_is_mailed() {
        assertThatThrownBy(() -> core.manageCoupons().send(admin, "NOSUCHCODE", "client@example.com"))
                .isInstanceOf(NotFoundException.class);
        assertThat(sent()).isEmpty();
    }

    @Test
    void code_and_email_are_checked_together() {
        assertThatThrownBy(() -> core.manageCoupons().send(admin, "a!", "not-an-email"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field", "code")
                        .containsExactly(tuple("code", "INVALID_COUPON_CODE"), tuple("email", "INVALID_EMAIL")));
        assertThatThrownBy(() -> core.manageCoupons().send(admin, null, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field", "code")
                        .containsExactly(tuple("code", "REQUIRED"), tuple("email", "REQUIRED")));
        assertThat(sent()).isEmpty();
    }
}
