package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Email;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who the CLI acts as: --as, else ORDERCORE_CLI_AS; nobody named is a usage error before anything is done. */
class IdentityTest {

    /** A valid command line for every command, so each can be run without an account. */
    private static final Map<String, List<String>> SAMPLES = new LinkedHashMap<>();

    static {
        sample("catalog tree", "");
        sample("catalog category create", "X");
        sample("catalog category rename", "1 X");
        sample("catalog category list", "");
        for (String level : List.of("category", "call-type", "example")) {
            sample("catalog " + level + " freeze", "1");
            sample("catalog " + level + " unfreeze", "1");
            sample("catalog " + level + " delete", "1");
        }
        sample("catalog call-type create", "--category 1 --name X --price 1");
        sample("catalog call-type update", "1 --name X");
        sample("catalog call-type list", "");
        sample("catalog example create", "--call-type 1 --title X");
        sample("catalog example list", "");
        sample("catalog talent create", "X");
        sample("catalog talent list", "");
        sample("catalog talent delete", "1");
        sample("catalog priority set", "1");
        sample("catalog priority show", "");
        sample("orders list", "");
        sample("orders show", "1");
        sample("orders set-status", "1 CANCELLED --reason x");
        sample("orders set-window", "1 --date 2026-11-26 --from 10:00 --to 11:00");
        sample("orders delete", "1");
        sample("users create", "--email bob@example.com --role CLIENT --point 1");
        sample("users list", "");
        sample("users show", "1");
        sample("users lock", "1");
        sample("users unlock", "1");
        sample("users set-role", "1 ADMIN");
        sample("points create", "--name X --address Y --contacts Z");
        sample("points update", "1 --name X");
        sample("points list", "");
        sample("points show", "1");
        sample("points assign-manager", "1 2");
        sample("audit list", "");
        sample("notifications list", "");
        sample("notifications retry", "1");
        sample("coupons generate", "--percent 4 --count 1 --comment x");
        sample("coupons groups", "");
        sample("coupons list", "");
        sample("coupons delete", "--group 1");
        sample("coupons send", "ABCD --to bob@example.com");
        sample("coupons super create", "--percent 5");
        sample("coupons repeat-percent show", "");
        sample("coupons repeat-percent set", "15");
        sample("operators add", "--email olga@example.com --gender FEMALE --tariff 50000");
        sample("operators update", "2 --capacity 2");
        sample("operators list", "");
        sample("operators show", "2");
        sample("operators pause", "2");
        sample("operators resume", "2");
        sample("operators freeze", "2");
        sample("dispatch explain", "1");
        sample("dispatch assign", "1 --operator 2");
        sample("dispatch remove-operator", "1 --penalty");
        sample("dispatch cancel-refusal", "1 --operator 2");
        sample("dispatch awaiting", "");
        sample("dispatch run", "");
        sample("reviews list", "");
        sample("reviews approve", "1 2");
        sample("reviews reject", "1");
        sample("payouts list", "");
        sample("payouts set-status", "1 TRANSFERRED");
        sample("payments list", "--kind OFFLINE --min 0 --max 100");
        sample("payments log", "--verdict ACCEPTED");
        sample("payments mark-offline", "1 --amount 100 --reference r");
        sample("balance show", "2");
        sample("balance adjust", "2 --amount -100 --reason r");
        sample("partners list", "");
        sample("partners enrol", "--email pat@example.com --commission-percent 20");
        sample("partners show", "2");
        sample("partners set-commission", "2 --default");
        sample("partners default-commission", "--set 20");
        sample("partners stats", "2 --from 2026-11-01");
        sample("partners banners list", "");
        sample("partners banners add", "--size 120x600 --image-url https://cdn.example/a.png --title A");
        sample("partners banners delete", "1");
        sample("check integrity", "");
    }

    private static void sample(String path, String rest) {
        List<String> args = new ArrayList<>(List.of(path.split(" ")));
        if (!rest.isEmpty()) {
            args.addAll(List.of(rest.split(" ")));
        }
        SAMPLES.put(path, args);
    }

    private final TestCore t = new TestCore();

