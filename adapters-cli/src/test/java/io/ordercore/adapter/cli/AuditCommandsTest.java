package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.AccessDeniedException;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManagePointsUseCase.PointForm;
import io.ordercore.domain.account.Role;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditCommandsTest {

    private final TestCore t = new TestCore();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    /** Entry 1: a category created at 06:00; entry 2: a refused lock at 06:01; both by the administrator. */
    private void fill() {
        ok("catalog", "category", "create", "Birthdays");
        t.clock.advance(Duration.ofMinutes(1));
        assertThat(t.run("users", "lock", CliRun.ADMIN).exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
    }

    @Test
    void tableIsNewestFirst() {
        fill();

        CliRun run = ok("audit", "list");

        assertThat(run.out()).isEqualTo("""
                ID  AT (UTC)              ACTOR                 ROLE   IMPERSONATOR  ACTION                   TARGET      OUTCOME  ERROR
                2   2026-11-23T06:01:00Z  admin@ordercore.test  ADMIN  -             account.block            account:1   REFUSED  FORBIDDEN
                1   2026-11-23T06:00:00Z  admin@ordercore.test  ADMIN  -             catalog.category.create  category:1  OK       -
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonHasEveryField() {
        fill();

        JsonNode json = ok("audit", "list", "--format", "json").json();

        assertThat(json.get("nextBefore").isNull()).isTrue();
        JsonNode refused = json.get("items").get(0);
        assertThat(refused.get("id").asLong()).isEqualTo(2);
        assertThat(refused.get("at").asText()).isEqualTo("2026-11-23T06:01:00Z");
        assertThat(refused.get("actor").get("label").asText()).isEqualTo(CliRun.ADMIN);
        assertThat(refused.get("actor").get("accountId").asLong()).isEqualTo(1);
        assertThat(refused.get("actor").get("role").asText()).isEqualTo("ADMIN");
        assertThat(refused.get("impersonator").isNull()).isTrue();
        assertThat(refused.get("action").asText()).isEqualTo("account.block");
        assertThat(refused.get("target").asText()).isEqualTo("account:1");
        assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("errorCode").asText()).isEqualTo("FORBIDDEN");
        JsonNode done = json.get("items").get(1);
        assertThat(done.get("outcome").asText()).isEqualTo("OK");
        assertThat(done.get("errorCode").isNull()).isTrue();
    }

    @Test
    void anImpersonatedActionNamesBoth() {
        Caller.SignedIn sue = t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");
        Caller.SignedIn pam = t.memory.signedIn(Role.POINT_MANAGER, "pam@example.com");
        Caller.SignedIn pamBySue = new Caller.SignedIn(pam.id(), pam.email(), pam.role(), pam.point(),
                Optional.of(new Caller.Impersonator(sue.id(), sue.email(), sue.role())));
        assertThatThrownBy(() -> t.core().managePoints().update(pamBySue, pam.point().orElseThrow(),
                new PointForm("Main", "Moscow", "+7", null))).isInstanceOf(AccessDeniedException.class);

        JsonNode entry = ok("audit", "list", "--format", "json").json().get("items").get(0);

        assertThat(entry.get("actor").get("label").asText()).isEqualTo("pam@example.com");
        assertThat(entry.get("actor").get("role").asText()).isEqualTo("POINT_MANAGER");
        assertThat(entry.get("impersonator").get("label").asText()).isEqualTo("sue@example.com");
        assertThat(entry.get("impersonator").get("accountId").asLong()).isEqualTo(sue.id().value());
        assertThat(entry.get("impersonator").get("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(entry.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(ok("audit", "list", "--actor", "sue@example.com", "--format", "json").json().get("items")).hasSize(1);
    }

    @Test
    void aSystemActorHasNoAccount() {
        CliRun seeded = t.run(CliRun.environment(Map.of(), "Seed pass phrase 99\n"), "users", "create", "--role", "ADMIN",
                "--email", "root@example.com", "--password-stdin");
        assertThat(seeded.exitCode()).as(seeded.err()).isZero();

        JsonNode entry = t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, "root@example.com"), ""),
                "audit", "list", "--format", "json").json().get("items").get(0);

        assertThat(entry.get("actor").get("label").asText()).isEqualTo("system:first-admin");
        assertThat(entry.get("actor").get("accountId").isNull()).isTrue();
        assertThat(entry.get("actor").get("role").isNull()).isTrue();
        assertThat(entry.get("action").asText()).isEqualTo("account.create-first-admin");
    }

    @Test
    void filters() {
        fill();
        t.memory.signedIn(Role.CLIENT, "carl@example.com");
        t.run("--as", "carl@example.com", "catalog", "category", "create", "Weddings");

        assertThat(ids("--actor", "Carl@Example.com")).isEqualTo("[3]");
        assertThat(ids("--target", "account:")).isEqualTo("[2]");
        assertThat(ids("--target", "category:1")).isEqualTo("[1]");
        assertThat(ids("--since", "2026-11-23T06:00:30Z")).isEqualTo("[3, 2]");
        assertThat(ids("--since", "2026-11-23")).isEqualTo("[3, 2, 1]");
        assertThat(ids("--since", "2026-11-24")).isEqualTo("[]");
        assertThat(ids("--before", "3")).isEqualTo("[2, 1]");
    }

    @Test
    void pages() {
        fill();

        JsonNode first = ok("audit", "list", "--limit", "1", "--format", "json").json();
        assertThat(first.get("items").findValuesAsText("id")).containsExactly("2");
        assertThat(first.get("nextBefore").asLong()).isEqualTo(2);
        JsonNode second = ok("audit", "list", "--limit", "1", "--before", "2", "--format", "json").json();
        assertThat(second.get("items").findValuesAsText("id")).containsExactly("1");

        CliRun table = ok("audit", "list", "--limit", "1");
        assertThat(table.out().lines()).hasSize(2);
        assertThat(table.err()).isEqualTo("more entries may follow: repeat with --before 2\n");
    }

    @Test
    void filtersAreCheckedBeforeOpeningTheCore() {
        CliRun run = CliRun.run(untouchable(), "audit", "list", "--since", "yesterday", "--before", "0", "--limit", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  since: must be a date YYYY-MM-DD (Moscow) or an ISO-8601 instant like 2026-11-23T10:00:00Z
                  before: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
        assertThat(CliRun.run(untouchable(), "audit", "list", "--format", "csv").err())
                .startsWith("error: USAGE_ERROR: Invalid value for option '--format': expected one of [TABLE, JSON]");
    }

    private String ids(String... filter) {
        String[] args = new String[filter.length + 4];
        args[0] = "audit";
        args[1] = "list";
        System.arraycopy(filter, 0, args, 2, filter.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "json";
        return ok(args).json().get("items").findValuesAsText("id").toString();
    }
}
