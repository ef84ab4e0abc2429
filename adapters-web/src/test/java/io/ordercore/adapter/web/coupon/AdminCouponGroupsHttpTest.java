package io.ordercore.adapter.web.coupon;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.ClientCouponsUseCase;
import io.ordercore.application.port.in.ManageCouponsUseCase.GeneratedGroup;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.order.Order;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Administrators and site managers generating coupon groups, seeing their totals and deleting them. */
@MicronautTest
class AdminCouponGroupsHttpTest {

    /** 12 characters, no 0/O, 1/I/L. */
    static final String GENERATED_CODE = "[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}";
    private static final String GROUPS = "/api/v1/admin/coupons/groups";

    private final Api api;
    private final Api admin;
    private final String siteManagerToken;
    private final Fixtures fixtures;
    private final ClientCouponsUseCase clientCoupons;

    AdminCouponGroupsHttpTest(Api api, Sessions sessions, Fixtures fixtures, ClientCouponsUseCase clientCoupons) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.siteManagerToken = sessions.token(Role.SITE_MANAGER);
        this.fixtures = fixtures;
        this.clientCoupons = clientCoupons;
    }

    @Test
    void generatesTwentyFiveDistinctFourPercentCodes() {
        Reply reply = admin.post(GROUPS, """
                {"percent": 4, "count": 25, "comment": "Spring mailing", "expiresOn": "2026-12-31"}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long group = reply.number("group.id");
        assertThat(group).isPositive();
        assertThat(reply.text("group.kind")).isEqualTo("PERCENT");
        assertThat(reply.number("group.percent")).isEqualTo(4);
        assertThat(reply.text("group.comment")).isEqualTo("Spring mailing");
        assertThat(reply.text("group.expiresAt")).as("valid until 2026-12-31 ends in Moscow")
                .isEqualTo("2026-12-31T21:00:00Z");
        assertThat(reply.text("group.createdAt")).isEqualTo("2026-11-23T06:00:00Z");
        List<String> codes = codes(reply);
        assertThat(codes).hasSize(25).allMatch(code -> code.matches(GENERATED_CODE));
        assertThat(new HashSet<>(codes)).hasSize(25);

        Reply listed = admin.get("/api/v1/admin/coupons?groupId=" + group);
        assertThat(listed.texts("items", "code")).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(listed.texts("items", "kind")).containsOnly("PERCENT");
        assertThat(listed.texts("items", "percent")).containsOnly("4");
        assertThat(listed.texts("items", "groupId")).containsOnly(String.valueOf(group));
        assertThat(listed.texts("items", "expiresAt")).containsOnly("2026-12-31T21:00:00Z");
        assertThat(listed.texts("items", "usedByOrderId")).containsOnly((String) null);
    }

    @Test
    void aSiteManagerGeneratesFullCouponsWhateverPercentIsSent() {
        Reply reply = api.as(siteManagerToken).post(GROUPS,
                "{\"kind\": \"full\", \"percent\": 4, \"count\": 2, \"comment\": \"Gifts\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.text("group.kind")).isEqualTo("FULL");
        assertThat(reply.number("group.percent")).isEqualTo(100);
        assertThat(reply.text("group.expiresAt")).isNull();
        assertThat(codes(reply)).hasSize(2).allMatch(code -> code.matches(GENERATED_CODE));
    }

    @Test
    void listsGroupsNewestFirstWithTheirTotals() {
        GeneratedGroup older = fixtures.coupons("PERCENT", 10, 3);
        GeneratedGroup newer = fixtures.coupons("FULL", 100, 2);
        use(older.codes().get(0), "groups.totals@example.com");

        Reply reply = api.as(siteManagerToken).get(GROUPS);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<Long> ids = reply.numbers("items", "id");
        assertThat(ids.indexOf(newer.group().id().value())).isLessThan(ids.indexOf(older.group().id().value()));
        String row = reply.where("items", "id", older.group().id().value());
        assertThat(reply.text(row + ".kind")).isEqualTo("PERCENT");
        assertThat(reply.number(row + ".percent")).isEqualTo(10);
        assertThat(reply.text(row + ".comment")).isEqualTo("test group");
        assertThat(reply.text(row + ".createdAt")).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(reply.number(row + ".generated")).isEqualTo(3);
        assertThat(reply.number(row + ".used")).isEqualTo(1);
        assertThat(reply.number(row + ".unused")).isEqualTo(2);
        assertThat(reply.number(row + ".deleted")).isZero();
        String full = reply.where("items", "id", newer.group().id().value());
        assertThat(reply.number(full + ".generated")).isEqualTo(2);
        assertThat(reply.number(full + ".unused")).isEqualTo(2);
    }

    @Test
    void deletesAWholeGroupUsedCouponsIncluded() {
        GeneratedGroup group = fixtures.coupons("PERCENT", 10, 3);
        use(group.codes().get(0), "groups.delete@example.com");
        long id = group.group().id().value();

        Reply deleted = admin.delete(GROUPS + "/" + id);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.number("deleted")).isEqualTo(3);
        assertThat(admin.get(GROUPS).numbers("items", "id")).doesNotContain(id);
        assertThat(admin.get("/api/v1/admin/coupons?groupId=" + id).size("items")).isZero();
        assertProblem(admin.delete(GROUPS + "/" + id), 404, "NOT_FOUND");
        assertProblem(admin.delete(GROUPS + "/0"), 404, "NOT_FOUND");
    }

    @Test
    void deletesAtMostTheCountOfRandomUnusedCouponsNeverAUsedOne() {
        GeneratedGroup group = fixtures.coupons("PERCENT", 10, 5);
        Order order = use(group.codes().get(0), "groups.random@example.com");
        long id = group.group().id().value();

        Reply two = admin.post(GROUPS + "/" + id + "/delete-random", "{\"count\": 2}");
        Reply rest = admin.post(GROUPS + "/" + id + "/delete-random", "{\"count\": 10}");

        assertThat(two.status()).as(two.body()).isEqualTo(200);
        assertThat(two.number("deleted")).isEqualTo(2);
        assertThat(rest.number("deleted")).isEqualTo(2);
        Reply left = admin.get("/api/v1/admin/coupons?groupId=" + id);
        assertThat(left.texts("items", "code")).containsExactly(group.codes().get(0));
        assertThat(left.number("items[0].usedByOrderId")).isEqualTo(order.id().value());
        assertThat(left.number("items[0].uses")).isEqualTo(1);
        String row = admin.get(GROUPS).where("items", "id", id);
        Reply groups = admin.get(GROUPS);
        assertThat(groups.number(row + ".generated")).isEqualTo(5);
        assertThat(groups.number(row + ".used")).isEqualTo(1);
        assertThat(groups.number(row + ".unused")).isZero();
        assertThat(groups.number(row + ".deleted")).isEqualTo(4);
    }

    @Test
    void deleteRandomRefusesABadCountOrAnUnknownGroup() {
        long id = fixtures.coupons("PERCENT", 10, 1).group().id().value();
        String uri = GROUPS + "/" + id + "/delete-random";

        assertCountError(admin.post(uri, "{\"count\": 0}"), "OUT_OF_RANGE");
        assertCountError(admin.post(uri, "{\"count\": 10001}"), "OUT_OF_RANGE");
        assertCountError(admin.post(uri, "{}"), "REQUIRED");
        assertCountError(admin.send(HttpRequest.POST(uri, "").contentType("application/json")), "REQUIRED");
        assertCountError(admin.post(uri, "{\"count\": 1.5}"), "INVALID_TYPE");
        assertProblem(admin.post(GROUPS + "/999999/delete-random", "{\"count\": 1}"), 404, "NOT_FOUND");
        assertThat(admin.get("/api/v1/admin/coupons?groupId=" + id).size("items")).isEqualTo(1);
    }

    @Test
    void invalidGroupsAreRefusedWithEveryFieldListed() {
        int groupsBefore = admin.get(GROUPS).size("items");

        Reply low = admin.post(GROUPS, """
                {"kind": "PERCENT", "percent": 0, "count": 0, "comment": "ok", "expiresOn": "2026-11-22"}""");
        Reply high = admin.post(GROUPS, """
                {"percent": 100, "count": 10001, "comment": " ", "expiresOn": "31.12.2026"}""");
        Reply empty = admin.post(GROUPS, "{}");
        Reply noBody = admin.send(HttpRequest.POST(GROUPS, "").contentType("application/json"));
        Reply superKind = admin.post(GROUPS, "{\"kind\": \"SUPER\", \"percent\": 5, \"count\": 1, \"comment\": \"c\"}");
        Reply notANumber = admin.post(GROUPS, "{\"percent\": 4.5, \"count\": 1, \"comment\": \"c\"}");

        assertProblem(low, 400, "VALIDATION_FAILED");
        assertThat(low.texts("errors", "field")).containsExactly("percent", "count", "expiresOn");
        assertThat(low.texts("errors", "code")).containsExactly("OUT_OF_RANGE", "OUT_OF_RANGE", "DATE_IN_PAST");
        assertProblem(high, 400, "VALIDATION_FAILED");
        assertThat(high.texts("errors", "field")).containsExactly("percent", "count", "comment", "expiresOn");
        assertThat(high.texts("errors", "code")).containsExactly("OUT_OF_RANGE", "OUT_OF_RANGE", "REQUIRED",
                "INVALID_DATE");
        assertThat(empty.texts("errors", "field")).containsExactly("percent", "count", "comment");
        assertThat(empty.texts("errors", "code")).containsOnly("REQUIRED");
        assertThat(noBody.texts("errors", "field")).containsExactly("percent", "count", "comment");
        assertProblem(superKind, 400, "VALIDATION_FAILED");
        assertThat(superKind.texts("errors", "field")).containsExactly("kind");
        assertThat(superKind.text("errors[0].code")).isEqualTo("INVALID_CHOICE");
        assertProblem(notANumber, 400, "VALIDATION_FAILED");
        assertThat(notANumber.texts("errors", "field")).containsExactly("percent");
        assertThat(notANumber.text("errors[0].code")).isEqualTo("INVALID_TYPE");
        assertThat(admin.get(GROUPS).size("items")).as("nothing generated").isEqualTo(groupsBefore);
    }

    private void assertCountError(Reply reply, String code) {
        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field")).containsExactly("count");
        assertThat(reply.text("errors[0].code")).isEqualTo(code);
    }

    /** Activates the coupon on a new order of the client. */
    private Order use(String code, String clientEmail) {
        CallType type = fixtures.orderableCallType();
        Order order = fixtures.order(type, "Client", clientEmail, "Maria", "+79161234567");
        return clientCoupons.apply(fixtures.client(clientEmail), order.id(), code);
    }

    private static List<String> codes(Reply reply) {
        List<String> codes = new ArrayList<>();
        reply.at("codes").values().forEach(node -> codes.add(node.getStringValue()));
        return codes;
    }
}
