package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.shared.Money;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BalanceCommandsTest {

    private static final LedgerAccount IVAN = LedgerAccount.clientPoints(new AccountId(2));

    private final TestCore t = new TestCore();

    /** Client 2 ivan placed order 1 (1500.00 RUB); nothing is paid yet. */
    @BeforeEach
    void aClient() {
        t.withCallType();
        t.place();
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private CliRun as(String email, String... args) {
        return t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, email), ""), args);
    }

    private Money balance() {
        return t.memory.ledger.balance(IVAN);
    }

    /** Order 1 paid with 1600.00 through the gateway: 100.00 too much goes to the points, plus 5% of 1500.00 as a bonus. */
    private void overpaid() {
        assertThat(t.core().gatewayCalls().handle(FakeGateway.NAME,
                FakeGateway.call("PAYMENT", "ext-1", "ORDER-1", "", "1600.00", "RUB", false)).body()).isEqualTo("ACCEPTED");
    }

    @Test
    void showInEveryFormat() {
        overpaid();

        assertThat(ok("balance", "show", "2").out()).isEqualTo("""
                account 2: balance 175.00 RUB

                ID  AT (UTC)              AMOUNT      CAUSE        FOR  MOVEMENT
                6   2026-11-23T06:01:00Z  75.00 RUB   BONUS        1    bonus:1
                4   2026-11-23T06:01:00Z  100.00 RUB  OVERPAYMENT  1    overpayment:1
                """);
        JsonNode json = ok("balance", "show", "2", "--format", "json").json();
        assertThat(json.toString()).isEqualTo("{\"accountId\":2,\"balance\":{\"amount\":\"175.00\",\"currency\":\"RUB\"},"
                + "\"entries\":[{\"id\":6,\"movementKey\":\"bonus:1\",\"amount\":{\"amount\":\"75.00\",\"currency\":\"RUB\"},"
                + "\"cause\":\"BONUS\",\"causeRef\":\"1\",\"at\":\"2026-11-23T06:01:00Z\"},"
                + "{\"id\":4,\"movementKey\":\"overpayment:1\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"RUB\"},"
                + "\"cause\":\"OVERPAYMENT\",\"causeRef\":\"1\",\"at\":\"2026-11-23T06:01:00Z\"}]}");
        assertThat(ok("balance", "show", "2", "--format", "csv").out()).isEqualTo(
                "id,movementKey,amount,currency,cause,causeRef,at\r\n"
                + "6,bonus:1,75.00,RUB,BONUS,1,2026-11-23T06:01:00Z\r\n"
                + "4,overpayment:1,100.00,RUB,OVERPAYMENT,1,2026-11-23T06:01:00Z\r\n");
    }

    @Test
    void anAccountWithoutEntries() {
        assertThat(ok("balance", "show", "2").out()).isEqualTo("account 2: balance 0.00 RUB\nno entries yet\n");
        assertThat(ok("balance", "show", "2", "--format", "json").json().toString())
                .isEqualTo("{\"accountId\":2,\"balance\":{\"amount\":\"0.00\",\"currency\":\"RUB\"},\"entries\":[]}");
        assertThat(ok("balance", "show", "2", "--format", "csv").out())
                .isEqualTo("id,movementKey,amount,currency,cause,causeRef,at\r\n");
    }

    @Test
    void adjustCreditsAndDebitsWithAReasonAndIsAudited() {
        assertThat(ok("balance", "adjust", "2", "--amount", "50000", "--reason", "welcome").out())
                .isEqualTo("account 2: balance 500.00 RUB\n");
        assertThat(ok("balance", "adjust", "2", "--amount", "-12345", "--reason", "typo").out())
                .isEqualTo("account 2: balance 376.55 RUB\n");
        assertThat(ok("balance", "adjust", "2", "--amount=-55", "--reason", "rounding", "--format", "json").json().toString())
                .isEqualTo("{\"accountId\":2,\"balance\":{\"amount\":\"376.00\",\"currency\":\"RUB\"}}");

        assertThat(balance()).isEqualTo(Money.kopecks(37_600));
        JsonNode entries = ok("balance", "show", "2", "--format", "json").json().get("entries");
        assertThat(entries.findValuesAsText("causeRef")).containsExactly("rounding", "typo", "welcome");
        assertThat(entries.findValuesAsText("cause")).containsOnly("ADJUSTMENT");
        assertThat(entries.get(1).get("amount").get("amount").asText()).isEqualTo("-123.45");
        assertThat(entries.get(1).get("movementKey").asText()).startsWith("adjust:");
        AuditEntry audited = t.memory.audit.all().get(t.memory.audit.all().size() - 1);
        assertThat(audited.action()).isEqualTo("balance.adjust");
        assertThat(audited.target()).isEqualTo("account:2");
        assertThat(audited.actor().label()).isEqualTo(CliRun.ADMIN);
        assertThat(ok("check", "integrity").exitCode()).isZero();
    }

    @Test
    void adjustRefusals() {
        overpaid();

        CliRun below = t.run("balance", "adjust", "2", "--amount", "-17501", "--reason", "too much");
        assertThat(below.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(below.out()).isEmpty();
        assertThat(below.err()).isEqualTo("error: INSUFFICIENT_BALANCE: the balance is smaller than 175.01 RUB\n");
        CliRun zero = t.run("balance", "adjust", "2", "--amount", "0", "--reason", " ", "--format", "json");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).startsWith("""
                error: VALIDATION_FAILED: Invalid input
                  amountKopecks: must not be zero
                  reason: is required
                """);
        assertThat(zero.errorJson().get("errors").findValuesAsText("code")).containsExactly("ZERO", "REQUIRED");
        CliRun admin = t.run("balance", "adjust", "1", "--amount", "100", "--reason", "x");
        assertThat(admin.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(admin.err()).isEqualTo("error: NOT_FOUND: Client 1 not found\n");
        CliRun unknown = t.run("balance", "adjust", "99", "--amount", "100", "--reason", "x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Client 99 not found\n");
        CliRun none = t.run("balance", "adjust", "0", "--amount", "100", "--reason", "x");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(none.err()).isEqualTo("error: NOT_FOUND: Account 0 not found\n");
        CliRun missing = t.run("balance", "adjust", "2", "--amount", "100");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("error: USAGE_ERROR: Missing required option: '--reason=TEXT'\n");
        CliRun notANumber = t.run("balance", "adjust", "2", "--amount", "1.50", "--reason", "x");
        assertThat(notANumber.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notANumber.err()).startsWith("error: USAGE_ERROR: Invalid value for option '--amount': '1.50' is not a long");

        assertThat(balance()).isEqualTo(Money.kopecks(17_500));
    }

    @Test
    void showRefusals() {
        CliRun unknown = t.run("balance", "show", "99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Account 99 not found\n");
        CliRun none = t.run("balance", "show", "-3", "--format", "json");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(none.errorJson().get("code").asText()).isEqualTo("NOT_FOUND");
        CliRun format = t.run("balance", "show", "2", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).startsWith("error: USAGE_ERROR: Invalid value for option '--format': ");
    }

    @Test
    void staffShowBalancesOnlyAdministratorsAdjustThem() {
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");
        t.memory.signedIn(Role.POINT_MANAGER, "pam@example.com");
        ok("balance", "adjust", "2", "--amount", "100", "--reason", "welcome");

        assertThat(as("sam@example.com", "balance", "show", "2").out()).startsWith("account 2: balance 1.00 RUB\n");
        assertThat(as("sue@example.com", "balance", "show", "2", "--format", "json").exitCode()).isZero();
        CliRun adjust = as("sam@example.com", "balance", "adjust", "2", "--amount", "100", "--reason", "x");
        assertThat(adjust.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(adjust.err()).startsWith("error: FORBIDDEN: ");
        assertThat(as("pam@example.com", "balance", "show", "2").exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(as("ivan@example.com", "balance", "show", "2").exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(as("ivan@example.com", "balance", "adjust", "2", "--amount", "100", "--reason", "x").exitCode())
                .isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(as("nobody@example.com", "balance", "show", "2").exitCode()).isEqualTo(ExitCodes.UNAUTHENTICATED);

        assertThat(balance()).isEqualTo(Money.kopecks(100));
    }
}
