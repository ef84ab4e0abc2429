package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.out.IntegrityChecks;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrityCommandTest {

    private static final LedgerAccount IVAN = LedgerAccount.clientPoints(new AccountId(2));

    private final TestCore t = new TestCore();

    /** Client 2 ivan placed orders 1 and 2; order 1 is paid through the gateway, 50.00 are adjusted onto the balance. */
    @BeforeEach
    void money() {
        t.withCallType();
        t.place();
        t.place();
        t.core().gatewayCalls().handle(FakeGateway.NAME,
                FakeGateway.call("PAYMENT", "ext-1", "ORDER-1", "", "1500.00", "RUB", false));
        ok("balance", "adjust", "2", "--amount", "5000", "--reason", "welcome");
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void consistentMoneyIsExitZeroInEveryFormat() {
        CliRun table = ok("check", "integrity");
        assertThat(table.out()).isEqualTo("""
                balances    OK
                movements   OK
                paidOrders  OK
                payments    OK
                statuses    OK

                consistent: all 5 checks OK
                """);
        assertThat(table.err()).isEmpty();
        CliRun json = ok("check", "integrity", "--format", "json");
        assertThat(json.json().toString()).isEqualTo("{\"consistent\":true,\"findings\":{\"balances\":[],\"movements\":[],"
                + "\"paidOrders\":[],\"payments\":[],\"statuses\":[]}}");
        assertThat(json.err()).isEmpty();
    }

    /** Problems planted behind the core's back, through the in-memory stores' back doors. */
    private void plantProblems() {
        t.memory.ledger.tamperBalance(IVAN, Money.kopecks(1));
        t.memory.payments.record(new Payment(99, new OrderId(2), Optional.of(new AccountId(2)), PaymentKind.OFFLINE,
                Optional.empty(), Optional.empty(), Money.kopecks(150_000), Optional.of("planted"), t.clock.instant()));
    }

    @Test
    void findingsAreListedPerCheckAndExitFour() {
        plantProblems();

        CliRun run = t.run("check", "integrity");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT).isEqualTo(4);
        assertThat(run.out()).isEqualTo("""
                balances    1 problem
                movements   OK
                paidOrders  OK
                payments    1 problem
                statuses    1 problem

                balances:
                  client:2: balance 0.01 but entries sum to 125.00

                payments:
                  payment 99 (OFFLINE 1500.00) has no ledger movement

                statuses:
                  order 2 is UNPAID but its payments cover its total (1500.00 of 1500.00)
                """);
        assertThat(run.err()).isEqualTo("error: INTEGRITY_FINDINGS: 3 problems found by 3 of 5 checks\n");
    }

    @Test
    void findingsInJsonGoToStdoutAndTheErrorToStderr() {
        plantProblems();
        t.memory.ledger.tamperEntry("bonus:1", IVAN, Money.kopecks(1));

        CliRun run = t.run("check", "integrity", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(run.json().toString()).isEqualTo("{\"consistent\":false,\"findings\":{"
                + "\"balances\":[\"client:2: balance 0.01 but entries sum to 125.01\"],"
                + "\"movements\":[\"movement bonus:1: 3 entries, not 2, summing to 0.01\"],"
                + "\"paidOrders\":[],"
                + "\"payments\":[\"payment 99 (OFFLINE 1500.00) has no ledger movement\"],"
                + "\"statuses\":[\"order 2 is UNPAID but its payments cover its total (1500.00 of 1500.00)\"]}}");
        assertThat(run.errorJson().toString()).isEqualTo("{\"code\":\"INTEGRITY_FINDINGS\","
                + "\"message\":\"4 problems found by 4 of 5 checks\",\"errors\":[]}");
    }

    /** What the SQL checks would report; stands in for problems the in-memory stores cannot hold (a PAID order unpaid). */
    private static final class Reported implements IntegrityChecks {
        @Override
        public List<String> balancesNotMatchingEntries() {
            return List.of();
        }

        @Override
        public List<String> unbalancedMovements() {
            return List.of();
        }

        @Override
        public List<String> paidOrdersNotCovered() {
            return List.of("order 7 is PAID but its payments cover 0.00 of 1500.00",
                    "order 8 is COMPLETED but its payments cover 100.00 of 1500.00\nsee ticket 12");
        }

        @Override
        public List<String> paymentsWithoutEntries() {
            return List.of();
        }

        @Override
        public List<String> statusesContradictingPayments() {
            return List.of();
        }
    }

    @Test
    void everyFindingTheCoreReportsIsPrintedOnOneLine() {
        t.admin();
        var core = t.withIntegrity(new Reported());

        CliRun run = CliRun.run(() -> core, "check", "integrity");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(run.out()).isEqualTo("""
                balances    OK
                movements   OK
                paidOrders  2 problems
                payments    OK
                statuses    OK

                paidOrders:
                  order 7 is PAID but its payments cover 0.00 of 1500.00
                  order 8 is COMPLETED but its payments cover 100.00 of 1500.00\\nsee ticket 12
                """);
        assertThat(run.err()).isEqualTo("error: INTEGRITY_FINDINGS: 2 problems found by 1 of 5 checks\n");
        assertThat(CliRun.run(() -> core, "check", "integrity", "--format", "json").json().get("findings").get("paidOrders")
                .get(1).asText()).isEqualTo("order 8 is COMPLETED but its payments cover 100.00 of 1500.00\nsee ticket 12");
    }

    @Test
    void onlyAdministratorsRunIt() {
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");

        for (String staff : new String[] {"sam@example.com", "sue@example.com", "ivan@example.com"}) {
            CliRun run = t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, staff), ""), "check", "integrity",
                    "--format", "json");
            assertThat(run.exitCode()).as(staff).isEqualTo(ExitCodes.FORBIDDEN);
            assertThat(run.out()).as(staff).isEmpty();
            assertThat(run.errorJson().get("code").asText()).as(staff).isEqualTo("FORBIDDEN");
        }
        CliRun nobody = t.run(CliRun.NOBODY, "check", "integrity");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(t.run("check", "integrity", "--format", "csv").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
