package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.out.PaymentGateway;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.OrderId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentCommandsTest {

    private final TestCore t = new TestCore();

    /**
     * Client 2 ivan placed orders 1 and 2 (1500.00 RUB each, point 1); order 1 was paid through the
     * fake gateway at 06:02 (payment 1), 500.00 of order 2 offline at 06:03 (payment 2).
     */
    @BeforeEach
    void twoPayments() {
        t.withCallType();
        t.place();
        t.place();
        assertThat(gateway(FakeGateway.call("PAYMENT", "ext-1", "ORDER-1", "", "1500.00", "RUB", false)).body())
                .isEqualTo("ACCEPTED");
        t.clock.advance(Duration.ofMinutes(1));
        ok("payments", "mark-offline", "2", "--amount", "50000", "--reference", "receipt 7", "--date", "2026-11-20");
    }

    private PaymentGateway.Reply gateway(PaymentGateway.Call call) {
        return t.core().gatewayCalls().handle(FakeGateway.NAME, call);
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private CliRun as(String email, String... args) {
        return t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, email), ""), args);
    }

    private OrderStatus status(long order) {
        return t.core().findOrders().get(t.admin(), new OrderId(order)).status();
    }

    private List<String> ids(String command, String... filters) {
        List<String> args = new ArrayList<>(List.of("payments", command, "--format", "json"));
        args.addAll(List.of(filters));
        return ok(args.toArray(String[]::new)).json().get("items").findValuesAsText("id");
    }

    @Test
    void listInEveryFormat() {
        assertThat(ok("payments", "list").out()).isEqualTo("""
                ID  ORDER  KIND     AMOUNT       PAYER  GATEWAY  GATEWAY ID  REFERENCE                    AT (UTC)
                2   2      OFFLINE  500.00 RUB   2      -        -           receipt 7 (paid 2026-11-20)  2026-11-23T06:03:00Z
                1   1      GATEWAY  1500.00 RUB  2      fake     ext-1       -                            2026-11-23T06:02:00Z
                """);
        JsonNode json = ok("payments", "list", "--format", "json").json();
        assertThat(json.get("nextBefore").isNull()).isTrue();
        assertThat(json.get("items").get(0).toString()).isEqualTo("{\"id\":2,\"orderId\":2,\"payerId\":2,\"kind\":\"OFFLINE\","
                + "\"gateway\":null,\"externalId\":null,\"amount\":{\"amount\":\"500.00\",\"currency\":\"RUB\"},"
                + "\"reference\":\"receipt 7 (paid 2026-11-20)\",\"at\":\"2026-11-23T06:03:00Z\"}");
        assertThat(json.get("items").get(1).toString()).isEqualTo("{\"id\":1,\"orderId\":1,\"payerId\":2,\"kind\":\"GATEWAY\","
                + "\"gateway\":\"fake\",\"externalId\":\"ext-1\",\"amount\":{\"amount\":\"1500.00\",\"currency\":\"RUB\"},"
                + "\"reference\":null,\"at\":\"2026-11-23T06:02:00Z\"}");
        assertThat(ok("payments", "list", "--format", "csv").out()).isEqualTo(
                "id,orderId,payerId,kind,gateway,externalId,amount,currency,reference,at\r\n"
                + "2,2,2,OFFLINE,,,500.00,RUB,receipt 7 (paid 2026-11-20),2026-11-23T06:03:00Z\r\n"
                + "1,1,2,GATEWAY,fake,ext-1,1500.00,RUB,,2026-11-23T06:02:00Z\r\n");
    }

    @Test
    void listFiltersAndPages() {
        assertThat(ids("list", "--kind", "offline")).containsExactly("2");
        assertThat(ids("list", "--kind", "COUPON")).isEmpty();
        assertThat(ids("list", "--gateway", "fake")).containsExactly("1");
        assertThat(ids("list", "--gateway", "FAKE")).containsExactly("1");
        assertThat(ids("list", "--gateway", "paymaster")).isEmpty();
        assertThat(ids("list", "--client", "ivan@example.com")).containsExactly("2", "1");
        assertThat(ids("list", "--client", "nobody@example.com")).isEmpty();
        assertThat(ids("list", "--min", "100000")).containsExactly("1");
        assertThat(ids("list", "--max", "50000")).containsExactly("2");
        assertThat(ids("list", "--min", "50000", "--max", "50000")).containsExactly("2");
        assertThat(ids("list", "--from", "2026-11-23", "--to", "2026-11-23")).containsExactly("2", "1");
        assertThat(ids("list", "--from", "2026-11-24")).isEmpty();
        assertThat(ids("list", "--to", "2026-11-22")).isEmpty();
        assertThat(ids("list", "--before", "2")).containsExactly("1");

        CliRun page = ok("payments", "list", "--limit", "1");
        assertThat(page.out().lines()).hasSize(2);
        assertThat(page.err()).isEqualTo("more payments may follow: repeat with --before 2\n");
        CliRun json = ok("payments", "list", "--limit", "1", "--format", "json");
        assertThat(json.json().get("nextBefore").asLong()).isEqualTo(2);
        assertThat(json.err()).isEmpty();
        assertThat(ok("payments", "list", "--limit", "1", "--format", "csv").err())
                .isEqualTo("more payments may follow: repeat with --before 2\n");
    }

    @Test
    void listRefusesBadFiltersAllAtOnce() {
        CliRun ours = t.run("payments", "list", "--min", "-1", "--max", "-2", "--before", "0", "--limit", "1001");
        assertThat(ours.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ours.out()).isEmpty();
        assertThat(ours.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  min: must be a whole number of kopecks, 0 or more
                  max: must be a whole number of kopecks, 0 or more
                  before: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
        CliRun range = t.run("payments", "list", "--min", "5", "--max", "4", "--format", "json");
        assertThat(range.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(range.errorJson().toString()).isEqualTo("{\"code\":\"VALIDATION_FAILED\",\"message\":\"Invalid input\","
                + "\"errors\":[{\"field\":\"max\",\"code\":\"LESS_THAN_MIN\",\"message\":\"must not be less than --min\"}]}");

        CliRun core = t.run("payments", "list", "--from", "2026-13-01", "--to", "yesterday", "--client", "ivan",
                "--kind", "cash");
        assertThat(core.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(core.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  from: must be a date like 2026-11-23
                  to: must be a date like 2026-11-23
                  clientEmail: must be an e-mail address like name@example.com
                  kind: must be one of GATEWAY, BALANCE, OFFLINE, COUPON
                """);
        CliRun type = t.run("payments", "list", "--min", "ten");
        assertThat(type.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(type.err()).startsWith("error: USAGE_ERROR: Invalid value for option '--min': 'ten' is not a long");
    }

    @Test
    void logInEveryFormatWithTheRawCallInJsonAndCsv() {
        assertThat(gateway(FakeGateway.call("PAYMENT", "ext-1", "ORDER-1", "", "1500.00", "RUB", false)).body())
                .isEqualTo("DUPLICATE");
        assertThat(gateway(FakeGateway.forged(FakeGateway.call("PAYMENT", "ext-2", "ORDER-2", "", "1000.00", "RUB", false)))
                .status()).isEqualTo(401);

        assertThat(ok("payments", "log").out()).isEqualTo("""
                ID  AT (UTC)              GATEWAY  ENDPOINT  VERDICT        GATEWAY ID  ORDER
                3   2026-11-23T06:03:00Z  fake     payment   BAD_SIGNATURE  -           -
                2   2026-11-23T06:03:00Z  fake     payment   DUPLICATE      ext-1       1
                1   2026-11-23T06:02:00Z  fake     payment   ACCEPTED       ext-1       1
                """);
        JsonNode json = ok("payments", "log", "--format", "json").json();
        assertThat(json.get("nextBefore").isNull()).isTrue();
        assertThat(json.get("items").get(0).toString()).isEqualTo("{\"id\":3,\"at\":\"2026-11-23T06:03:00Z\","
                + "\"gateway\":\"fake\",\"endpoint\":\"payment\",\"verdict\":\"BAD_SIGNATURE\","
                + "\"externalId\":null,\"orderId\":null,\"headers\":\"x-signature: forged\\n(ordercore: bad signature)\","
                + "\"body\":\"PAYMENT;ext-2;ORDER-2;;1000.00;RUB;false\"}");
        assertThat(json.get("items").get(2).toString()).isEqualTo("{\"id\":1,\"at\":\"2026-11-23T06:02:00Z\","
                + "\"gateway\":\"fake\",\"endpoint\":\"payment\",\"verdict\":\"ACCEPTED\",\"externalId\":\"ext-1\","
                + "\"orderId\":1,\"headers\":\"x-signature: ok\",\"body\":\"PAYMENT;ext-1;ORDER-1;;1500.00;RUB;false\"}");
        assertThat(ok("payments", "log", "--format", "csv").out()).isEqualTo(
                "id,at,gateway,endpoint,verdict,externalId,orderId,headers,body\r\n"
                + "3,2026-11-23T06:03:00Z,fake,payment,BAD_SIGNATURE,,,\"x-signature: forged\n(ordercore: bad signature)\","
                + "PAYMENT;ext-2;ORDER-2;;1000.00;RUB;false\r\n"
                + "2,2026-11-23T06:03:00Z,fake,payment,DUPLICATE,ext-1,1,x-signature: ok,PAYMENT;ext-1;ORDER-1;;1500.00;RUB;false\r\n"
                + "1,2026-11-23T06:02:00Z,fake,payment,ACCEPTED,ext-1,1,x-signature: ok,PAYMENT;ext-1;ORDER-1;;1500.00;RUB;false\r\n");
    }

    @Test
    void logFiltersAndPages() {
        gateway(FakeGateway.call("PAYMENT", "ext-1", "ORDER-1", "", "1500.00", "RUB", false));
        gateway(FakeGateway.call("PAYMENT", "ext-3", "ORDER-99", "", "1.00", "RUB", false));
        gateway(FakeGateway.forged(FakeGateway.call("PAYMENT", "ext-4", "ORDER-2", "", "1000.00", "RUB", false)));

        assertThat(ids("log", "--verdict", "duplicate")).containsExactly("2");
        assertThat(ids("log", "--verdict", "UNKNOWN_ORDER")).containsExactly("3");
        assertThat(ids("log", "--verdict", "bad-signature")).containsExactly("4");
        assertThat(ids("log", "--verdict", "wrong_amount")).isEmpty();
        assertThat(ids("log", "--gateway", "Fake")).containsExactly("4", "3", "2", "1");
        assertThat(ids("log", "--gateway", "cloudpayments")).isEmpty();
        assertThat(ids("log", "--before", "3", "--limit", "1")).containsExactly("2");
        assertThat(ok("payments", "log", "--limit", "3").err())
                .isEqualTo("more gateway calls may follow: repeat with --before 2\n");
        assertThat(ok("payments", "log", "--limit", "3", "--format", "json").json().get("nextBefore").asLong()).isEqualTo(2);

        CliRun refused = t.run("payments", "log", "--verdict", "paid", "--before", "-1", "--limit", "0");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  verdict: must be one of ACCEPTED, DUPLICATE, BAD_SIGNATURE, MALFORMED, UNKNOWN_ORDER, WRONG_ACCOUNT, \
                WRONG_AMOUNT, WRONG_CURRENCY, NOT_PAYABLE, TEST_NOT_ALLOWED
                  before: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
    }

    @Test
    void markOfflineRecordsPartialPaymentsUntilTheOrderIsPaid() {
        assertThat(status(2)).isEqualTo(OrderStatus.UNPAID);

        assertThat(ok("payments", "mark-offline", "2", "--amount", "40000", "--reference", "cash").out())
                .isEqualTo("order 2: UNPAID; offline payment 3 of 400.00 RUB; partially paid: 900.00 RUB of 1500.00 RUB\n");
        JsonNode paid = ok("payments", "mark-offline", "2", "--amount", "60000", "--reference", "bank 12",
                "--format", "json").json();

        assertThat(paid.get("id").asLong()).isEqualTo(2);
        assertThat(paid.get("status").asText()).isEqualTo("PAID");
        JsonNode last = paid.get("history").get(paid.get("history").size() - 1);
        assertThat(last.get("to").asText()).isEqualTo("PAID");
        assertThat(last.get("reason").asText()).isEqualTo("offline payment 4 of 600.00 RUB");
        assertThat(status(2)).isEqualTo(OrderStatus.PAID);
        assertThat(ok("payments", "list", "--kind", "offline", "--format", "csv").csv().stream()
                .map(r -> r.get("reference")).toList())
                .containsExactly("bank 12 (paid 2026-11-23)", "cash (paid 2026-11-23)", "receipt 7 (paid 2026-11-20)");
        AuditEntry audited = t.memory.audit.all().get(t.memory.audit.all().size() - 1);
        assertThat(audited.action()).isEqualTo("order.pay.offline");
        assertThat(audited.target()).isEqualTo("order:2");
        assertThat(audited.actor().label()).isEqualTo(CliRun.ADMIN);
    }

    @Test
    void markOfflineRefusals() {
        CliRun more = t.run("payments", "mark-offline", "2", "--amount", "100001", "--reference", "cash");
        assertThat(more.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(more.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  amountKopecks: at most 1000.00 RUB is outstanding
                """);
        CliRun paid = t.run("payments", "mark-offline", "1", "--amount", "100", "--reference", "cash", "--format", "json");
        assertThat(paid.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(paid.out()).isEmpty();
        assertThat(paid.errorJson().get("code").asText()).isEqualTo("ORDER_NOT_PAYABLE");
        assertThat(paid.err()).startsWith("error: ORDER_NOT_PAYABLE: order 1 is PAID\n");
        CliRun unknown = t.run("payments", "mark-offline", "99", "--amount", "100", "--reference", "cash");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Order 99 not found\n");
        assertThat(t.run("payments", "mark-offline", "0", "--amount", "100", "--reference", "cash").exitCode())
                .isEqualTo(ExitCodes.NOT_FOUND);
        CliRun invalid = t.run("payments", "mark-offline", "2", "--amount", "0", "--reference", " ", "--date", "23.11.2026");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  amountKopecks: must be more than zero
                  reference: is required
                  date: must be a date like 2026-11-23
                """);
        CliRun missing = t.run("payments", "mark-offline", "2", "--amount", "100");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("error: USAGE_ERROR: Missing required option: '--reference=TEXT'\n");

        assertThat(ids("list", "--kind", "offline")).containsExactly("2");
        assertThat(status(2)).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void staffListThePaymentsOnlyAdministratorsReadTheLog() {
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");

        assertThat(as("sam@example.com", "payments", "list").exitCode()).isZero();
        assertThat(as("sue@example.com", "payments", "list", "--format", "csv").exitCode()).isZero();
        CliRun log = as("sam@example.com", "payments", "log");
        assertThat(log.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(log.err()).startsWith("error: FORBIDDEN: ");
        assertThat(log.out()).isEmpty();
        assertThat(as("sue@example.com", "payments", "log").exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(as("ivan@example.com", "payments", "list").exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(as("nobody@example.com", "payments", "list").exitCode()).isEqualTo(ExitCodes.UNAUTHENTICATED);
        CliRun nobody = t.run(CliRun.NOBODY, "payments", "log");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nobody.err()).startsWith("error: USAGE_ERROR: " + CliContext.NO_IDENTITY);
    }

    @Test
    void pointManagersMarkOfflinePaymentsOfTheirPointOnly() {
        t.memory.signedIn(Role.POINT_MANAGER, "pam@example.com");
        t.memory.signedIn(Role.POINT_MANAGER, "pete@example.com", t.memory.newPoint("North"));
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");

        CliRun elsewhere = as("pete@example.com", "payments", "mark-offline", "2", "--amount", "100", "--reference", "cash");
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(elsewhere.err()).isEqualTo("error: NOT_FOUND: Order 2 not found\n");
        CliRun site = as("sam@example.com", "payments", "mark-offline", "2", "--amount", "100", "--reference", "cash");
        assertThat(site.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(as("ivan@example.com", "payments", "mark-offline", "2", "--amount", "100", "--reference", "cash")
                .exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(ids("list", "--kind", "offline")).containsExactly("2");

        CliRun own = as("pam@example.com", "payments", "mark-offline", "2", "--amount", "100000", "--reference", "cash");
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out()).isEqualTo("order 2: PAID; offline payment 3 of 1000.00 RUB\n");
        assertThat(as("pam@example.com", "payments", "list").exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
    }
}
