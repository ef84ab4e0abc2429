package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.point.PointId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserCommandsTest {

    private static final String PASSWORD = "Bob's own pass phrase";

    private final TestCore t = new TestCore();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    /** Account 1 the administrator, 2 a supervisor, 3 Bob, a client of point 1. */
    private void fill() {
        t.admin();
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");
        ok("users", "create", "--email", "Bob@Example.com", "--role", "client", "--point", "1", "--name", "Bob",
                "--language", "en");
    }

    @Test
    void createPrintsTheIdAndSaysAPasswordWasGenerated() {
        t.admin();

        CliRun run = ok("users", "create", "--email", "Bob@Example.com", "--role", "CLIENT", "--point", "1");

        assertThat(run.out()).isEqualTo("2\n");
        assertThat(run.err()).isEqualTo("a generated password will be e-mailed to bob@example.com\n");
        OutboxMessage mail = t.memory.outbox.all().get(0);
        assertThat(mail.notification().type()).isEqualTo(NotificationType.ACCOUNT_CREATED);
        assertThat(mail.notification().recipient().value()).isEqualTo("bob@example.com");
        String generated = mail.notification().secretParams().get("password");
        assertThat(generated).isNotBlank();
        assertThat(run.out() + run.err()).doesNotContain(generated);
    }

    @Test
    void createInJsonIsTheAccountWithoutAnyPassword() {
        t.admin();

        CliRun run = t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, CliRun.ADMIN), PASSWORD + "\n"),
                "users", "create", "--email", "bob@example.com", "--role", "POINT_MANAGER", "--point", "1",
                "--name", "Bob", "--language", "EN", "--password-stdin", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(json.get("id").asLong()).isEqualTo(2);
        assertThat(json.get("email").asText()).isEqualTo("bob@example.com");
        assertThat(json.get("name").asText()).isEqualTo("Bob");
        assertThat(json.get("role").asText()).isEqualTo("POINT_MANAGER");
        assertThat(json.get("pointId").asLong()).isEqualTo(1);
        assertThat(json.get("blocked").asBoolean()).isFalse();
        assertThat(json.get("lockedUntil").isNull()).isTrue();
        assertThat(json.get("language").asText()).isEqualTo("EN");
        assertThat(json.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(run.out()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password").doesNotContain("hash")
                .doesNotContain("test$");
        assertThat(t.core().signIn().signIn("bob@example.com", PASSWORD).role()).isEqualTo(Role.POINT_MANAGER);
    }

    @Test
    void createListsEveryRefusedField() {
        CliRun run = t.run("users", "create", "--email", "bob", "--role", "boss", "--point", "9");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  email: must be an e-mail address like name@example.com
                  role: must be one of CLIENT, OPERATOR, POINT_MANAGER, SUPERVISOR, SITE_MANAGER, ADMIN, PARTNER
                  pointId: no point with this id
                """);
        CliRun noPoint = t.run("users", "create", "--email", "bob@example.com", "--role", "CLIENT");
        assertThat(noPoint.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  pointId: a CLIENT belongs to exactly one point
                """);
    }

    @Test
    void createOfATakenEmailIsAConflict() {
        fill();

        CliRun run = t.run("users", "create", "--email", "BOB@example.com", "--role", "OPERATOR");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(run.err()).startsWith("error: EMAIL_TAKEN: ");
    }

    @Test
    void listIsATableById() {
        fill();

        CliRun run = ok("users", "list");

        assertThat(run.out()).isEqualTo("""
                ID  EMAIL                 NAME        ROLE        POINT  BLOCKED  LANGUAGE  CREATED (UTC)
                1   admin@ordercore.test  admin       ADMIN       -      no       EN        2026-11-23T06:00:00Z
                2   sue@example.com       supervisor  SUPERVISOR  -      no       EN        2026-11-23T06:00:00Z
                3   bob@example.com       Bob         CLIENT      1      no       EN        2026-11-23T06:00:00Z
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listFiltersAndPages() {
        fill();
        PointId north = t.memory.newPoint("North");
        t.memory.signedIn(Role.CLIENT, "carl@example.com", north);

        assertThat(ok("users", "list", "--role", "client", "--format", "json").json().get("items").findValuesAsText("email"))
                .containsExactly("bob@example.com", "carl@example.com");
        assertThat(ok("users", "list", "--point", "2", "--format", "json").json().get("items").findValuesAsText("email"))
                .containsExactly("carl@example.com");
        assertThat(ok("users", "list", "--email-prefix", "S", "--format", "json").json().get("items").findValuesAsText("email"))
                .containsExactly("sue@example.com");

        JsonNode first = ok("users", "list", "--limit", "2", "--format", "json").json();
        assertThat(first.get("items").findValuesAsText("id")).containsExactly("1", "2");
        assertThat(first.get("nextAfter").asLong()).isEqualTo(2);
        JsonNode second = ok("users", "list", "--limit", "2", "--after", "2", "--format", "json").json();
        assertThat(second.get("items").findValuesAsText("id")).containsExactly("3", "4");
        JsonNode last = ok("users", "list", "--limit", "2", "--after", "4", "--format", "json").json();
        assertThat(last.get("items")).isEmpty();
        assertThat(last.get("nextAfter").isNull()).isTrue();

        CliRun table = ok("users", "list", "--limit", "2");
        assertThat(table.out().lines()).hasSize(3);
        assertThat(table.err()).isEqualTo("more accounts may follow: repeat with --after 2\n");
    }

    @Test
    void listInCsv() {
        fill();

        CliRun run = ok("users", "list", "--format", "csv", "--role", "CLIENT");

        assertThat(run.out()).isEqualTo("id,email,name,role,pointId,blocked,lockedUntil,language,createdAt\r\n"
                + "3,bob@example.com,Bob,CLIENT,1,false,,EN,2026-11-23T06:00:00Z\r\n");
    }

    @Test
    void listChecksEveryFilterBeforeOpeningTheCore() {
        CliRun run = CliRun.run(untouchable(), "users", "list", "--role", "boss", "--point", "0", "--after", "-1",
                "--limit", "1001");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  role: must be one of CLIENT, OPERATOR, POINT_MANAGER, SUPERVISOR, SITE_MANAGER, ADMIN, PARTNER
                  point: must be a positive whole number
                  after: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
    }

    @Test
    void aPointManagerListsOnlyTheirPoint() {
        fill();
        t.memory.signedIn(Role.POINT_MANAGER, "pam@example.com");
        t.memory.signedIn(Role.CLIENT, "carl@example.com", t.memory.newPoint("North"));

        CliRun run = ok("--as", "pam@example.com", "users", "list", "--format", "json");

        assertThat(run.json().get("items").findValuesAsText("email")).containsExactly("bob@example.com", "pam@example.com");
        assertThat(t.run("--as", "pam@example.com", "users", "show", "carl@example.com").exitCode())
                .isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void showByIdOrEmail() {
        fill();

        String expected = """
                id            3
                email         bob@example.com
                name          Bob
                role          CLIENT
                point         1
                blocked       no
                locked until  -
                language      EN
                created       2026-11-23T06:00:00Z
                """;
        assertThat(ok("users", "show", "3").out()).isEqualTo(expected);
        assertThat(ok("users", "show", "BOB@example.com").out()).isEqualTo(expected);
        assertThat(ok("users", "show", "3", "--format", "json").json().get("email").asText()).isEqualTo("bob@example.com");
    }

    @Test
    void showOfAnUnknownAccountIsNotFound() {
        fill();

        assertThat(t.run("users", "show", "99").err()).isEqualTo("error: NOT_FOUND: Account 99 not found\n");
        assertThat(t.run("users", "show", "0").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        CliRun byEmail = t.run("users", "show", "bo@example.com");
        assertThat(byEmail.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(byEmail.err()).isEqualTo("error: NOT_FOUND: Account bo@example.com not found\n");
    }

    @Test
    void anAccountIsAnIdOrAnEmail() {
        CliRun run = CliRun.run(untouchable(), "users", "lock", "bob");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  account: must be an account id or an e-mail address
                """);
    }

    @Test
    void lockAndUnlock() {
        fill();

        assertThat(ok("users", "lock", "bob@example.com").out()).isEqualTo("locked account 3 (bob@example.com)\n");
        assertThat(t.run("--as", "bob@example.com", "orders", "list").exitCode()).isEqualTo(ExitCodes.UNAUTHENTICATED);
        JsonNode locked = ok("users", "show", "3", "--format", "json").json();
        assertThat(locked.get("blocked").asBoolean()).isTrue();

        assertThat(ok("users", "unlock", "3").out()).isEqualTo("unlocked account 3 (bob@example.com)\n");
        assertThat(t.run("--as", "bob@example.com", "orders", "list").exitCode()).isZero();
        assertThat(ok("users", "lock", "3", "--format", "json").json().get("blocked").asBoolean()).isTrue();
        assertThat(ok("users", "unlock", "3", "--format", "json").json().get("blocked").asBoolean()).isFalse();
    }

    @Test
    void youCannotLockYourself() {
        CliRun run = t.run("users", "lock", CliRun.ADMIN);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(run.err()).isEqualTo("error: FORBIDDEN: You cannot block yourself\n");
    }

    @Test
    void onlyAdministratorsLock() {
        fill();

        CliRun run = t.run("--as", "sue@example.com", "users", "lock", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(run.err()).isEqualTo("error: FORBIDDEN: This needs the role ADMIN; you are SUPERVISOR\n");
        assertThat(ok("users", "show", "3", "--format", "json").json().get("blocked").asBoolean()).isFalse();
    }

    @Test
    void setRole() {
        fill();
        PointId north = t.memory.newPoint("North");

        assertThat(ok("users", "set-role", "bob@example.com", "point_manager", "--point", north.toString()).out())
                .isEqualTo("account 3 (bob@example.com): POINT_MANAGER at point 2\n");
        assertThat(ok("users", "set-role", "3", "OPERATOR").out()).isEqualTo("account 3 (bob@example.com): OPERATOR\n");
        JsonNode json = ok("users", "set-role", "3", "SITE_MANAGER", "--format", "json").json();
        assertThat(json.get("role").asText()).isEqualTo("SITE_MANAGER");
        assertThat(json.get("pointId").isNull()).isTrue();
    }

    @Test
    void setRoleRefusesAMissingPoint() {
        fill();

        CliRun run = t.run("users", "set-role", "2", "CLIENT");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: ");
        assertThat(ok("users", "show", "2", "--format", "json").json().get("role").asText()).isEqualTo("SUPERVISOR");
    }
}