    @Test
    void everyCommandHasASample() {
        List<String> leaves = new ArrayList<>();
        HelpAndUsageTest.everyCommand().forEach(path -> {
            if (HelpAndUsageTest.everyCommand().noneMatch(other -> other.startsWith(path + " "))) {
                leaves.add(path);
            }
        });
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(leaves);
    }

    static Stream<Arguments> samples() {
        return SAMPLES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void withoutAnAccountEveryCommandIsAUsageErrorAndTheCoreStaysClosed(String path, List<String> args) {
        CliRun run = CliRun.run(untouchable(), CliRun.NOBODY, args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                error: USAGE_ERROR: name the account to act as: --as EMAIL or ORDERCORE_CLI_AS
                Try 'ordercore %s --help' for more information.
                """.formatted(path));
    }

    @Test
    void withoutAnAccountNothingChangesAndNothingIsAudited() {
        t.withCallType().place();
        int audited = t.memory.audit.all().size();

        assertThat(t.run(CliRun.NOBODY, "orders", "set-status", "1", "cancelled", "--reason", "x").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(t.run(CliRun.NOBODY, "users", "create", "--email", "bob@example.com", "--role", "CLIENT", "--point", "1")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, "  "), ""), "catalog", "category", "create", "X")
                .exitCode()).isEqualTo(ExitCodes.USAGE);

        assertThat(t.core().findOrders().get(t.admin(), new OrderId(1)).status()).isEqualTo(OrderStatus.UNPAID);
        assertThat(t.memory.accounts.findByEmail(Email.of("bob@example.com"))).isEmpty();
        assertThat(t.core().manageCatalog().fullCatalog(t.admin())).hasSize(1);
        assertThat(t.memory.audit.all()).hasSize(audited);
    }

    @Test
    void theEnvironmentVariableNamesTheAccountAndTheAuditNamesIt() {
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");

        CliRun run = t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, "Sue@Example.com"), ""),
                "points", "create", "--name", "North", "--address", "Tver", "--contacts", "+7 482 000-00-00");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2\n");
        AuditEntry entry = last();
        assertThat(entry.action()).isEqualTo("point.create");
        assertThat(entry.target()).isEqualTo("point:2");
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        assertThat(entry.actor().label()).isEqualTo("sue@example.com");
        assertThat(entry.actor().role()).contains(Role.SUPERVISOR);
        assertThat(entry.impersonator()).isEmpty();
    }

    @Test
    void theAsOptionWinsOverTheEnvironment() {
        t.memory.signedIn(Role.CLIENT, "carl@example.com");
        AccountId admin = t.admin().id();

        CliRun run = t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, "carl@example.com"), ""),
                "--as", CliRun.ADMIN, "catalog", "category", "create", "Birthdays");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(last().actor().label()).isEqualTo(CliRun.ADMIN);
        assertThat(last().actor().account()).contains(admin);
        assertThat(t.run(CliRun.NOBODY, "--as", CliRun.ADMIN, "catalog", "category", "list").exitCode()).isZero();
    }

    @Test
    void everyChangeMadeThroughTheCliIsAuditedUnderTheAccountActedAs() {
        t.memory.signedIn(Role.ADMIN, "root@example.com");
        int before = t.memory.audit.all().size();
        String[][] changes = {
            {"catalog", "category", "create", "Birthdays"},
            {"catalog", "call-type", "create", "--category", "1", "--name", "Greeting", "--price", "100"},
            {"users", "create", "--email", "bob@example.com", "--role", "CLIENT", "--point", "1"},
            {"users", "set-role", "bob@example.com", "OPERATOR"},
            {"users", "lock", "bob@example.com"},
            {"users", "unlock", "bob@example.com"},
            {"points", "create", "--name", "North", "--address", "Tver", "--contacts", "+7"},
            {"points", "update", "2", "--name", "North-West"},
            {"points", "assign-manager", "2", "bob@example.com"},
        };
        for (String[] change : changes) {
            List<String> args = new ArrayList<>(List.of("--as", "root@example.com"));
            args.addAll(List.of(change));
            CliRun run = t.run(CliRun.NOBODY, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", change) + ": " + run.err()).isZero();
        }

        List<AuditEntry> entries = t.memory.audit.all().subList(before, t.memory.audit.all().size());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("catalog.category.create",
                "catalog.call-type.create", "account.create", "account.role.set", "account.block", "account.unblock",
                "point.create", "point.update", "point.assign-manager");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor().label()).isEqualTo("root@example.com");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }

    @Test
    void aHostRunningTheSameCommandLineTwiceDoesNotKeepTheAccountOfTheFirstRun() {
        t.admin();
        picocli.CommandLine cli = OrdercoreCli.create(() -> t.memory.core, CliRun.NOBODY);

        CliRun named = CliRun.run(cli, "--as", CliRun.ADMIN, "users", "list");
        CliRun unnamed = CliRun.run(cli, "users", "list");

        assertThat(named.exitCode()).isZero();
        assertThat(unnamed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unnamed.err()).startsWith("error: USAGE_ERROR: name the account to act as");
    }

    @Test
    void anUnknownAccountIsUnauthenticated() {
        CliRun run = t.run("--as", "nobody@example.com", "users", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNAUTHENTICATED).isEqualTo(6);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: INVALID_CREDENTIALS: No account with the e-mail nobody@example.com\n");
        assertThat(t.run("--as", "not-an-email", "users", "list").exitCode()).isEqualTo(ExitCodes.UNAUTHENTICATED);
    }

    @Test
    void aBlockedAccountIsUnauthenticated() {
        t.memory.signedIn(Role.ADMIN, "root@example.com");
        assertThat(t.run("users", "lock", "root@example.com").exitCode()).isZero();

        CliRun run = t.run("--as", "root@example.com", "users", "list", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNAUTHENTICATED);
        assertThat(run.errorJson().get("code").asText()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(run.err()).startsWith("error: INVALID_CREDENTIALS: The account root@example.com is blocked\n");
    }

    @Test
    void aClientIsForbiddenAndTheRefusalIsAudited() {
        t.memory.signedIn(Role.CLIENT, "carl@example.com");

        CliRun list = t.run("--as", "carl@example.com", "users", "list");
        CliRun create = t.run("--as", "carl@example.com", "catalog", "category", "create", "Birthdays", "--format", "json");

        assertThat(list.exitCode()).isEqualTo(ExitCodes.FORBIDDEN).isEqualTo(7);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).isEqualTo("error: FORBIDDEN: This needs the role one of [ADMIN, SUPERVISOR, SITE_MANAGER,"
                + " POINT_MANAGER]; you are CLIENT\n");
        assertThat(create.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(create.errorJson().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(last().actor().label()).isEqualTo("carl@example.com");
        assertThat(last().outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
        assertThat(last().errorCode()).contains("FORBIDDEN");
        assertThat(t.core().manageCatalog().fullCatalog(t.admin())).isEmpty();
    }

    @Test
    void onlyAdministratorsReadTheAuditAndTheOutbox() {
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");

        for (String group : List.of("audit", "notifications")) {
            CliRun run = t.run("--as", "sue@example.com", group, "list");
            assertThat(run.exitCode()).as(group).isEqualTo(ExitCodes.FORBIDDEN);
            assertThat(run.err()).as(group).isEqualTo("error: FORBIDDEN: This needs the role ADMIN; you are SUPERVISOR\n");
        }
    }

    @Test
    void helpNeverResolvesTheAccountEvenWhenOneIsNamed() {
        HelpAndUsageTest.everyCommand().forEach(path -> {
            List<String> args = new ArrayList<>(List.of("--as", "nobody@example.com"));
            args.addAll(List.of(path.split(" ")));
            args.add("--help");
            CliRun run = CliRun.run(untouchable(), CliRun.NOBODY, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(path).isZero();
            assertThat(run.out()).as(path).startsWith("Usage: ordercore " + path + " ");
        });
    }

    private AuditEntry last() {
        List<AuditEntry> all = t.memory.audit.all();
        return all.get(all.size() - 1);
    }
}
