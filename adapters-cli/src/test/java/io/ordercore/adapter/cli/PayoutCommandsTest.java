package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.notification.NotificationType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PayoutCommandsTest {

    private final TestCore t = new TestCore();

    /** Operator 2 olga earned 500.00 RUB and asked for 200.00 (payout 1), then 100.00 (payout 2) a minute later. */
    @BeforeEach
    void twoRequests() {
        t.withCallType();
        t.operator("olga@example.com", "FEMALE");
        t.complete(t.placePaid());
        Caller olga = t.core().authenticate().asAccount("olga@example.com");
        t.core().operatorCabinet().requestPayout(olga, 20_000L);
        t.clock.advance(Duration.ofMinutes(1));
        t.core().operatorCabinet().requestPayout(olga, 10_000L);
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private PayoutStatus status(long payout) {
        return t.memory.earnings.payout(payout).orElseThrow().status();
    }

    @Test
    void listInEveryFormat() {
        assertThat(ok("payouts", "list").out()).isEqualTo("""
                ID  PAYEE  AMOUNT      STATUS      CREATED (UTC)         UPDATED (UTC)         NOTE
                2   2      100.00 RUB  PROCESSING  2026-11-23T06:02:00Z  2026-11-23T06:02:00Z  -
                1   2      200.00 RUB  PROCESSING  2026-11-23T06:01:00Z  2026-11-23T06:01:00Z  -
                """);
        JsonNode json = ok("payouts", "list", "--format", "json").json();
        assertThat(json.get("nextBefore").isNull()).isTrue();
        assertThat(json.get("items").get(1).toString()).isEqualTo("{\"id\":1,\"payeeId\":2,"
                + "\"amount\":{\"amount\":\"200.00\",\"currency\":\"RUB\"},\"status\":\"PROCESSING\","
                + "\"createdAt\":\"2026-11-23T06:01:00Z\",\"updatedAt\":\"2026-11-23T06:01:00Z\",\"note\":null}");
        assertThat(ok("payouts", "list", "--format", "csv").out()).isEqualTo(
                "id,payeeId,amount,currency,status,createdAt,updatedAt,note\r\n"
                + "2,2,100.00,RUB,PROCESSING,2026-11-23T06:02:00Z,2026-11-23T06:02:00Z,\r\n"
                + "1,2,200.00,RUB,PROCESSING,2026-11-23T06:01:00Z,2026-11-23T06:01:00Z,\r\n");
    }

    @Test
    void filtersAndPages() {
        ok("payouts", "set-status", "1", "transferred");

        assertThat(ids("--status", "TRANSFERRED")).containsExactly("1");
        assertThat(ids("--status", "processing", "--payee", "2")).containsExactly("2");
        assertThat(ids("--payee", "3")).isEmpty();
        assertThat(ids("--before", "2")).containsExactly("1");
        assertThat(ok("payouts", "list", "--limit", "1").err())
                .isEqualTo("more payout requests may follow: repeat with --before 2\n");

        CliRun refused = t.run("payouts", "list", "--payee", "0", "--limit", "0");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  payee: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
        CliRun status = t.run("payouts", "list", "--status", "paid");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(status.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  status: must be one of PROCESSING, TRANSFERRED, CANCELLED, ERROR
                """);
    }

    private List<String> ids(String... filters) {
        List<String> args = new ArrayList<>(List.of("payouts", "list", "--format", "json"));
        args.addAll(List.of(filters));
        return ok(args.toArray(String[]::new)).json().get("items").findValuesAsText("id");
    }

    @Test
    void setStatusMovesTheRequestAndTellsTheOperatorOfATransfer() {
        t.clock.advance(Duration.ofMinutes(1));

        assertThat(ok("payouts", "set-status", "1", "transferred", "--note", "bank ref 42").out())
                .isEqualTo("payout 1: TRANSFERRED\n");

        assertThat(status(1)).isEqualTo(PayoutStatus.TRANSFERRED);
        OutboxMessage mail = t.memory.outbox.all().get(t.memory.outbox.all().size() - 1);
        assertThat(mail.notification().type()).isEqualTo(NotificationType.PAYOUT_TRANSFERRED);
        assertThat(mail.notification().recipient().value()).isEqualTo("olga@example.com");
        JsonNode error = ok("payouts", "set-status", "2", "ERROR", "--format", "json").json();
        assertThat(error.get("status").asText()).isEqualTo("ERROR");
        assertThat(error.get("updatedAt").asText()).isEqualTo("2026-11-23T06:03:00Z");
        assertThat(ok("payouts", "list", "--status", "transferred", "--format", "json").json().get("items").get(0)
                .get("note").asText()).isEqualTo("bank ref 42");
    }

    @Test
    void setStatusRefusals() {
        ok("payouts", "set-status", "1", "CANCELLED");

        CliRun fin = t.run("payouts", "set-status", "1", "PROCESSING");
        assertThat(fin.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(fin.err()).startsWith("error: PAYOUT_STATUS_REFUSED: a payout CANCELLED cannot become PROCESSING");
        CliRun unknown = t.run("payouts", "set-status", "99", "TRANSFERRED");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Payout 99 not found\n");
        assertThat(t.run("payouts", "set-status", "0", "TRANSFERRED").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        CliRun invalid = t.run("payouts", "set-status", "2", "PAID");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  status: must be one of PROCESSING, TRANSFERRED, CANCELLED, ERROR
                """);
        assertThat(status(1)).isEqualTo(PayoutStatus.CANCELLED);
        assertThat(status(2)).isEqualTo(PayoutStatus.PROCESSING);
    }

    @Test
    void siteManagersMayListButOnlyAdministratorsSetTheStatus() {
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");
        var sam = CliRun.environment(Map.of(CliContext.AS_VARIABLE, "sam@example.com"), "");

        assertThat(t.run(sam, "payouts", "list").exitCode()).isZero();
        CliRun set = t.run(sam, "payouts", "set-status", "1", "TRANSFERRED");
        assertThat(set.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(set.err()).startsWith("error: FORBIDDEN: ");
        assertThat(status(1)).isEqualTo(PayoutStatus.PROCESSING);
    }
}
