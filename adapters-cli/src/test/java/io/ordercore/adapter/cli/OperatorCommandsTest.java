package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.operator.OperatorState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorCommandsTest {

    private final TestCore t = new TestCore();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private CliRun as(String email, String... args) {
        return t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, email), ""), args);
    }

    /** Account 2 olga, an OPERATOR opened through 'users create'; talents 1 and 2. */
    private void olgaAccount() {
        ok("users", "create", "--email", "olga@example.com", "--role", "OPERATOR", "--name", "Olga");
        ok("catalog", "talent", "create", "Deep voice");
        ok("catalog", "talent", "create", "Singing");
    }

    @Test
    void addPrintsTheIdAndShowPrintsTheProfile() {
        olgaAccount();

        assertThat(ok("operators", "add", "--email", "Olga@Example.com", "--gender", "female", "--talent", "2",
                "--talent", "1", "--tariff", "50000", "--capacity", "2", "--hours", "09:00-18:00").out()).isEqualTo("2\n");

        assertThat(ok("operators", "show", "2").out()).isEqualTo("""
                id             2
                email          olga@example.com
                name           Olga
                gender         FEMALE
                talents        1 2
                tariff         500.00 RUB
                rating         0
                state          ACTIVE
                capacity       2
                working hours  09:00-18:00 MSK
                active orders  0
                """);
        JsonNode json = ok("operators", "show", "2", "--format", "json").json();
        assertThat(json.get("id").asLong()).isEqualTo(2);
        assertThat(json.get("email").asText()).isEqualTo("olga@example.com");
        assertThat(json.get("gender").asText()).isEqualTo("FEMALE");
        assertThat(json.get("talentIds").toString()).isEqualTo("[1,2]");
        assertThat(json.get("tariff").toString()).isEqualTo("{\"amount\":\"500.00\",\"currency\":\"RUB\"}");
        assertThat(json.get("rating").asInt()).isZero();
        assertThat(json.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(json.get("capacity").asInt()).isEqualTo(2);
        assertThat(json.get("workingHours").asText()).isEqualTo("09:00-18:00");
        assertThat(json.get("activeOrders").asInt()).isZero();
    }

    @Test
    void addRefusals() {
        olgaAccount();
        ok("users", "create", "--email", "bob@example.com", "--role", "CLIENT", "--point", "1");

        CliRun client = t.run("operators", "add", "--email", "bob@example.com", "--gender", "MALE", "--tariff", "1");
        assertThat(client.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(client.err()).isEqualTo("error: NOT_AN_OPERATOR: bob@example.com has the role CLIENT, not OPERATOR\n");

        ok("operators", "add", "--email", "olga@example.com", "--gender", "FEMALE", "--tariff", "0");
        CliRun twice = t.run("operators", "add", "--email", "olga@example.com", "--gender", "FEMALE", "--tariff", "0");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(twice.err()).startsWith("error: OPERATOR_EXISTS: ");

        CliRun invalid = t.run("operators", "add", "--email", "nobody@example.com", "--gender", "other", "--talent", "9",
                "--tariff", "-1", "--hours", "18:00-09:00", "--format", "json");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.errorJson().get("errors").findValuesAsText("field"))
                .containsExactly("email", "gender", "talentIds", "tariffKopecks", "workingHours");
        assertThat(invalid.errorJson().get("errors").findValuesAsText("code"))
                .containsExactly("UNKNOWN_ACCOUNT", "INVALID_CHOICE", "UNKNOWN_TALENT", "NEGATIVE", "INVALID_WORKING_HOURS");
        assertThat(t.memory.operators.find(new AccountId(3))).isEmpty();
    }

    @Test
    void updateKeepsWhatIsNotTyped() {
        olgaAccount();
        ok("operators", "add", "--email", "olga@example.com", "--gender", "FEMALE", "--talent", "1", "--tariff", "50000",
                "--hours", "09:00-18:00");

        assertThat(ok("operators", "update", "2", "--capacity", "3").out()).isEqualTo("2\n");
        JsonNode kept = ok("operators", "show", "2", "--format", "json").json();
        assertThat(kept.get("capacity").asInt()).isEqualTo(3);
        assertThat(kept.get("talentIds").toString()).isEqualTo("[1]");
        assertThat(kept.get("workingHours").asText()).isEqualTo("09:00-18:00");
        assertThat(kept.get("tariff").get("amount").asText()).isEqualTo("500.00");

        JsonNode cleared = ok("operators", "update", "2", "--no-talents", "--hours", "", "--gender", "male", "--tariff",
                "70000", "--format", "json").json();
        assertThat(cleared.get("talentIds")).isEmpty();
        assertThat(cleared.get("workingHours").isNull()).isTrue();
        assertThat(cleared.get("gender").asText()).isEqualTo("MALE");
        assertThat(cleared.get("tariff").get("amount").asText()).isEqualTo("700.00");
        assertThat(cleared.get("capacity").asInt()).isEqualTo(3);

        CliRun refused = t.run("operators", "update", "2", "--capacity", "101");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  capacity: must be 1..100
                """);
    }

    @Test
    void listInEveryFormatWithAStateFilterAndPages() {
        t.operator("olga@example.com", "FEMALE");
        t.operator("petr@example.com", "MALE");
        ok("operators", "pause", "3");

        assertThat(ok("operators", "list").out()).isEqualTo("""
                ID  EMAIL             NAME  GENDER  TALENTS  TARIFF      RATING  STATE   CAPACITY  HOURS (MSK)  ACTIVE
                2   olga@example.com  olga  FEMALE  -        500.00 RUB  0       ACTIVE  1         -            0
                3   petr@example.com  petr  MALE    -        500.00 RUB  0       PAUSED  1         -            0
                """);
        assertThat(ok("operators", "list", "--state", "paused", "--format", "json").json().get("items")
                .findValuesAsText("email")).containsExactly("petr@example.com");
        CliRun csv = ok("operators", "list", "--format", "csv");
        assertThat(csv.csvHeader()).containsExactly("id", "email", "name", "gender", "talentIds", "tariff", "currency",
                "rating", "state", "capacity", "workingHours", "activeOrders");
        assertThat(csv.out()).contains("\r\n2,olga@example.com,olga,FEMALE,,500.00,RUB,0,ACTIVE,1,,0\r\n");

        CliRun first = ok("operators", "list", "--limit", "1", "--format", "json");
        assertThat(first.json().get("nextAfter").asLong()).isEqualTo(2);
        assertThat(ok("operators", "list", "--after", "2", "--format", "json").json().get("items")
                .findValuesAsText("id")).containsExactly("3");
        assertThat(ok("operators", "list", "--limit", "1").err())
                .isEqualTo("more operators may follow: repeat with --after 2\n");

        CliRun refused = t.run("operators", "list", "--state", "busy", "--after", "0", "--limit", "0");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  state: must be one of ACTIVE, PAUSED, FROZEN
                  after: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
    }

    @Test
    void pauseResumeAndFreezeSetTheState() {
        t.operator("olga@example.com", "FEMALE");

        assertThat(ok("operators", "pause", "2").out()).isEqualTo("operator 2 (olga@example.com): PAUSED\n");
        assertThat(ok("operators", "freeze", "2").out()).isEqualTo("operator 2 (olga@example.com): FROZEN\n");
        assertThat(t.memory.operators.find(new AccountId(2)).orElseThrow().state()).isEqualTo(OperatorState.FROZEN);
        assertThat(ok("operators", "resume", "2", "--format", "json").json().get("state").asText()).isEqualTo("ACTIVE");
        assertThat(t.memory.audit.all()).extracting(e -> e.action())
                .contains("operator.paused", "operator.frozen", "operator.active");
    }

    @Test
    void unknownOperatorsAreNotFound() {
        for (String id : new String[] {"99", "0"}) {
            CliRun run = t.run("operators", "show", id);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run.err()).isEqualTo("error: NOT_FOUND: Operator " + id + " not found\n");
        }
        assertThat(t.run("operators", "freeze", "99").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(t.run("operators", "update", "99", "--capacity", "2").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void supervisorsMayReadButNotChange() {
        t.operator("olga@example.com", "FEMALE");
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");

        assertThat(as("sue@example.com", "operators", "list").exitCode()).isZero();
        assertThat(as("sue@example.com", "operators", "show", "2").exitCode()).isZero();
        CliRun pause = as("sue@example.com", "operators", "pause", "2");
        assertThat(pause.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(pause.err()).startsWith("error: FORBIDDEN: ");
        assertThat(t.memory.operators.find(new AccountId(2)).orElseThrow().state()).isEqualTo(OperatorState.ACTIVE);
    }
}
