package io.ordercore.adapter.web.coupon;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static io.ordercore.adapter.web.coupon.AdminCouponGroupsHttpTest.GENERATED_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ClientCouponsUseCase;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin coupon list, deleting by code, super coupons, sending coupons and the repeat-order percent. */
@MicronautTest
class AdminCouponsHttpTest {

    private static final String COUPONS = "/api/v1/admin/coupons";

    private final Api api;
    private final Api admin;
    private final String siteManagerToken;
    private final Fixtures fixtures;
    private final Sessions sessions;
    private final ClientCouponsUseCase clientCoupons;
    private final InMemoryCore memory;

    AdminCouponsHttpTest(Api api, Sessions sessions, Fixtures fixtures, ClientCouponsUseCase clientCoupons,
                         InMemoryCore memory) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.siteManagerToken = sessions.token(Role.SITE_MANAGER);
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.clientCoupons = clientCoupons;
        this.memory = memory;
    }

    @Test
    void showsEveryFieldOfAUsedCoupon() {
        GeneratedGroup group = fixtures.coupons("PERCENT", 15, 1);
        Order order = use(group.codes().get(0), "list.fields@example.com");

        Reply reply = admin.get(COUPONS + "?groupId=" + group.group().id());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.size("items")).isEqualTo(1);
        assertThat(reply.number("items[0].id")).isPositive();
        assertThat(reply.text("items[0].code")).isEqualTo(group.codes().get(0));
        assertThat(reply.text("items[0].kind")).isEqualTo("PERCENT");
        assertThat(reply.number("items[0].percent")).isEqualTo(15);
        assertThat(reply.number("items[0].groupId")).isEqualTo(group.group().id().value());
        assertThat(reply.text("items[0].holderAccountId")).isNull();
        assertThat(reply.text("items[0].expiresAt")).isNull();
        assertThat(reply.text("items[0].totalLimit")).isNull();
        assertThat(reply.number("items[0].usedByOrderId")).isEqualTo(order.id().value());
        assertThat(reply.text("items[0].grantedForOrderId")).isNull();
        assertThat(reply.text("items[0].createdAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(reply.text("nextAfterId")).isNull();
    }

    @Test
    void filtersAndPagesByAfterId() {
        GeneratedGroup percent = fixtures.coupons("PERCENT", 5, 3);
        GeneratedGroup full = fixtures.coupons("FULL", 100, 2);
        long a = percent.group().id().value();
        long f = full.group().id().value();
        String used = percent.codes().get(1);
        Order order = use(used, "list.filters@example.com");

        Reply first = admin.get(COUPONS + "?groupId=" + a + "&limit=2");
        Reply second = admin.get(COUPONS + "?groupId=" + a + "&limit=2&afterId=" + first.number("nextAfterId"));
        Reply usedOnly = admin.get(COUPONS + "?groupId=" + a + "&used=true");
        Reply unusedOnly = admin.get(COUPONS + "?groupId=" + a + "&used=false");
        Reply fullKind = api.as(siteManagerToken).get(COUPONS + "?groupId=" + f + "&kind=full");
        Reply percentKindInFullGroup = admin.get(COUPONS + "?groupId=" + f + "&kind=PERCENT");
        String typed = used.substring(0, 3).toLowerCase() + "-" + used.substring(3, 6).toLowerCase();
        Reply byCode = admin.get(COUPONS + "?code=" + typed + "&groupId=" + a);
        Reply byClient = admin.get(COUPONS + "?clientEmail=List.Filters@example.com");
        Reply byUnknownClient = admin.get(COUPONS + "?clientEmail=nobody@example.com");

        assertThat(first.texts("items", "code")).containsExactly(percent.codes().get(0), percent.codes().get(1));
        assertThat(first.number("nextAfterId")).isEqualTo(first.number("items[1].id"));
        assertThat(second.texts("items", "code")).containsExactly(percent.codes().get(2));
        assertThat(second.text("nextAfterId")).isNull();
        assertThat(usedOnly.texts("items", "code")).containsExactly(used);
        assertThat(usedOnly.number("items[0].usedByOrderId")).isEqualTo(order.id().value());
        assertThat(unusedOnly.texts("items", "code")).containsExactly(percent.codes().get(0), percent.codes().get(2));
        assertThat(fullKind.texts("items", "code")).containsExactlyElementsOf(full.codes());
        assertThat(fullKind.texts("items", "percent")).containsOnly("100");
        assertThat(percentKindInFullGroup.size("items")).isZero();
        assertThat(byCode.texts("items", "code")).containsExactly(used);
        assertThat(byClient.texts("items", "code")).containsExactly(used);
        assertThat(byUnknownClient.size("items")).isZero();
    }

    @Test
    void badFiltersAreReportedTogether() {
        Reply bad = admin.get(COUPONS + "?groupId=abc&kind=LOST&used=maybe&clientEmail=nope&afterId=-1&limit=0");
        Reply tooMany = admin.get(COUPONS + "?limit=1001");

        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.texts("errors", "field"))
                .containsExactly("groupId", "kind", "used", "clientEmail", "afterId", "limit");
        assertProblem(tooMany, 400, "VALIDATION_FAILED");
        assertThat(tooMany.texts("errors", "field")).containsExactly("limit");
        assertThat(tooMany.text("errors[0].code")).isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void deletesCouponsByCodeAndNothingWhenACodeIsUnknown() {
        GeneratedGroup group = fixtures.coupons("PERCENT", 5, 3);
        List<String> codes = group.codes();
        String listed = COUPONS + "?groupId=" + group.group().id();

        Reply unknown = admin.post(COUPONS + "/delete", "{\"codes\": [\"" + codes.get(0) + "\", \"NOSUCHCOUPON\"]}");
        Reply missing = admin.post(COUPONS + "/delete", "{}");
        Reply none = admin.post(COUPONS + "/delete", "{\"codes\": []}");
        int before = admin.get(listed).size("items");
        Reply deleted = admin.post(COUPONS + "/delete",
                "{\"codes\": [\"" + codes.get(0) + "\", \"" + codes.get(1).toLowerCase() + "\"]}");

        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.texts("errors", "field")).containsExactly("codes");
        assertThat(unknown.text("errors[0].code")).isEqualTo("UNKNOWN_CODES");
        assertThat(unknown.text("errors[0].message")).contains("NOSUCHCOUPON");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.text("errors[0].code")).isEqualTo("REQUIRED");
        assertProblem(none, 400, "VALIDATION_FAILED");
        assertThat(none.text("errors[0].code")).isEqualTo("OUT_OF_RANGE");
        assertThat(before).as("a refused delete deletes nothing").isEqualTo(3);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.number("deleted")).isEqualTo(2);
        assertThat(admin.get(listed).texts("items", "code")).containsExactly(codes.get(2));
    }

    @Test
    void createsASuperCouponWithItsCodeLimitAndExpiry() {
        Reply reply = admin.post(COUPONS + "/super",
                "{\"code\": \"summer-sale\", \"percent\": 20, \"limit\": 10, \"expiresOn\": \"2026-12-31\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.number("id")).isPositive();
        assertThat(reply.text("code")).isEqualTo("SUMMERSALE");
        assertThat(reply.text("kind")).isEqualTo("SUPER");
        assertThat(reply.number("percent")).isEqualTo(20);
        assertThat(reply.text("groupId")).isNull();
        assertThat(reply.text("holderAccountId")).isNull();
        assertThat(reply.text("expiresAt")).isEqualTo("2026-12-31T21:00:00Z");
        assertThat(reply.number("totalLimit")).isEqualTo(10);
        assertThat(reply.text("usedByOrderId")).isNull();
        assertThat(reply.text("grantedForOrderId")).isNull();
        assertThat(reply.text("createdAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(admin.get(COUPONS + "?kind=SUPER&code=summersale").texts("items", "code"))
                .containsExactly("SUMMERSALE");
    }

    @Test
    void aSuperCouponWithoutCodeGetsAGeneratedOneAndNoLimit() {
        Reply reply = api.as(siteManagerToken).post(COUPONS + "/super", "{\"percent\": 7}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.text("code")).matches(GENERATED_CODE);
        assertThat(reply.text("totalLimit")).isNull();
        assertThat(reply.text("expiresAt")).isNull();
    }

    @Test
    void invalidSuperCouponsAreRefusedWithEveryFieldListed() {
        fixtures.superCoupon("TAKEN1", 5, null);

        Reply bad = admin.post(COUPONS + "/super",
                "{\"code\": \"ab\", \"percent\": 100, \"limit\": 0, \"expiresOn\": \"2026-11-01\"}");
        Reply empty = admin.post(COUPONS + "/super", "{}");
        Reply duplicate = admin.post(COUPONS + "/super", "{\"code\": \"taken-1\", \"percent\": 5}");

        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.texts("errors", "field")).containsExactly("code", "percent", "limit", "expiresOn");
        assertThat(bad.texts("errors", "code"))
                .containsExactly("INVALID_COUPON_CODE", "OUT_OF_RANGE", "OUT_OF_RANGE", "DATE_IN_PAST");
        assertThat(empty.texts("errors", "field")).containsExactly("percent");
        assertProblem(duplicate, 400, "VALIDATION_FAILED");
        assertThat(duplicate.texts("errors", "field")).containsExactly("code");
        assertThat(duplicate.text("errors[0].code")).isEqualTo("DUPLICATE");
    }

    @Test
    void sendsACouponToAClientWhoThenHoldsIt() {
        Caller.SignedIn client = fixtures.client("send.me@example.com");
        String code = fixtures.coupon(10);

        Reply sent = admin.post(COUPONS + "/" + code.toLowerCase() + "/send", "{\"email\": \"Send.Me@example.com\"}");

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.text("code")).isEqualTo(code);
        assertThat(sent.number("holderAccountId")).isEqualTo(client.id().value());
        assertThat(memory.outbox.all()).anyMatch(m -> m.notification().type() == NotificationType.COUPON_SENT
                && m.notification().recipient().value().equals("send.me@example.com")
                && code.equals(m.notification().params().get("code")));
        Reply held = api.as(sessions.tokenOf(client)).get("/api/v1/me/coupons");
        assertThat(held.texts("items", "code")).containsExactly(code);
    }

    @Test
    void sendsACouponToAnAddressWithoutAccount() {
        String code = fixtures.coupon(10);

        Reply sent = api.as(siteManagerToken).post(COUPONS + "/" + code + "/send",
                "{\"email\": \"stranger@example.com\"}");

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.text("holderAccountId")).isNull();
        assertThat(memory.outbox.all()).anyMatch(m -> m.notification().type() == NotificationType.COUPON_SENT
                && m.notification().recipient().value().equals("stranger@example.com"));
    }

    @Test
    void sendingRefusesAnUnknownCodeOrABadAddress() {
        String code = fixtures.coupon(10);

        assertProblem(admin.post(COUPONS + "/NOSUCHCOUPON/send", "{\"email\": \"a@example.com\"}"), 404, "NOT_FOUND");
        Reply badEmail = admin.post(COUPONS + "/" + code + "/send", "{\"email\": \"nope\"}");
        Reply noEmail = admin.post(COUPONS + "/" + code + "/send", "{}");
        Reply badCode = admin.post(COUPONS + "/a%21/send", "{\"email\": \"nope\"}");

        assertProblem(badEmail, 400, "VALIDATION_FAILED");
        assertThat(badEmail.texts("errors", "field")).containsExactly("email");
        assertThat(noEmail.texts("errors", "field")).containsExactly("email");
        assertThat(noEmail.text("errors[0].code")).isEqualTo("REQUIRED");
        assertThat(badCode.texts("errors", "field")).containsExactly("code", "email");
    }

    @Test
    void setsTheRepeatOrderPercent() {
        Reply initial = admin.get(COUPONS + "/repeat-order-percent");
        Reply set = api.as(siteManagerToken).put(COUPONS + "/repeat-order-percent", "{\"percent\": 15}");
        Reply zero = admin.put(COUPONS + "/repeat-order-percent", "{\"percent\": 0}");
        Reply hundred = admin.put(COUPONS + "/repeat-order-percent", "{\"percent\": 100}");
        Reply missing = admin.put(COUPONS + "/repeat-order-percent", "{}");
        Reply text = admin.put(COUPONS + "/repeat-order-percent", "{\"percent\": \"20\"}");

        assertThat(initial.status()).as(initial.body()).isEqualTo(200);
        assertThat(initial.number("percent")).isEqualTo(10);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.number("percent")).isEqualTo(15);
        for (Reply refused : List.of(zero, hundred)) {
            assertProblem(refused, 400, "VALIDATION_FAILED");
            assertThat(refused.texts("errors", "field")).containsExactly("percent");
            assertThat(refused.text("errors[0].code")).isEqualTo("OUT_OF_RANGE");
        }
        assertThat(missing.text("errors[0].code")).isEqualTo("REQUIRED");
        assertThat(text.text("errors[0].code")).isEqualTo("INVALID_TYPE");
        assertThat(admin.get(COUPONS + "/repeat-order-percent").number("percent")).isEqualTo(15);
    }

    /** Activates the coupon on a new order of the client. */
    private Order use(String code, String clientEmail) {
        Order order = fixtures.order(fixtures.orderableCallType(), "Client", clientEmail, "Maria", "+79161234567");
        return clientCoupons.apply(fixtures.client(clientEmail), order.id(), code);
    }
}
