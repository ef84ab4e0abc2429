package io.ordercore.adapter.web.coupon;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.TestCore;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A client applying coupons to their unpaid orders (and at placement), and the coupons they hold.
 * Unknown codes are 404, refused ones 422 with the reason as the problem code.
 */
@MicronautTest
class ClientCouponsHttpTest {

    private final Api api;
    private final Api admin;
    private final Fixtures fixtures;
    private final Sessions sessions;
    private final ChangeOrderStatusUseCase changeStatus;
    private final InMemoryCore memory;
    private final MutableClock clock;
    private final CallType fiveHundred;

    ClientCouponsHttpTest(Api api, Fixtures fixtures, Sessions sessions, ChangeOrderStatusUseCase changeStatus,
                          InMemoryCore memory, MutableClock clock) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.changeStatus = changeStatus;
        this.memory = memory;
        this.clock = clock;
        this.fiveHundred = fixtures.callType(fixtures.category("Short calls"), "Short greeting", 500);
    }

    @Test
    void aPercentCouponDiscountsMyUnpaidOrder() {
        Order order = orderOf("apply.percent@example.com");
        String code = fixtures.coupon(15);
        String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();

        Reply reply = as("apply.percent@example.com").post(couponOf(order), "{\"code\": \"" + typed + "\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.number("id")).isEqualTo(order.id().value());
        assertThat(reply.text("status")).isEqualTo("UNPAID");
        assertThat(reply.text("couponCode")).isEqualTo(code);
        assertPrice(reply, "500.00", "75.00", "425.00");
        assertThat(reply.number("price.total.minor")).isEqualTo(42_500);
        assertThat(reply.number("price.discount.minor")).isEqualTo(7_500);
        assertThat(reply.text("price.total.currency")).isEqualTo("RUB");
        assertThat(reply.text("price.coupon.code")).isEqualTo(code);
        assertThat(reply.text("price.coupon.kind")).isEqualTo("PERCENT");
        assertThat(reply.number("price.coupon.percent")).isEqualTo(15);
        Reply seenByAdmin = admin.get("/api/v1/admin/orders/" + order.id());
        assertThat(seenByAdmin.text("couponCode")).isEqualTo(code);
        assertPrice(seenByAdmin, "500.00", "75.00", "425.00");
        assertThat(seenByAdmin.text("price.coupon.code")).isEqualTo(code);
        assertThat(admin.get("/api/v1/admin/coupons?code=" + code).number("items[0].usedByOrderId"))
                .isEqualTo(order.id().value());
    }

    @Test
    void aFullCouponPaysMyOrder() {
        Order order = orderOf("apply.full@example.com");
        String code = fixtures.coupon(100);

        Reply reply = as("apply.full@example.com").post(couponOf(order), "{\"code\": \"" + code + "\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("PAID");
        assertPrice(reply, "500.00", "500.00", "0.00");
        assertThat(reply.number("price.total.minor")).isZero();
        assertThat(reply.text("price.coupon.kind")).isEqualTo("FULL");
        assertThat(reply.number("price.coupon.percent")).isEqualTo(100);
        assertThat(as("apply.full@example.com").get("/api/v1/me/orders/" + order.id()).text("status"))
                .isEqualTo("PAID");
    }

    @Test
    void someoneElsesOrderIsNotFoundAndTheCouponStaysUnused() {
        Order theirs = orderOf("apply.owner@example.com");
        String code = fixtures.coupon(15);

        Reply reply = as("apply.nosy@example.com").post(couponOf(theirs), "{\"code\": \"" + code + "\"}");
        Reply byStaff = api.as(sessions.admin()).post(couponOf(theirs), "{\"code\": \"" + code + "\"}");

        assertProblem(reply, 404, "NOT_FOUND");
        assertThat(reply.text("detail")).isEqualTo("Order " + theirs.id() + " not found");
        assertProblem(byStaff, 404, "NOT_FOUND");
        assertThat(admin.get("/api/v1/admin/coupons?used=false&code=" + code).texts("items", "code"))
                .containsExactly(code);
    }

    @Test
    void anUnknownCodeIsNotFoundAndAMissingOrMalformedOneInvalid() {
        Order order = orderOf("apply.unknown@example.com");
        Api me = as("apply.unknown@example.com");

        Reply unknown = me.post(couponOf(order), "{\"code\": \"NOSUCHCOUPON\"}");
        Reply missing = me.post(couponOf(order), "{}");
        Reply malformed = me.post(couponOf(order), "{\"code\": \"ab!\"}");

        assertProblem(unknown, 404, "COUPON_UNKNOWN");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.texts("errors", "field")).containsExactly("code");
        assertThat(missing.text("errors[0].code")).isEqualTo("REQUIRED");
        assertProblem(malformed, 400, "VALIDATION_FAILED");
        assertThat(malformed.text("errors[0].code")).isEqualTo("INVALID_COUPON_CODE");
        assertThat(me.get("/api/v1/me/orders/" + order.id()).text("couponCode")).isNull();
    }

    @Test
    void aCouponUsedOnAnotherOrderIsRefused() {
        String code = fixtures.coupon(15);
        Api me = as("apply.twice@example.com");
        me.post(couponOf(orderOf("apply.twice@example.com")), "{\"code\": \"" + code + "\"}");

        Reply again = me.post(couponOf(orderOf("apply.twice@example.com")), "{\"code\": \"" + code + "\"}");

        assertProblem(again, 422, "COUPON_ALREADY_USED");
    }

    @Test
    void anExpiredCouponIsRefused() {
        Order order = orderOf("apply.expired@example.com");
        String code = fixtures.coupons("PERCENT", 15, 1).codes().get(0);
        String expiring = admin.post("/api/v1/admin/coupons/groups",
                "{\"percent\": 15, \"count\": 1, \"comment\": \"today only\", \"expiresOn\": \"2026-11-23\"}")
                .text("codes[0]");
        Reply refused;
        clock.advance(Duration.ofDays(1));
        try {
            refused = as("apply.expired@example.com").post(couponOf(order), "{\"code\": \"" + expiring + "\"}");
        } finally {
            clock.set(TestCore.NOW);
        }

        assertProblem(refused, 422, "COUPON_EXPIRED");
        assertThat(as("apply.expired@example.com").post(couponOf(order), "{\"code\": \"" + code + "\"}").status())
                .as("the order can still take a valid coupon").isEqualTo(200);
    }

    @Test
    void aSuperCouponServesManyClientsEachOnce() {
        fixtures.superCoupon("FRIENDS10", 10, null);
        Api me = as("super.me@example.com");

        Reply mine = me.post(couponOf(orderOf("super.me@example.com")), "{\"code\": \"friends10\"}");
        Reply theirs = as("super.them@example.com").post(couponOf(orderOf("super.them@example.com")),
                "{\"code\": \"FRIENDS10\"}");
        Reply mineAgain = me.post(couponOf(orderOf("super.me@example.com")), "{\"code\": \"FRIENDS10\"}");

        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertPrice(mine, "500.00", "50.00", "450.00");
        assertThat(mine.text("price.coupon.kind")).isEqualTo("SUPER");
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        assertProblem(mineAgain, 422, "COUPON_ALREADY_USED_BY_YOU");
    }

    @Test
    void aSuperCouponStopsAtItsLimit() {
        fixtures.superCoupon("ONLYONE", 10, 1);
        as("limit.first@example.com").post(couponOf(orderOf("limit.first@example.com")), "{\"code\": \"ONLYONE\"}");

        Reply second = as("limit.second@example.com").post(couponOf(orderOf("limit.second@example.com")),
                "{\"code\": \"ONLYONE\"}");

        assertProblem(second, 422, "COUPON_LIMIT_REACHED");
    }

    @Test
    void aRepeatOrderCouponIsHeldByItsClientAndUsableByThemOnly() {
        String holder = "repeat.holder@example.com";
        Api asHolder = as(holder);
        asHolder.post(couponOf(orderOf(holder)), "{\"code\": \"" + fixtures.coupon(100) + "\"}");
        asHolder.post(couponOf(orderOf(holder)), "{\"code\": \"" + fixtures.coupon(100) + "\"}");

        Reply held = asHolder.get("/api/v1/me/coupons");

        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.size("items")).as("earned by the second paid order").isEqualTo(1);
        String code = held.text("items[0].code");
        assertThat(code).matches(AdminCouponGroupsHttpTest.GENERATED_CODE);
        assertThat(held.text("items[0].kind")).isEqualTo("REPEAT_ORDER");
        assertThat(held.number("items[0].percent")).isEqualTo(10);
        assertThat(held.text("items[0].expiresAt")).isNull();
        assertThat(held.flag("items[0].usedByYou")).isFalse();
        assertThat(held.flag("items[0].spent")).isFalse();
        assertProblem(as("repeat.other@example.com").post(couponOf(orderOf("repeat.other@example.com")),
                "{\"code\": \"" + code + "\"}"), 422, "COUPON_NOT_YOURS");
        Reply used = asHolder.post(couponOf(orderOf(holder)), "{\"code\": \"" + code + "\"}");
        assertPrice(used, "500.00", "50.00", "450.00");
        Reply after = asHolder.get("/api/v1/me/coupons");
        assertThat(after.flag("items[0].usedByYou")).isTrue();
        assertThat(after.flag("items[0].spent")).isTrue();
        assertThat(as("repeat.nothing@example.com").get("/api/v1/me/coupons").size("items")).isZero();
    }

    @Test
    void onlyAnUnpaidOrderWithoutCouponTakesOne() {
        String email = "apply.state@example.com";
        Order cancelled = orderOf(email);
        changeStatus.changeStatus(new ChangeOrderStatusCommand(cancelled.id(), OrderStatus.CANCELLED, memory.admin(),
                "changed mind"));
        Order discounted = orderOf(email);
        as(email).post(couponOf(discounted), "{\"code\": \"" + fixtures.coupon(15) + "\"}");
        String spare = fixtures.coupon(20);

        Reply onCancelled = as(email).post(couponOf(cancelled), "{\"code\": \"" + spare + "\"}");
        Reply onDiscounted = as(email).post(couponOf(discounted), "{\"code\": \"" + spare + "\"}");

        assertProblem(onCancelled, 422, "ORDER_NOT_UNPAID");
        assertProblem(onDiscounted, 422, "ORDER_HAS_COUPON");
        assertThat(admin.get("/api/v1/admin/coupons?used=false&code=" + spare).texts("items", "code"))
                .as("a refused coupon is not wasted").containsExactly(spare);
    }

    @Test
    void aCouponAtPlacementDiscountsTheNewOrder() {
        String code = fixtures.coupon(15);

        Reply placed = as("place.coupon@example.com").post("/api/v1/orders", placement(code.toLowerCase()));

        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.text("couponCode")).isEqualTo(code);
        assertPrice(placed, "500.00", "75.00", "425.00");
        assertThat(placed.text("price.coupon.code")).isEqualTo(code);
    }

    @Test
    void aRefusedCouponAtPlacementIsAFieldErrorAndNoOrderIsPlaced() {
        String code = fixtures.coupon(15);
        as("place.first@example.com").post("/api/v1/orders", placement(code));
        Api me = as("place.refused@example.com");

        Reply unknown = me.post("/api/v1/orders", placement("NOSUCHCOUPON"));
        Reply used = me.post("/api/v1/orders", placement(code));

        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.texts("errors", "field")).containsExactly("couponCode");
        assertThat(unknown.text("errors[0].code")).isEqualTo("COUPON_UNKNOWN");
        assertProblem(used, 400, "VALIDATION_FAILED");
        assertThat(used.texts("errors", "field")).containsExactly("couponCode");
        assertThat(used.text("errors[0].code")).isEqualTo("COUPON_ALREADY_USED");
        assertThat(me.get("/api/v1/me/orders").size("items")).isZero();
    }

    private static void assertPrice(Reply reply, String price, String discount, String total) {
        assertThat(reply.text("price.price.amount")).as(reply.body()).isEqualTo(price);
        assertThat(reply.text("price.discount.amount")).isEqualTo(discount);
        assertThat(reply.text("price.total.amount")).isEqualTo(total);
    }

    private Order orderOf(String email) {
        return fixtures.order(fiveHundred, "Client", email, "Maria", "+79161234567");
    }

    private Api as(String email) {
        Caller.SignedIn client = fixtures.client(email);
        return api.as(sessions.tokenOf(client));
    }

    private static String couponOf(Order order) {
        return "/api/v1/me/orders/" + order.id() + "/coupon";
    }

    /** A signed-in client's order form for the 500-rouble call type. */
    private String placement(String couponCode) {
        return """
                {"callTypeId": %d, "clientName": "Client", "recipientName": "Maria", "recipientPhone": "+79161234567",
                 "recipientCountry": "RU", "recipientCity": "Moscow", "callDate": "2026-11-25", "windowStart": "10:00",
                 "windowEnd": "12:00", "consent": true, "couponCode": "%s"}
                """.formatted(fiveHundred.id().value(), couponCode);
    }
}
