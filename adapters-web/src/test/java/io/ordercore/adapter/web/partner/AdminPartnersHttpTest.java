package io.ordercore.adapter.web.partner;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Partnerships;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import org.junit.jupiter.api.Test;

/**
 * The partner programme as administrators run it: enrolling PARTNER accounts, their own commission
 * and the global one, a partner's statistics; site managers only look.
 */
@MicronautTest
class AdminPartnersHttpTest {

    private static final String PARTNERS = "/api/v1/admin/partners";

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Partnerships partnerships;

    AdminPartnersHttpTest(Api api, Sessions sessions, Partnerships partnerships) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.partnerships = partnerships;
    }

    @Test
    void anAdministratorEnrolsPartnerAccountsAndStaffListThem() {
        Caller.SignedIn first = sessions.account(Role.PARTNER);
        Caller.SignedIn second = sessions.account(Role.PARTNER);

        Reply enrolled = admin.post(PARTNERS, "{\"accountId\": " + first.id() + "}");
        Reply withOwn = admin.post(PARTNERS, "{\"accountId\": " + second.id() + ", \"commissionPercent\": 15}");
        Api siteManager = api.as(sessions.token(Role.SITE_MANAGER));
        Reply page = siteManager.get(PARTNERS + "?limit=1&afterId=" + (first.id().value() - 1));
        Reply next = siteManager.get(PARTNERS + "?limit=1&afterId=" + page.number("nextAfterId"));
        Reply one = siteManager.get(PARTNERS + "/" + second.id());

        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.number("id")).isEqualTo(first.id().value());
        assertThat(enrolled.text("email")).isEqualTo(first.email().value());
        assertThat(enrolled.text("name")).isEqualTo("partner");
        assertThat(enrolled.text("code")).matches("[A-Z0-9]{8}");
        assertThat(enrolled.text("referralLink")).isEqualTo(InMemoryCore.PUBLIC_URL + "/?ref=" + enrolled.text("code"));
        assertThat(enrolled.number("commissionPercent")).isEqualTo(10);
        assertThat(enrolled.at("ownCommissionPercent").isNull()).isTrue();
        assertThat(enrolled.text("balance.amount")).isEqualTo("0.00");
        assertThat(enrolled.text("since")).endsWith("Z");
        assertThat(withOwn.status()).as(withOwn.body()).isEqualTo(201);
        assertThat(withOwn.number("commissionPercent")).isEqualTo(15);
        assertThat(withOwn.number("ownCommissionPercent")).isEqualTo(15);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.numbers("items", "id")).containsExactly(first.id().value());
        assertThat(next.numbers("items", "id")).containsExactly(second.id().value());
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.text("code")).isEqualTo(withOwn.text("code"));
        assertThat(admin.get(PARTNERS).numbers("items", "id")).contains(first.id().value(), second.id().value());
    }

    @Test
    void aPartnersOwnCommissionIsSetAndCleared() {
        PartnerView partner = partnerships.enrolled();
        String commission = PARTNERS + "/" + partner.partner().account() + "/commission";

        Reply own = admin.put(commission, "{\"commissionPercent\": 25}");
        Reply cleared = admin.put(commission, "{\"commissionPercent\": null}");

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.number("commissionPercent")).isEqualTo(25);
        assertThat(own.number("ownCommissionPercent")).isEqualTo(25);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.number("commissionPercent")).as("the global one again").isEqualTo(10);
        assertThat(cleared.at("ownCommissionPercent").isNull()).isTrue();
    }

    @Test
    void aCommissionIsAWholePercentOneToAHundred() {
        PartnerView partner = partnerships.enrolled();
        String commission = PARTNERS + "/" + partner.partner().account() + "/commission";

        for (String bad : new String[] {"0", "101"}) {
            Reply own = admin.put(commission, "{\"commissionPercent\": " + bad + "}");
            Reply global = admin.put(PARTNERS + "/settings", "{\"commissionPercent\": " + bad + "}");
            Reply enrol = admin.post(PARTNERS, "{\"accountId\": " + sessions.account(Role.PARTNER).id()
                    + ", \"commissionPercent\": " + bad + "}");
            for (Reply refused : new Reply[] {own, global, enrol}) {
                assertProblem(refused, 400, "VALIDATION_FAILED");
                assertThat(refused.texts("errors", "field")).containsExactly("commissionPercent");
                assertThat(refused.texts("errors", "code")).containsExactly("OUT_OF_RANGE");
            }
        }
        Reply fractional = admin.put(commission, "{\"commissionPercent\": 4.5}");
        assertProblem(fractional, 400, "VALIDATION_FAILED");
        assertThat(fractional.texts("errors", "field")).containsExactly("commissionPercent");
        Reply missing = admin.put(PARTNERS + "/settings", "{}");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.texts("errors", "code")).containsExactly("REQUIRED");
        assertThat(admin.get(PARTNERS + "/" + partner.partner().account()).number("commissionPercent")).isEqualTo(10);
    }

    @Test
    void theGlobalCommissionAppliesToPartnersWithoutTheirOwn() {
        PartnerView partner = partnerships.enrolled();
        try {
            Reply before = api.as(sessions.token(Role.SITE_MANAGER)).get(PARTNERS + "/settings");
            Reply set = admin.put(PARTNERS + "/settings", "{\"commissionPercent\": 20}");
            Reply after = admin.get(PARTNERS + "/settings");
            partnerships.paidOrder(partnerships.referredClient(partner));

            assertThat(before.status()).as(before.body()).isEqualTo(200);
            assertThat(before.number("commissionPercent")).isEqualTo(10);
            assertThat(before.has("id")).as("the settings, not a partner called 'settings'").isFalse();
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(set.number("commissionPercent")).isEqualTo(20);
            assertThat(after.number("commissionPercent")).isEqualTo(20);
            Reply shown = admin.get(PARTNERS + "/" + partner.partner().account());
            assertThat(shown.number("commissionPercent")).isEqualTo(20);
            assertThat(shown.text("balance.amount")).as("20% of 500.00").isEqualTo("100.00");
        } finally {
            admin.put(PARTNERS + "/settings", "{\"commissionPercent\": 10}");
        }
    }

    @Test
    void aPartnersStatisticsOverAPeriod() {
        PartnerView partner = partnerships.enrolled();
        partnerships.paidOrder(partnerships.referredClient(partner));
        partnerships.referredClient(partner);

        Reply today = api.as(sessions.token(Role.SITE_MANAGER))
                .get(PARTNERS + "/" + partner.partner().account() + "/stats?from=2026-11-23&to=2026-11-23");
        Reply before = admin.get(PARTNERS + "/" + partner.partner().account() + "/stats?from=2026-11-01&to=2026-11-22");
        Reply malformed = admin.get(PARTNERS + "/" + partner.partner().account() + "/stats?to=yesterday");

        assertThat(today.status()).as(today.body()).isEqualTo(200);
        assertThat(today.text("from")).isEqualTo("2026-11-23");
        assertThat(today.text("to")).isEqualTo("2026-11-23");
        assertThat(today.number("clients")).isEqualTo(2);
        assertThat(today.number("paidOrders")).isEqualTo(1);
        assertThat(today.text("paid.amount")).isEqualTo("500.00");
        assertThat(today.text("commission.amount")).isEqualTo("50.00");
        assertThat(before.number("clients")).isZero();
        assertThat(before.number("paidOrders")).isZero();
        assertThat(before.text("commission.amount")).isEqualTo("0.00");
        assertProblem(malformed, 400, "VALIDATION_FAILED");
        assertThat(malformed.texts("errors", "field")).containsExactly("to");
    }

    @Test
    void enrollingIsRefusedWithItsReason() {
        Caller.SignedIn client = sessions.account(Role.CLIENT);
        PartnerView partner = partnerships.enrolled();

        assertProblem(admin.post(PARTNERS, "{\"accountId\": " + client.id() + "}"), 422, "NOT_A_PARTNER_ACCOUNT");
        assertProblem(admin.post(PARTNERS, "{\"accountId\": " + partner.partner().account() + "}"), 422,
                "PARTNER_EXISTS");
        assertProblem(admin.post(PARTNERS, "{\"accountId\": 999999}"), 404, "NOT_FOUND");
        Reply missing = admin.post(PARTNERS, "{}");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.texts("errors", "field")).containsExactly("accountId");
        assertThat(missing.texts("errors", "code")).containsExactly("REQUIRED");
        Reply notAnId = admin.post(PARTNERS, "{\"accountId\": 0}");
        assertProblem(notAnId, 400, "VALIDATION_FAILED");
        assertThat(notAnId.texts("errors", "code")).containsExactly("NOT_AN_ID");
    }

    @Test
    void anUnknownPartnerIsNotFound() {
        Caller.SignedIn notEnrolled = sessions.account(Role.PARTNER);

        assertProblem(admin.get(PARTNERS + "/999999"), 404, "NOT_FOUND");
        assertProblem(admin.get(PARTNERS + "/0"), 404, "NOT_FOUND");
        assertProblem(admin.get(PARTNERS + "/" + notEnrolled.id()), 404, "NOT_FOUND");
        assertProblem(admin.put(PARTNERS + "/999999/commission", "{\"commissionPercent\": 5}"), 404, "NOT_FOUND");
        assertProblem(admin.get(PARTNERS + "/999999/stats"), 404, "NOT_FOUND");
    }

    @Test
    void onlyAdministratorsChangeAndOnlyStaffLook() {
        PartnerView partner = partnerships.enrolled();
        Api siteManager = api.as(sessions.token(Role.SITE_MANAGER));
        Api partnerItself = api.as(partnerships.token(partner));

        assertProblem(api.get(PARTNERS), 401, "SIGN_IN_REQUIRED");
        assertProblem(api.get(PARTNERS + "/settings"), 401, "SIGN_IN_REQUIRED");
        assertProblem(partnerItself.get(PARTNERS), 403, "FORBIDDEN");
        assertProblem(partnerItself.get(PARTNERS + "/" + partner.partner().account()), 403, "FORBIDDEN");
        assertProblem(api.as(sessions.token(Role.CLIENT)).get(PARTNERS + "/settings"), 403, "FORBIDDEN");
        assertProblem(siteManager.post(PARTNERS, "{\"accountId\": " + sessions.account(Role.PARTNER).id() + "}"), 403,
                "FORBIDDEN");
        assertProblem(siteManager.put(PARTNERS + "/settings", "{\"commissionPercent\": 30}"), 403, "FORBIDDEN");
        assertProblem(siteManager.put(PARTNERS + "/" + partner.partner().account() + "/commission",
                "{\"commissionPercent\": 30}"), 403, "FORBIDDEN");
        assertThat(admin.get(PARTNERS + "/settings").number("commissionPercent")).isEqualTo(10);
    }
}
