package io.ordercore.adapter.web.balance;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import org.junit.jupiter.api.Test;

/**
 * Clients' points balances: credited by an administrator, spent on an order in part or in full,
 * given to another client; each refusal with its code, and nothing moved by a refused request.
 */
@MicronautTest
class BalanceHttpTest {

    private static final String MINE = "/api/v1/me/balance";

    private final Api api;
    private final Api admin;
    private final Sessions sessions;
    private final Fixtures fixtures;
    private final Fulfilment fulfilment;
    private final Line line;

    BalanceHttpTest(Api api, Sessions sessions, Fixtures fixtures, Fulfilment fulfilment) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.fulfilment = fulfilment;
        this.line = fulfilment.line();
    }

    @Test
    void anAdministratorCreditsABalanceWithAReason() {
        Caller.SignedIn client = fixtures.client("balance.adjust@example.com");

        Reply credited = admin.post(adjust(client), "{\"amountKopecks\": 30000, \"reason\": \"apology for a late call\"}");
        Reply mine = api.as(sessions.tokenOf(client)).get(MINE);
        Reply asStaff = api.as(sessions.token(Role.SUPERVISOR)).get("/api/v1/admin/balances/" + client.id());

        assertThat(credited.status()).as(credited.body()).isEqualTo(200);
        assertThat(credited.text("balance.amount")).isEqualTo("300.00");
        assertThat(credited.number("balance.minor")).isEqualTo(30_000);
        assertThat(credited.text("balance.currency")).isEqualTo("RUB");
        assertThat(mine.text("balance.amount")).isEqualTo("300.00");
        assertThat(mine.size("entries")).isEqualTo(1);
        assertThat(mine.text("entries[0].amount.amount")).isEqualTo("300.00");
        assertThat(mine.text("entries[0].cause")).isEqualTo("ADJUSTMENT");
        assertThat(mine.text("entries[0].causeRef")).isEqualTo("apology for a late call");
        assertThat(mine.number("entries[0].id")).isPositive();
        assertThat(mine.text("entries[0].at")).isNotBlank();
        assertThat(asStaff.status()).as(asStaff.body()).isEqualTo(200);
        assertThat(asStaff.text("balance.amount")).isEqualTo("300.00");
    }

    @Test
    void anAdjustmentIsRefusedWhenItMakesNoSense() {
        Caller.SignedIn client = fixtures.client("balance.adjust.refused@example.com");
        admin.post(adjust(client), "{\"amountKopecks\": 1000, \"reason\": \"welcome\"}");

        Reply belowZero = admin.post(adjust(client), "{\"amountKopecks\": -1001, \"reason\": \"correction\"}");
        Reply zero = admin.post(adjust(client), "{\"amountKopecks\": 0, \"reason\": \"nothing\"}");
        Reply noReason = admin.post(adjust(client), "{\"amountKopecks\": 100}");
        Reply fractional = admin.post(adjust(client), "{\"amountKopecks\": 1.5, \"reason\": \"half\"}");
        Reply notAClient = admin.post("/api/v1/admin/balances/" + sessions.account(Role.OPERATOR).id() + "/adjust",
                "{\"amountKopecks\": 100, \"reason\": \"operator\"}");
        Reply debited = admin.post(adjust(client), "{\"amountKopecks\": -1000, \"reason\": \"correction\"}");

        assertProblem(belowZero, 422, "INSUFFICIENT_BALANCE");
        assertProblem(zero, 400, "VALIDATION_FAILED");
        assertThat(zero.texts("errors", "code")).containsExactly("ZERO");
        assertProblem(noReason, 400, "VALIDATION_FAILED");
        assertThat(noReason.texts("errors", "field")).containsExactly("reason");
        assertProblem(fractional, 400, "VALIDATION_FAILED");
        assertThat(fractional.texts("errors", "field")).containsExactly("amountKopecks");
        assertProblem(notAClient, 404, "NOT_FOUND");
        assertThat(debited.text("balance.amount")).as(debited.body()).isEqualTo("0.00");
        assertProblem(admin.get("/api/v1/admin/balances/999999"), 404, "NOT_FOUND");
    }

    @Test
    void aClientPaysPartOfAnOrderFromTheBalanceThenTheRest() {
        Caller.SignedIn client = fixtures.client("balance.pays@example.com");
        Api me = api.as(sessions.tokenOf(client));
        Order order = fulfilment.unpaidOrder(line, "balance.pays@example.com");
        admin.post(adjust(client), "{\"amountKopecks\": 30000, \"reason\": \"gift\"}");
        String pay = "/api/v1/me/orders/" + order.id() + "/pay-from-balance";

        Reply part = me.post(pay, "{\"amountKopecks\": 20000}");
        Reply restTooMuch = me.post(pay, "");
        Reply afterRefusal = me.get(MINE);
        admin.post(adjust(client), "{\"amountKopecks\": 25000, \"reason\": \"more\"}");
        Reply rest = me.post(pay, "{}");
        Reply again = me.post(pay, "{}");

        assertThat(part.status()).as(part.body()).isEqualTo(200);
        assertThat(part.number("id")).isEqualTo(order.id().value());
        assertThat(part.text("status")).isEqualTo("UNPAID");
        assertProblem(restTooMuch, 422, "INSUFFICIENT_BALANCE");
        assertThat(afterRefusal.text("balance.amount")).as("nothing moved by the refusal").isEqualTo("100.00");
        assertThat(afterRefusal.text("entries[0].cause")).isEqualTo("ORDER_PAYMENT");
        assertThat(afterRefusal.text("entries[0].amount.amount")).isEqualTo("-200.00");
        assertThat(afterRefusal.text("entries[0].causeRef")).isEqualTo(String.valueOf(order.id().value()));
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.text("status")).isEqualTo("PAID");
        assertThat(me.get(MINE).text("balance.amount")).as("550 - 500").isEqualTo("50.00");
        assertProblem(again, 422, "ORDER_NOT_PAYABLE");
        Reply payments = admin.get("/api/v1/admin/payments?kind=BALANCE&clientEmail=balance.pays@example.com");
        assertThat(payments.size("items")).isEqualTo(2);
        assertThat(payments.text("items[0].amount.amount")).as("newest first").isEqualTo("300.00");
        assertThat(payments.text("items[1].amount.amount")).isEqualTo("200.00");
        assertThat(payments.number("items[0].payerId")).isEqualTo(client.id().value());
        assertThat(admin.get("/api/v1/admin/orders/" + order.id()).text("status")).isEqualTo("PAID");
    }

    @Test
    void onlyTheOwnerPaysAnOrderFromTheirBalance() {
        Order order = fulfilment.unpaidOrder(line, "balance.owner@example.com");
        Caller.SignedIn stranger = fixtures.client("balance.stranger@example.com");
        admin.post(adjust(stranger), "{\"amountKopecks\": 100000, \"reason\": \"rich\"}");

        Reply reply = api.as(sessions.tokenOf(stranger)).post("/api/v1/me/orders/" + order.id() + "/pay-from-balance", "");
        Reply negative = api.as(sessions.tokenOf(stranger)).post("/api/v1/me/orders/" + order.id() + "/pay-from-balance",
                "{\"amountKopecks\": -5}");

        assertProblem(reply, 404, "NOT_FOUND");
        assertProblem(negative, 400, "VALIDATION_FAILED");
        assertThat(negative.texts("errors", "code")).containsExactly("NOT_POSITIVE");
        assertThat(api.as(sessions.tokenOf(stranger)).get(MINE).text("balance.amount")).isEqualTo("1000.00");
    }

    @Test
    void aClientGivesPointsToAnotherClient() {
        Caller.SignedIn giver = fixtures.client("balance.giver@example.com");
        Caller.SignedIn taker = fixtures.client("balance.taker@example.com");
        admin.post(adjust(giver), "{\"amountKopecks\": 10000, \"reason\": \"start\"}");

        Reply given = api.as(sessions.tokenOf(giver)).post(MINE + "/transfer",
                "{\"toEmail\": \"Balance.Taker@example.com\", \"amountKopecks\": 4000}");

        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat(given.text("balance.amount")).isEqualTo("60.00");
        Reply received = api.as(sessions.tokenOf(taker)).get(MINE);
        assertThat(received.text("balance.amount")).isEqualTo("40.00");
        assertThat(received.text("entries[0].cause")).isEqualTo("TRANSFER");
        assertThat(received.text("entries[0].amount.amount")).isEqualTo("40.00");
    }

    @Test
    void aTransferIsRefusedWithItsReasonAndMovesNothing() {
        Caller.SignedIn giver = fixtures.client("balance.refused@example.com");
        fixtures.client("balance.refused.taker@example.com");
        admin.post(adjust(giver), "{\"amountKopecks\": 1000, \"reason\": \"start\"}");
        Api me = api.as(sessions.tokenOf(giver));
        String operator = sessions.account(Role.OPERATOR).email().value();

        Reply tooMuch = me.post(MINE + "/transfer", "{\"toEmail\": \"balance.refused.taker@example.com\", \"amountKopecks\": 1001}");
        Reply toMyself = me.post(MINE + "/transfer", "{\"toEmail\": \"balance.refused@example.com\", \"amountKopecks\": 100}");
        Reply unknown = me.post(MINE + "/transfer", "{\"toEmail\": \"nobody.here@example.com\", \"amountKopecks\": 100}");
        Reply toStaff = me.post(MINE + "/transfer", "{\"toEmail\": \"" + operator + "\", \"amountKopecks\": 100}");
        Reply zero = me.post(MINE + "/transfer", "{\"toEmail\": \"balance.refused.taker@example.com\", \"amountKopecks\": 0}");
        Reply empty = me.post(MINE + "/transfer", "{}");
        Reply asText = me.post(MINE + "/transfer", "{\"toEmail\": \"balance.refused.taker@example.com\", \"amountKopecks\": \"100\"}");
        Reply anonymous = api.post(MINE + "/transfer", "{\"toEmail\": \"balance.refused.taker@example.com\", \"amountKopecks\": 100}");

        assertProblem(tooMuch, 422, "INSUFFICIENT_BALANCE");
        assertProblem(toMyself, 400, "VALIDATION_FAILED");
        assertThat(toMyself.texts("errors", "code")).containsExactly("SELF_TRANSFER");
        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.texts("errors", "code")).containsExactly("UNKNOWN_CLIENT");
        assertProblem(toStaff, 400, "VALIDATION_FAILED");
        assertThat(toStaff.texts("errors", "code")).containsExactly("UNKNOWN_CLIENT");
        assertProblem(zero, 400, "VALIDATION_FAILED");
        assertThat(zero.texts("errors", "code")).containsExactly("NOT_POSITIVE");
        assertProblem(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.texts("errors", "field")).containsExactlyInAnyOrder("toEmail", "amountKopecks");
        assertProblem(asText, 400, "VALIDATION_FAILED");
        assertThat(asText.texts("errors", "code")).containsExactly("INVALID_TYPE");
        assertProblem(anonymous, 401, "SIGN_IN_REQUIRED");
        assertThat(me.get(MINE).text("balance.amount")).isEqualTo("10.00");
        assertThat(me.get(MINE).size("entries")).isEqualTo(1);
    }

    private static String adjust(Caller.SignedIn client) {
        return "/api/v1/admin/balances/" + client.id() + "/adjust";
    }
}
