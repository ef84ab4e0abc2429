package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.shared.Email;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seeding the first administrator: no account to act as, the password on standard input, once only. */
class FirstAdminTest {

    private static final String PASSWORD = "Seed-me carefully 42";

    private final TestCore t = new TestCore();

    private static CliEnvironment stdin(String text) {
        return CliRun.environment(Map.of(), text);
    }

    private CliRun seed(String email, String stdin) {
        return t.run(stdin(stdin), "users", "create", "--role", "admin", "--email", email, "--name", "Root",
                "--password-stdin");
    }

    @Test
    void theFirstAdministratorIsSeededFromStandardInput() {
        CliRun run = seed("Root@Example.com", PASSWORD + "\n");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("1\n");
        assertThat(run.err()).isEmpty();
        AuditEntry seeded = t.memory.audit.all().get(0);
        assertThat(seeded.action()).isEqualTo("account.create-first-admin");
        assertThat(seeded.actor().label()).isEqualTo("system:first-admin");
        assertThat(seeded.target()).isEqualTo("account:1");
        AccountView root = t.core().signIn().signIn("root@example.com", PASSWORD);
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(root.name()).isEqualTo("Root");
        assertThat(t.run("--as", "root@example.com", "users", "list").exitCode()).isZero();
    }

    @Test
    void aSecondSeedingIsRefusedWithAdminExists() {
        seed("root@example.com", PASSWORD + "\n");

        CliRun again = seed("other@example.com", "Second pass phrase 7\n");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONFLICT).isEqualTo(4);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo(
                "error: ADMIN_EXISTS: An administrator exists already; sign in as them to create accounts\n");
        assertThat(again.err()).doesNotContain("Second pass phrase");
        assertThat(t.memory.accounts.findByEmail(Email.of("other@example.com"))).isEmpty();
    }

    @Test
    void thePasswordIsNeverPrintedNorStored() {
        CliRun run = t.run(stdin(PASSWORD + "\r\n"), "users", "create", "--role", "ADMIN", "--email", "root@example.com",
                "--password-stdin", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD).doesNotContain("test$");
        assertThat(run.json().has("password")).isFalse();
        assertThat(run.json().get("name").asText()).isEqualTo("root");
        assertThat(t.memory.audit.all().toString()).doesNotContain(PASSWORD);
        assertThat(t.core().signIn().signIn("root@example.com", PASSWORD).email().value()).isEqualTo("root@example.com");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheReasonButNotEchoed() {
        CliRun run = seed("root@example.com", "password\n");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: VALIDATION_FAILED: Invalid input\n  password: ");
        assertThat(run.err().replace("password:", "")).doesNotContain("password\n");
        assertThat(t.memory.accounts.findByEmail(Email.of("root@example.com"))).isEmpty();
    }

    @Test
    void nothingOnStandardInputIsInvalid() {
        for (String empty : List.of("", "\n")) {
            CliRun run = seed("root@example.com", empty);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).isEqualTo("""
                    error: VALIDATION_FAILED: Invalid input
                      password: nothing on standard input: give the password on one line
                    """);
        }
    }

    @Test
    void seedingNeedsPasswordStdinAndNoPointOrLanguageAndIsCheckedWithoutTheCore() {
        CliRun noStdin = CliRun.run(untouchable(), CliRun.NOBODY, "users", "create", "--role", "ADMIN", "--email", "r@example.com");
        CliRun point = CliRun.run(untouchable(), CliRun.NOBODY, "users", "create", "--role", "ADMIN", "--email", "r@example.com",
                "--password-stdin", "--point", "1");

        assertThat(noStdin.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noStdin.err()).startsWith("error: USAGE_ERROR: the first administrator needs a password: give it on"
                + " standard input with --password-stdin\n");
        assertThat(point.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(point.err()).startsWith("error: USAGE_ERROR: --point and --language cannot be used for the first administrator\n");
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        CliRun run = CliRun.run(untouchable(), CliRun.NOBODY, "users", "create", "--role", "ADMIN", "--email", "r@example.com",
                "--password", PASSWORD);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: USAGE_ERROR: Unknown options: '--password'");
    }

    @Test
    void otherRolesNeedAnAccountToActAs() {
        CliRun run = t.run(stdin(PASSWORD + "\n"), "users", "create", "--role", "SUPERVISOR", "--email", "sue@example.com",
                "--password-stdin");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: USAGE_ERROR: name the account to act as: --as EMAIL or ORDERCORE_CLI_AS\n");
    }

    @Test
    void withAnAccountToActAsAnAdministratorIsAnOrdinaryAuditedCreation() {
        t.admin();

        CliRun run = t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, CliRun.ADMIN), PASSWORD + "\n"),
                "users", "create", "--role", "ADMIN", "--email", "second@example.com", "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2\n");
        assertThat(run.err()).isEmpty();
        AuditEntry entry = t.memory.audit.all().get(t.memory.audit.all().size() - 1);
        assertThat(entry.action()).isEqualTo("account.create");
        assertThat(entry.actor().label()).isEqualTo(CliRun.ADMIN);
        assertThat(t.core().signIn().signIn("second@example.com", PASSWORD).role()).isEqualTo(Role.ADMIN);
    }
}
