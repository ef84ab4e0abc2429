package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.workflow.Actor;
import io.ordercore.domain.workflow.ActorKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderCommandsTest {

    private static final Actor CLI_ADMIN = new Actor(ActorKind.ADMIN, CliRun.ADMIN);

    private final TestCore t = new TestCore().withCallType();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    private Order order(long id) {
        return t.core().findOrders().get(t.admin(), new OrderId(id));
    }

    @Test
    void showPrintsEveryFieldThePriceAndTheHistory() {
        t.place();
        t.core().changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(new OrderId(1), OrderStatus.CANCELLED,
                t.memory.signedIn(Role.ADMIN, "alice@example.com"), "client asked"));

        assertThat(ok("orders", "show", "1").out()).isEqualTo("""
                id                 1
                status             CANCELLED
                operator           -
                created            2026-11-23T06:00:00Z
                updated            2026-11-23T06:01:00Z
                version            2
                client name        Ivan Petrov
                client email       ivan@example.com
                recipient name     Maria Ivanova
                recipient phone    +79161234567
                recipient country  RU
                recipient city     Moscow
                call type          1 Birthday greeting
                call date          2026-11-25
                window             10:00-12:00 Europe/Moscow
                preferred gender   ANY
                wishes             Be kind
                anonymous          no
                consented          2026-11-23T06:00:00Z
                coupon             -
                price              1500.00 RUB
                discount           0.00 RUB
                total              1500.00 RUB

                history:
                SEQ  AT (UTC)              ACTOR                    KIND    FROM    TO         REASON
                1    2026-11-23T06:00:00Z  CLIENT:ivan@example.com  STATUS  -       UNPAID     placed
                2    2026-11-23T06:01:00Z  ADMIN:alice@example.com  STATUS  UNPAID  CANCELLED  client asked
                """);
    }

    @Test
    void showInJson() {
        t.place();
        ok("orders", "set-window", "1", "--date", "2026-11-26", "--from", "18:30", "--to", "19:00", "--reason", "asked");

        JsonNode json = ok("orders", "show", "1", "--format", "json").json();

        assertThat(json.get("id").asLong()).isEqualTo(1);
        assertThat(json.get("status").asText()).isEqualTo("UNPAID");
        assertThat(json.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(json.get("updatedAt").asText()).isEqualTo("2026-11-23T06:01:00Z");
        assertThat(json.get("version").asLong()).isEqualTo(2);
        assertThat(json.get("client").get("name").asText()).isEqualTo("Ivan Petrov");
        assertThat(json.get("client").get("email").asText()).isEqualTo("ivan@example.com");
        assertThat(json.get("recipient").get("phone").asText()).isEqualTo("+79161234567");
        assertThat(json.get("recipient").get("country").asText()).isEqualTo("RU");
        assertThat(json.get("recipient").get("city").asText()).isEqualTo("Moscow");
        assertThat(json.get("callType").get("id").asLong()).isEqualTo(1);
        assertThat(json.get("callType").get("name").asText()).isEqualTo("Birthday greeting");
        JsonNode window = json.get("window");
        assertThat(window.get("date").asText()).isEqualTo("2026-11-26");
        assertThat(window.get("start").asText()).isEqualTo("18:30");
        assertThat(window.get("end").asText()).isEqualTo("19:00");
        assertThat(window.get("timeZone").asText()).isEqualTo("Europe/Moscow");
        assertThat(window.get("startsAt").asText()).isEqualTo("2026-11-26T15:30:00Z");
        assertThat(window.get("endsAt").asText()).isEqualTo("2026-11-26T16:00:00Z");
        assertThat(json.get("preferredGender").asText()).isEqualTo("ANY");
        assertThat(json.get("wishes").asText()).isEqualTo("Be kind");
        assertThat(json.get("anonymous").asBoolean()).isFalse();
        assertThat(json.get("consentedAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(json.get("couponCode").isNull()).isTrue();
        assertThat(json.get("price").get("coupon").isNull()).isTrue();
        assertThat(json.get("price").get("price").get("amount").asText()).isEqualTo("1500.00");
        assertThat(json.get("price").get("discount").get("amount").asText()).isEqualTo("0.00");
        assertThat(json.get("price").get("total").get("amount").asText()).isEqualTo("1500.00");
        assertThat(json.get("price").get("total").get("currency").asText()).isEqualTo("RUB");
        JsonNode placed = json.get("history").get(0);
        assertThat(placed.get("seq").asInt()).isEqualTo(1);
        assertThat(placed.get("actor").get("kind").asText()).isEqualTo("CLIENT");
        assertThat(placed.get("actor").get("id").asText()).isEqualTo("ivan@example.com");
        assertThat(placed.get("from").isNull()).isTrue();
        assertThat(placed.get("to").asText()).isEqualTo("UNPAID");
        JsonNode moved = json.get("history").get(1);
        assertThat(moved.get("kind").asText()).isEqualTo("WINDOW");
        assertThat(moved.get("at").asText()).isEqualTo("2026-11-23T06:01:00Z");
        assertThat(moved.get("actor").get("kind").asText()).isEqualTo("ADMIN");
        assertThat(moved.get("reason").asText()).isEqualTo("window 2026-11-25 10:00-12:00 MSK -> 2026-11-26 18:30-19:00 MSK: asked");
    }

    @Test
    void showNamesTheAppliedCouponAndItsDiscount() {
        String code = t.coupons(15, 1, "Spring").get(0);
        t.applyCoupon(t.place(), code);

        assertThat(ok("orders", "show", "1").out()).contains("""
                coupon             %s (PERCENT 15%%)
                price              1500.00 RUB
                discount           225.00 RUB
                total              1275.00 RUB
                """.formatted(code));
        JsonNode json = ok("orders", "show", "1", "--format", "json").json();
        assertThat(json.get("couponCode").asText()).isEqualTo(code);
        JsonNode coupon = json.get("price").get("coupon");
        assertThat(coupon.get("code").asText()).isEqualTo(code);
        assertThat(coupon.get("kind").asText()).isEqualTo("PERCENT");
        assertThat(coupon.get("percent").asInt()).isEqualTo(15);
        assertThat(json.get("price").get("discount").get("amount").asText()).isEqualTo("225.00");
        assertThat(json.get("price").get("total").get("amount").asText()).isEqualTo("1275.00");
    }

    @Test
    void setStatusMovesTheOrderAsTheCliAdmin() {
        t.place();

        assertThat(ok("orders", "set-status", "1", "cancelled", "--reason", "client asked").out())
                .isEqualTo("order 1: UNPAID -> CANCELLED\n");

        OrderHistoryEntry last = order(1).history().get(1);
        assertThat(order(1).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(last.actor()).isEqualTo(CLI_ADMIN);
        assertThat(last.actor().toString()).isEqualTo("ADMIN:admin@ordercore.test");
        assertThat(last.reason()).contains("client asked");
    }

    @Test
    void setStatusInJsonPrintsTheOrder() {
        t.place();

        JsonNode json = ok("orders", "set-status", "1", "cancelled", "--reason", "gave up", "--format", "json").json();

        assertThat(json.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(json.get("history")).hasSize(2);
        assertThat(json.get("history").get(1).get("from").asText()).isEqualTo("UNPAID");
        assertThat(json.get("history").get(1).get("reason").asText()).isEqualTo("gave up");
    }

    @Test
    void setStatusChecksStatusAndReasonTogetherBeforeOpeningTheCore() {
        CliRun run = CliRun.run(CliRun.untouchable(), "orders", "set-status", "1", "shipped", "--reason", " ");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  status: must be one of UNPAID, PAID, OPERATOR_PROPOSED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, ERROR
                  reason: is required
                """);
    }

    @Test
    void setStatusOfAnUnknownOrderIsNotFound() {
        CliRun run = t.run("orders", "set-status", "5", "cancelled", "--reason", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).isEqualTo("error: NOT_FOUND: Order 5 not found\n");
    }

    @Test
    void setWindowMovesTheWindow() {
        t.place();

        assertThat(ok("orders", "set-window", "1", "--date", "2026-11-24", "--from", "09:00", "--to", "10:30").out())
                .isEqualTo("order 1: window 2026-11-24 09:00-10:30 Europe/Moscow\n");

        assertThat(order(1).details().window().toString()).isEqualTo("2026-11-24 09:00-10:30 MSK");
        assertThat(order(1).history().get(1).actor()).isEqualTo(CLI_ADMIN);
    }

    @Test
    void setWindowInJsonPrintsTheOrder() {
        t.place();

        JsonNode json = ok("orders", "set-window", "1", "--date", "2026-11-24", "--from", "09:00", "--to", "10:30",
                "--format", "json").json();

        assertThat(json.get("window").get("date").asText()).isEqualTo("2026-11-24");
        assertThat(json.get("window").get("start").asText()).isEqualTo("09:00");
        assertThat(json.get("history").get(1).get("kind").asText()).isEqualTo("WINDOW");
    }

    @Test
    void setWindowListsEveryInvalidField() {
        t.place();

        CliRun run = t.run("orders", "set-window", "1", "--date", "2026-02-30", "--from", "25:00", "--to", "9am",
                "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("""
                error: VALIDATION_FAILED: Invalid input
                  callDate: must be a date YYYY-MM-DD
                  windowStart: must be a time HH:MM (00:00..23:59)
                  windowEnd: must be a time HH:MM (00:00..23:59)
                """);
        assertThat(run.errorJson().get("errors").findValuesAsText("code"))
                .containsExactly("INVALID_DATE", "INVALID_TIME", "INVALID_TIME");
    }

    @Test
    void setWindowRefusesAWindowInThePast() {
        t.place();
        t.clock.advance(Duration.ofDays(1));

        CliRun run = t.run("orders", "set-window", "1", "--date", "2026-11-23", "--from", "10:00", "--to", "11:00");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  callDate: must be today or later (Moscow time, today is 2026-11-24)
                """);
    }

    @Test
    void deleteOfDeletableOrdersIsZero() {
        t.place();
        t.place();

        CliRun run = ok("orders", "delete", "2", "1");

        assertThat(run.out()).isEqualTo("""
                ID  RESULT   REASON
                2   deleted  -
                1   deleted  -
                """);
        assertThat(t.run("orders", "show", "1").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void deleteThatKeepsSomethingIsFourWithReasonsInTheGivenOrder() {
        t.place();
        t.place();
        t.place();
        t.core().changeOrderStatus().changeStatus(new ChangeOrderStatusCommand(new OrderId(2), OrderStatus.ERROR,
                Caller.system("payments"), "fault"));

        CliRun run = t.run("orders", "delete", "9", "2", "1", "3", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(run.out()).isEqualTo("""
                ID  RESULT   REASON
                9   kept     NOT_FOUND
                2   kept     NOT_DELETABLE
                1   deleted  -
                3   deleted  -
                """);
        assertThat(run.err()).isEqualTo("error: ORDERS_KEPT: 2 of 4 orders were kept\n");
    }

    @Test
    void deleteInJson() {
        t.place();

        CliRun run = t.run("orders", "delete", "1", "7", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        JsonNode json = run.json();
        assertThat(json.get("deleted")).hasSize(1);
        assertThat(json.get("deleted").get(0).asLong()).isEqualTo(1);
        assertThat(json.get("kept")).hasSize(1);
        assertThat(json.get("kept").get(0).get("id").asLong()).isEqualTo(7);
        assertThat(json.get("kept").get(0).get("reason").asText()).isEqualTo("NOT_FOUND");
        assertThat(run.errorJson().get("code").asText()).isEqualTo("ORDERS_KEPT");
    }

    @Test
    void deleteRefusesNonPositiveIdsBeforeOpeningTheCore() {
        CliRun run = CliRun.run(CliRun.untouchable(), "orders", "delete", "1", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("error: VALIDATION_FAILED: Invalid input\n  ids: order ids are positive whole numbers\n");
    }
}
