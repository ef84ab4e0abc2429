package io.ordercore.adapter.web.partner;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.catalog.CallType;
import org.junit.jupiter.api.Test;

/**
 * The partner programme end to end over HTTP: an administrator opens a PARTNER account and enrols
 * it, a visitor registers with the partner's referral code, orders and pays (offline, recorded by
 * the administrator), and the partner sees the commission.
 */
@MicronautTest
class ReferralHttpTest {

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fixtures fixtures;

    ReferralHttpTest(Api api, Sessions sessions, Fixtures fixtures) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fixtures = fixtures;
    }

    @Test
    void aClientRegisteredThroughTheCodeEarnsThePartnerACommissionOnWhatTheyPay() {
        CallType type = fixtures.callType(fixtures.category("Referrals"), "Referred greeting", 500);
        Reply opened = admin.post("/api/v1/admin/users", """
                {"email": "partner@example.com", "name": "Partner Site", "role": "PARTNER",
                 "password": "amber-falcon-meadow"}""");
        long partnerId = opened.number("id");
        Reply enrolled = admin.post("/api/v1/admin/partners", "{\"accountId\": " + partnerId + "}");
        String code = enrolled.text("code");
        Reply signedIn = api.post("/api/v1/auth/sign-in",
                "{\"email\": \"partner@example.com\", \"password\": \"amber-falcon-meadow\"}");
        Api partner = api.as(signedIn.text("accessToken"));

        Reply registered = api.post("/api/v1/auth/register", """
                {"email": "referred@example.com", "name": "Referred", "password": "quiet-harbour-lantern",
                 "referralCode": "%s"}""".formatted(code.toLowerCase()));
        Api client = api.as(registered.text("accessToken"));
        Reply placed = client.post("/api/v1/orders", """
                {"callTypeId": %d, "clientName": "Referred", "clientEmail": "referred@example.com",
                 "recipientName": "Maria", "recipientPhone": "+79161234567", "recipientCountry": "RU",
                 "recipientCity": "Moscow", "callDate": "2026-11-25", "windowStart": "10:00", "windowEnd": "12:00",
                 "consent": true}""".formatted(type.id().value()));
        long orderId = placed.number("id");
        Reply paid = admin.post("/api/v1/manager/orders/" + orderId + "/offline-payments",
                "{\"amountKopecks\": 50000, \"reference\": \"cash\"}");

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.text("status")).isEqualTo("PAID");
        Reply me = partner.get("/api/v1/partner/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.text("balance.amount")).as("10% of 500.00").isEqualTo("50.00");
        Reply stats = partner.get("/api/v1/partner/stats?from=2026-11-23&to=2026-11-23");
        assertThat(stats.number("clients")).isEqualTo(1);
        assertThat(stats.number("paidOrders")).isEqualTo(1);
        assertThat(stats.text("paid.amount")).isEqualTo("500.00");
        assertThat(stats.text("commission.amount")).isEqualTo("50.00");
        Reply ledger = partner.get("/api/v1/partner/ledger");
        assertThat(ledger.texts("items", "causeRef")).containsExactly(String.valueOf(orderId));
        assertThat(ledger.texts("items", "cause")).containsExactly("COMMISSION");
        assertThat(me.text("name")).isEqualTo("Partner Site");
        assertThat(admin.get("/api/v1/admin/partners/" + partnerId).text("balance.amount")).isEqualTo("50.00");
    }

    @Test
    void aClientWhoCameOnTheirOwnEarnsNobodyAnything() {
        Caller.SignedIn account = sessions.account(Role.PARTNER);
        admin.post("/api/v1/admin/partners", "{\"accountId\": " + account.id() + "}");

        Reply registered = api.post("/api/v1/auth/register",
                "{\"email\": \"on-their-own@example.com\", \"name\": \"Alone\", \"password\": \"quiet-harbour-lantern\"}");

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(api.as(sessions.tokenOf(account)).get("/api/v1/partner/stats").number("clients")).isZero();
    }

    @Test
    void anUnknownReferralCodeIsRefusedAndNoAccountIsOpened() {
        Reply unknown = api.post("/api/v1/auth/register", """
                {"email": "lost@example.com", "name": "Lost", "password": "quiet-harbour-lantern",
                 "referralCode": "NOSUCHCODE"}""");
        Reply malformed = api.post("/api/v1/auth/register", """
                {"email": "lost@example.com", "name": "Lost", "password": "quiet-harbour-lantern",
                 "referralCode": "a!"}""");

        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.texts("errors", "field")).containsExactly("referralCode");
        assertThat(unknown.texts("errors", "code")).containsExactly("UNKNOWN_REFERRAL_CODE");
        assertProblem(malformed, 400, "VALIDATION_FAILED");
        assertThat(malformed.texts("errors", "field")).containsExactly("referralCode");
        assertProblem(api.post("/api/v1/auth/sign-in",
                "{\"email\": \"lost@example.com\", \"password\": \"quiet-harbour-lantern\"}"), 401, "INVALID_CREDENTIALS");
    }
}
