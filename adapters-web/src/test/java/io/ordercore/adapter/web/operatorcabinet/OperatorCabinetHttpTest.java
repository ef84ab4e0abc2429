package io.ordercore.adapter.web.operatorcabinet;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fulfilment;
import io.ordercore.adapter.web.Fulfilment.Line;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.order.Order;
import org.junit.jupiter.api.Test;

/** An operator's own work: answering proposals, their orders, earnings and payout requests. */
@MicronautTest
class OperatorCabinetHttpTest {

    private static final String CABINET = "/api/v1/operator";

    private final Api api;
    private final Sessions sessions;
    private final Fulfilment fulfilment;

    OperatorCabinetHttpTest(Api api, Sessions sessions, Fulfilment fulfilment) {
        this.api = api;
        this.sessions = sessions;
        this.fulfilment = fulfilment;
    }

    @Test
    void iSeeAProposalAndTakeIt() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.paidOrder(line, "cabinet.confirm@example.com");
        Api me = as(operator);

        Reply proposals = me.get(CABINET + "/proposals");
        Reply confirmed = me.post(CABINET + "/orders/" + order.id() + "/confirm", "");
        Reply mine = me.get(CABINET + "/orders?limit=10");

        assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
        assertThat(proposals.numbers("items", "id")).containsExactly(order.id().value());
        assertThat(proposals.text("items[0].status")).isEqualTo("OPERATOR_PROPOSED");
        assertThat(proposals.text("items[0].recipient.phone")).isNotBlank();
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(confirmed.number("operatorId")).isEqualTo(operator.id().value());
        assertThat(me.get(CABINET + "/proposals").size("items")).isZero();
        assertThat(mine.numbers("items", "id")).containsExactly(order.id().value());
        assertProblem(me.post(CABINET + "/orders/" + order.id() + "/refuse", "{}"), 422, "CANNOT_REFUSE");
        assertProblem(me.get(CABINET + "/orders?limit=many"), 400, "VALIDATION_FAILED");
    }

    @Test
    void iDeclineAProposalAndItGoesToTheNextOperator() {
        Line line = fulfilment.line();
        Caller.SignedIn first = fulfilment.operator(line);
        Caller.SignedIn second = fulfilment.operator(line);
        Order order = fulfilment.paidOrder(line, "cabinet.refuse@example.com");
        Caller.SignedIn proposedTo = order.operator().orElseThrow().equals(first.id()) ? first : second;
        Caller.SignedIn next = proposedTo == first ? second : first;

        Reply refused = as(proposedTo).post(CABINET + "/orders/" + order.id() + "/refuse",
                "{\"reason\": \"lost my voice\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.number("operatorId")).isEqualTo(next.id().value());
        assertThat(refused.texts("history", "reason")).anyMatch(r -> r != null && r.contains("lost my voice"));
        assertThat(as(next).get(CABINET + "/proposals").numbers("items", "id")).containsExactly(order.id().value());
        assertThat(as(proposedTo).get(CABINET + "/proposals").size("items")).isZero();
    }

    @Test
    void someoneElsesOrderIsNotFound() {
        Line line = fulfilment.line();
        fulfilment.operator(line);
        Order order = fulfilment.paidOrder(line, "cabinet.other@example.com");
        Api stranger = as(fulfilment.operator(fulfilment.line()));

        assertProblem(stranger.post(CABINET + "/orders/" + order.id() + "/confirm", ""), 404, "NOT_FOUND");
        assertProblem(stranger.post(CABINET + "/orders/" + order.id() + "/refuse", ""), 404, "NOT_FOUND");
        assertProblem(stranger.post(CABINET + "/orders/0/confirm", ""), 404, "NOT_FOUND");
    }

    @Test
    void iEarnMyFeeAndAskForItsPayout() {
        Line line = fulfilment.line();
        Caller.SignedIn operator = fulfilment.operator(line);
        Order order = fulfilment.completed(line, operator, "cabinet.earn@example.com");
        Api me = as(operator);

        Reply earnings = me.get(CABINET + "/earnings");
        Reply over = me.post(CABINET + "/payouts", "{\"amountKopecks\": 30001}");
        Reply requested = me.post(CABINET + "/payouts", "{\"amountKopecks\": 20000}");
        Reply payouts = me.get(CABINET + "/payouts");

        assertThat(earnings.status()).as(earnings.body()).isEqualTo(200);
        assertThat(earnings.text("available.amount")).isEqualTo("300.00");
        assertThat(earnings.number("entries[0].orderId")).isEqualTo(order.id().value());
        assertThat(earnings.text("entries[0].kind")).isEqualTo("FEE");
        assertThat(earnings.number("entries[0].amount.minor")).isEqualTo(Fulfilment.TARIFF_KOPECKS);
        assertThat(earnings.text("entries[0].at")).endsWith("Z");
        assertProblem(over, 422, "OVER_BALANCE");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.text("status")).isEqualTo("PROCESSING");
        assertThat(requested.number("payeeId")).isEqualTo(operator.id().value());
        assertThat(requested.text("amount.amount")).isEqualTo("200.00");
        assertThat(requested.text("note")).isNull();
        assertThat(payouts.numbers("items", "id")).containsExactly(requested.number("id"));
        assertThat(me.get(CABINET + "/earnings").text("available.amount")).isEqualTo("100.00");
    }

    @Test
    void aPayoutAmountMustBeAPositiveWholeNumberOfKopecks() {
        Api me = as(fulfilment.operator(fulfilment.line()));

        Reply missing = me.post(CABINET + "/payouts", "{}");
        Reply zero = me.post(CABINET + "/payouts", "{\"amountKopecks\": 0}");
        Reply fractional = me.post(CABINET + "/payouts", "{\"amountKopecks\": 10.5}");

        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.text("errors[0].code")).isEqualTo("REQUIRED");
        assertProblem(zero, 400, "VALIDATION_FAILED");
        assertProblem(fractional, 400, "VALIDATION_FAILED");
        assertThat(fractional.text("errors[0].field")).isEqualTo("amountKopecks");
        assertThat(me.get(CABINET + "/payouts").size("items")).isZero();
    }

    private Api as(Caller.SignedIn operator) {
        return api.as(sessions.tokenOf(operator));
    }
}
