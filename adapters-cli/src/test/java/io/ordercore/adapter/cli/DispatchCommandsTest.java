package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DispatchCommandsTest {

    private final TestCore t = new TestCore();

    @BeforeEach
    void catalog() {
        t.withCallType();
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private OrderStatus status(long order) {
        return t.core().findOrders().get(t.admin(), new OrderId(order)).status();
    }

    @Test
    void aPaidOrderIsProposedAtOnceAndExplainSaysWhy() {
        t.operator("olga@example.com", "FEMALE");
        t.placePaid();

        CliRun table = ok("dispatch", "explain", "1");

        assertThat(table.out()).isEqualTo("""
                2026-11-23T06:00:00Z  AUTO  operator 2  by dispatch
                Order 1: 1 operators considered, 1 eligible, 0 rejected.
                Chosen: operator 2.
                Ranked:
                  1. operator 2: preferred gender no, talent matches 0, rating 0, active orders 0, last assigned never

                """);
        JsonNode json = ok("dispatch", "explain", "1", "--format", "json").json();
        assertThat(json.get("orderId").asLong()).isEqualTo(1);
        JsonNode decision = json.get("decisions").get(0);
        assertThat(decision.get("at").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(decision.get("kind").asText()).isEqualTo("AUTO");
        assertThat(decision.get("chosenOperatorId").asLong()).isEqualTo(2);
        assertThat(decision.get("decidedBy").asText()).isEqualTo("dispatch");
        assertThat(decision.get("explanation").asText()).startsWith("Order 1: 1 operators considered");
        CliRun csv = ok("dispatch", "explain", "1", "--format", "csv");
        assertThat(csv.csvHeader()).containsExactly("at", "kind", "chosenOperatorId", "decidedBy", "explanation");
        assertThat(csv.csv().get(0).get("explanation")).isEqualTo(decision.get("explanation").asText());
        assertThat(ok("orders", "show", "1").out()).contains("status             OPERATOR_PROPOSED\noperator           2\n");
    }

    /** Placed first, the order opens its client's account 2, so the operator is account 3. */
    @Test
    void anOrderNobodyCanTakeWaitsUntilAssignedByHand() {
        t.placePaid();
        assertThat(ok("dispatch", "explain", "1").out()).startsWith("2026-11-23T06:00:00Z  AUTO  no operator  by dispatch\n");
        assertThat(ok("dispatch", "awaiting").out()).isEqualTo("""
                ORDER  STAGE     NEXT ATTEMPT (UTC)
                1      DISPATCH  2026-11-23T06:05:00Z
                """);
        assertThat(ok("dispatch", "awaiting", "--format", "json").json().toString())
                .isEqualTo("{\"items\":[{\"orderId\":1,\"stage\":\"DISPATCH\",\"dueAt\":\"2026-11-23T06:05:00Z\"}]}");
        assertThat(t.operator("olga@example.com", "FEMALE")).isEqualTo(3);

        assertThat(ok("dispatch", "assign", "1", "--operator", "3", "--reason", "VIP client").out())
                .isEqualTo("order 1: OPERATOR_PROPOSED, operator 3\n");

        assertThat(ok("dispatch", "awaiting", "--format", "csv").out()).isEqualTo("orderId,stage,dueAt\r\n");
        JsonNode manual = ok("dispatch", "explain", "1", "--format", "json").json().get("decisions").get(1);
        assertThat(manual.get("kind").asText()).isEqualTo("MANUAL");
        assertThat(manual.get("decidedBy").asText()).isEqualTo(CliRun.ADMIN);
        assertThat(manual.get("explanation").asText()).startsWith("assigned by " + CliRun.ADMIN + ": VIP client\n");
    }

    @Test
    void assignRefusalsAndForce() {
        t.placePaid();
        t.operator("olga@example.com", "FEMALE");
        ok("operators", "pause", "3");

        CliRun paused = t.run("dispatch", "assign", "1", "--operator", "3");
        assertThat(paused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(paused.err()).startsWith("error: OPERATOR_FILTERED_OUT: operator 3 does not pass dispatch's filters: ");
        CliRun unknown = t.run("dispatch", "assign", "1", "--operator", "99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Operator 99 not found\n");
        assertThat(t.run("dispatch", "assign", "7", "--operator", "3").err()).isEqualTo("error: NOT_FOUND: Order 7 not found\n");
        assertThat(status(1)).isEqualTo(OrderStatus.PAID);

        JsonNode forced = ok("dispatch", "assign", "1", "--operator", "3", "--force", "--format", "json").json();
        assertThat(forced.get("status").asText()).isEqualTo("OPERATOR_PROPOSED");
        assertThat(forced.get("operatorId").asLong()).isEqualTo(3);
        assertThat(ok("dispatch", "explain", "1").out()).contains("FORCED  operator 3  by " + CliRun.ADMIN + "\n");

        CliRun again = t.run("dispatch", "assign", "1", "--operator", "3", "--force");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(again.err()).startsWith("error: ILLEGAL_TRANSITION: ");
    }

    @Test
    void removeOperatorRequeuesFinesAndRemembersTheRefusal() {
        long olga = t.operator("olga@example.com", "FEMALE");
        t.placePaid();

        assertThat(ok("dispatch", "remove-operator", "1", "--penalty", "--reason", "no answer").out())
                .isEqualTo("order 1: PAID, no operator\n");

        assertThat(t.memory.earnings.entries(new AccountId(olga), 10)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EarningKind.PENALTY);
            assertThat(e.amount()).isEqualTo(Money.kopecks(-50_000));
        });
        assertThat(ok("dispatch", "explain", "1").out()).contains("REMOVED  no operator  by " + CliRun.ADMIN + "\n",
                "operator 2: [REFUSED_BEFORE]");
        CliRun noOperator = t.run("dispatch", "remove-operator", "1");
        assertThat(noOperator.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(noOperator.err()).startsWith("error: ILLEGAL_TRANSITION: ");

        assertThat(ok("dispatch", "cancel-refusal", "1", "--operator", "2").out())
                .isEqualTo("order 1 may be proposed to operator 2 again\n");
        assertThat(ok("dispatch", "assign", "1", "--operator", "2").out()).isEqualTo("order 1: OPERATOR_PROPOSED, operator 2\n");
        CliRun none = t.run("dispatch", "cancel-refusal", "1", "--operator", "2", "--format", "json");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(none.errorJson().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void runHandlesDueWorkOnce() {
        t.placePaid();
        t.operator("olga@example.com", "FEMALE");

        assertThat(ok("dispatch", "run").out()).isEqualTo("handled 0 scheduled items\n");
        t.clock.advance(Duration.ofMinutes(5));
        assertThat(ok("dispatch", "run", "--limit", "10").out()).isEqualTo("handled 1 scheduled item\n");

        assertThat(status(1)).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        assertThat(ok("dispatch", "explain", "1").out()).contains("""

                2026-11-23T06:06:00Z  AUTO  operator 3  by scheduler
                Order 1: 1 operators considered, 1 eligible, 0 rejected.
                """);
        assertThat(ok("dispatch", "run", "--format", "json").json().get("handled").asInt()).isZero();
        assertThat(t.run("dispatch", "run", "--limit", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void explainingIsForStaffAndChangingForAdministrators() {
        t.operator("olga@example.com", "FEMALE");
        t.placePaid();
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");
        var sue = CliRun.environment(Map.of(CliContext.AS_VARIABLE, "sue@example.com"), "");

        assertThat(t.run(sue, "dispatch", "explain", "1").exitCode()).isZero();
        assertThat(t.run(sue, "dispatch", "awaiting").exitCode()).isZero();
        CliRun remove = t.run(sue, "dispatch", "remove-operator", "1");
        assertThat(remove.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(remove.err()).startsWith("error: FORBIDDEN: ");
        assertThat(status(1)).isEqualTo(OrderStatus.OPERATOR_PROPOSED);
        CliRun unknown = t.run("dispatch", "explain", "0");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Order 0 not found\n");
    }
}
