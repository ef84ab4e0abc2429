package io.ordercore.adapter.web.partner;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Partnerships;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.adapter.web.TestCore;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.application.port.in.PartnersUseCase;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A partner's own cabinet: their code and link, commission balance, statistics over a period, the
 * commission account's entries, banners with their link, and payout requests.
 */
@MicronautTest
class PartnerCabinetHttpTest {

    private static final String CABINET = "/api/v1/partner";

    private final Api api;
    private final Sessions sessions;
    private final Partnerships partnerships;
    private final PartnersUseCase partners;
    private final InMemoryCore memory;
    private final MutableClock clock;

    PartnerCabinetHttpTest(Api api, Sessions sessions, Partnerships partnerships, PartnersUseCase partners,
                           InMemoryCore memory, MutableClock clock) {
        this.api = api;
        this.sessions = sessions;
        this.partnerships = partnerships;
        this.partners = partners;
        this.memory = memory;
        this.clock = clock;
    }

    @AfterEach
    void resetClock() {
        clock.set(TestCore.NOW);
    }

    @Test
    void iSeeMyCodeLinkCommissionAndBalance() {
        PartnerView partner = partnerships.enrolled();
        partnerships.paidOrder(partnerships.referredClient(partner));

        Reply me = as(partner).get(CABINET + "/me");

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.number("id")).isEqualTo(partner.partner().account().value());
        assertThat(me.text("code")).isEqualTo(partner.partner().code().value()).hasSize(8);
        assertThat(me.text("referralLink")).isEqualTo(InMemoryCore.PUBLIC_URL + "/?ref=" + me.text("code"));
        assertThat(me.number("commissionPercent")).isEqualTo(10);
        assertThat(me.at("ownCommissionPercent").isNull()).isTrue();
        assertThat(me.text("balance.amount")).isEqualTo("50.00");
        assertThat(me.number("balance.minor")).isEqualTo(5_000);
        assertThat(me.text("balance.currency")).isEqualTo("RUB");
        assertThat(me.text("name")).isEqualTo("partner");
        assertThat(me.text("email")).isEqualTo(partner.email());
        assertThat(me.text("since")).endsWith("Z");
    }

    @Test
    void myStatisticsCountClientsPaidOrdersAndCommissionWithinThePeriod() {
        PartnerView partner = partnerships.enrolled();
        Caller.SignedIn early = partnerships.referredClient(partner);
        partnerships.paidOrder(early);
        clock.advance(Duration.ofDays(1)); // TestCore.NOW is 2026-11-23 in Moscow: now the 24th
        partnerships.paidOrder(partnerships.referredClient(partner));
        partnerships.paidOrder(early);
        Api me = as(partner);

        Reply firstDay = me.get(CABINET + "/stats?from=2026-11-23&to=2026-11-23");
        Reply month = me.get(CABINET + "/stats");
        Reply nextDay = me.get(CABINET + "/stats?from=2026-11-24&to=2026-11-24");

        assertThat(firstDay.status()).as(firstDay.body()).isEqualTo(200);
        assertThat(firstDay.text("from")).isEqualTo("2026-11-23");
        assertThat(firstDay.text("to")).isEqualTo("2026-11-23");
        assertThat(firstDay.number("clients")).isEqualTo(1);
        assertThat(firstDay.number("paidOrders")).isEqualTo(1);
        assertThat(firstDay.text("paid.amount")).isEqualTo("500.00");
        assertThat(firstDay.text("commission.amount")).isEqualTo("50.00");
        assertThat(nextDay.number("clients")).isEqualTo(1);
        assertThat(nextDay.number("paidOrders")).isEqualTo(2);
        assertThat(nextDay.number("commission.minor")).isEqualTo(10_000);
        assertThat(month.text("from")).as("the current month by default").isEqualTo("2026-11-01");
        assertThat(month.text("to")).as("to today").isEqualTo("2026-11-24");
        assertThat(month.number("clients")).isEqualTo(2);
        assertThat(month.number("paidOrders")).isEqualTo(3);
        assertThat(month.text("paid.amount")).isEqualTo("1500.00");
        assertThat(month.text("commission.amount")).isEqualTo("150.00");
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        Api me = as(partnerships.enrolled());

        Reply malformed = me.get(CABINET + "/stats?from=2026-13-01");
        Reply backwards = me.get(CABINET + "/stats?from=2026-11-24&to=2026-11-23");

        assertProblem(malformed, 400, "VALIDATION_FAILED");
        assertThat(malformed.texts("errors", "field")).containsExactly("from");
        assertProblem(backwards, 400, "VALIDATION_FAILED");
        assertThat(backwards.texts("errors", "field")).containsExactly("to");
        assertThat(backwards.texts("errors", "code")).containsExactly("BEFORE_FROM");
    }

    @Test
    void myLedgerListsCommissionsNewestFirstPageByPage() {
        PartnerView partner = partnerships.enrolled();
        Caller.SignedIn client = partnerships.referredClient(partner);
        Order older = partnerships.paidOrder(client);
        Order newer = partnerships.paidOrder(client);
        Api me = as(partner);

        Reply all = me.get(CABINET + "/ledger");
        Reply first = me.get(CABINET + "/ledger?limit=1");
        Reply second = me.get(CABINET + "/ledger?limit=1&beforeId=" + first.number("nextBeforeId"));

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.texts("items", "causeRef")).containsExactly(String.valueOf(newer.id().value()),
                String.valueOf(older.id().value()));
        assertThat(all.texts("items", "cause")).containsOnly("COMMISSION");
        assertThat(all.text("items[0].amount.amount")).isEqualTo("50.00");
        assertThat(all.text("items[0].at")).endsWith("Z");
        assertThat(all.at("nextBeforeId").isNull()).isTrue();
        assertThat(first.numbers("items", "id")).containsExactly(all.number("items[0].id"));
        assertThat(second.numbers("items", "id")).containsExactly(all.number("items[1].id"));
        Reply badPage = me.get(CABINET + "/ledger?limit=0&beforeId=abc");
        assertProblem(badPage, 400, "VALIDATION_FAILED");
        assertThat(badPage.texts("errors", "field")).containsExactlyInAnyOrder("beforeId", "limit");
    }

    @Test
    void bannersComeGroupedBySizeWithMyLinkAndHtml() {
        PartnerView partner = partnerships.enrolled();
        long tall = partners.addBanner(memory.admin(), "120x600", "https://cdn.example/tall.png", "Tall").id();
        partners.addBanner(memory.admin(), "468x60", "https://cdn.example/wide.png", "Wide");
        partners.addBanner(memory.admin(), "120X600", "https://cdn.example/tall-2.png", "Tall 2");

        Reply banners = as(partner).get(CABINET + "/banners");

        assertThat(banners.status()).as(banners.body()).isEqualTo(200);
        assertThat(banners.texts("items", "size")).containsExactly("120x600", "468x60");
        assertThat(banners.size("items[0].banners")).isEqualTo(2);
        assertThat(banners.number("items[0].banners[0].id")).isEqualTo(tall);
        assertThat(banners.text("items[0].banners[0].size")).isEqualTo("120x600");
        assertThat(banners.text("items[0].banners[0].imageUrl")).isEqualTo("https://cdn.example/tall.png");
        assertThat(banners.text("items[0].banners[0].title")).isEqualTo("Tall");
        assertThat(banners.texts("items[0].banners", "link")).containsOnly(partner.referralLink());
        assertThat(banners.text("items[0].banners[0].html")).contains("href=\"" + partner.referralLink() + "\"")
                .contains("src=\"https://cdn.example/tall.png\"").contains("width=\"120\"").contains("height=\"600\"");
        assertThat(banners.text("items[1].banners[0].title")).isEqualTo("Wide");
    }

    @Test
    void iAskForAPayoutOfMyCommissionAndAnAdministratorTransfersIt() {
        PartnerView partner = partnerships.enrolled();
        partnerships.paidOrder(partnerships.referredClient(partner)); // 50.00
        Api me = as(partner);

        Reply over = me.post(CABINET + "/payouts", "{\"amountKopecks\": 5001}");
        Reply requested = me.post(CABINET + "/payouts", "{\"amountKopecks\": 2000}");
        Reply payouts = me.get(CABINET + "/payouts");
        Reply balance = me.get(CABINET + "/me");
        Reply transferred = api.as(sessions.admin()).post("/api/v1/admin/payouts/" + requested.number("id") + "/status",
                "{\"status\": \"TRANSFERRED\", \"note\": \"bank order 5\"}");

        assertProblem(over, 422, "OVER_BALANCE");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.number("payeeId")).isEqualTo(partner.partner().account().value());
        assertThat(requested.text("status")).isEqualTo("PROCESSING");
        assertThat(requested.text("amount.amount")).isEqualTo("20.00");
        assertThat(requested.number("amount.minor")).isEqualTo(2_000);
        assertThat(requested.text("note")).isNull();
        assertThat(payouts.status()).as(payouts.body()).isEqualTo(200);
        assertThat(payouts.numbers("items", "id")).containsExactly(requested.number("id"));
        assertThat(balance.text("balance.amount")).as("taken at once").isEqualTo("30.00");
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(me.get(CABINET + "/payouts").texts("items", "status")).containsExactly("TRANSFERRED");
        assertThat(me.get(CABINET + "/ledger").texts("items", "cause")).contains("COMMISSION");
    }

    @Test
    void aPayoutAmountMustBeAPositiveWholeNumberOfKopecks() {
        Api me = as(partnerships.enrolled());

        Reply zero = me.post(CABINET + "/payouts", "{\"amountKopecks\": 0}");
        Reply missing = me.post(CABINET + "/payouts", "{}");
        Reply fractional = me.post(CABINET + "/payouts", "{\"amountKopecks\": 10.5}");

        assertProblem(zero, 400, "VALIDATION_FAILED");
        assertThat(zero.text("errors[0].field")).isEqualTo("amountKopecks");
        assertThat(zero.text("errors[0].code")).isEqualTo("NOT_POSITIVE");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.text("errors[0].code")).isEqualTo("REQUIRED");
        assertProblem(fractional, 400, "VALIDATION_FAILED");
        assertThat(fractional.text("errors[0].field")).isEqualTo("amountKopecks");
        assertThat(me.get(CABINET + "/payouts").size("items")).isZero();
    }

    @Test
    void aPayoutPostedTwiceWithOneIdempotencyKeyIsRequestedOnce() {
        PartnerView partner = partnerships.enrolled();
        partnerships.paidOrder(partnerships.referredClient(partner));
        Api me = as(partner);

        Reply first = me.send(keyed("{\"amountKopecks\": 1000}", "partner-payout-1"));
        Reply again = me.send(keyed("{\"amountKopecks\": 1000}", "partner-payout-1"));
        Reply otherBody = me.send(keyed("{\"amountKopecks\": 2000}", "partner-payout-1"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertProblem(otherBody, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(me.get(CABINET + "/payouts").numbers("items", "id")).containsExactly(first.number("id"));
        assertThat(me.get(CABINET + "/me").text("balance.amount")).isEqualTo("40.00");
    }

    @Test
    void theCabinetIsForEnrolledPartnersOnly() {
        Api notEnrolled = api.as(sessions.token(Role.PARTNER));

        assertProblem(api.get(CABINET + "/me"), 401, "SIGN_IN_REQUIRED");
        assertProblem(api.post(CABINET + "/payouts", "{\"amountKopecks\": 100}"), 401, "SIGN_IN_REQUIRED");
        assertProblem(api.as(sessions.token(Role.CLIENT)).get(CABINET + "/me"), 403, "FORBIDDEN");
        assertProblem(api.as(sessions.token(Role.OPERATOR)).get(CABINET + "/banners"), 403, "FORBIDDEN");
        assertProblem(api.as(sessions.admin()).get(CABINET + "/stats"), 403, "FORBIDDEN");
        assertProblem(notEnrolled.get(CABINET + "/me"), 422, "NOT_ENROLLED");
        assertProblem(notEnrolled.post(CABINET + "/payouts", "{\"amountKopecks\": 100}"), 422, "NOT_ENROLLED");
    }

    private static MutableHttpRequest<String> keyed(String body, String key) {
        return HttpRequest.POST(CABINET + "/payouts", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotency-Key", key);
    }

    private Api as(PartnerView partner) {
        return api.as(partnerships.token(partner));
    }
}
