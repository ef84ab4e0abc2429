package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.OutboxMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationCommandsTest {

    private final TestCore t = new TestCore();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    /** Message 1 to Bob failed for good at 06:00; message 2 to Carl sent at 06:01; both carry a generated password. */
    private void fill() {
        ok("users", "create", "--email", "bob@example.com", "--role", "CLIENT", "--point", "1");
        ok("users", "create", "--email", "carl@example.com", "--role", "CLIENT", "--point", "1", "--language", "EN");
        t.memory.outbox.markFailed(1, "smtp down", Optional.empty());
        t.clock.advance(Duration.ofMinutes(1));
        assertThat(t.core().notifications().deliverDue(10).sent()).isEqualTo(1);
    }

    private List<String> secrets() {
        return t.memory.outbox.all().stream().map(m -> m.notification().secretParams().get("password"))
                .filter(p -> p != null).toList();
    }

    @Test
    void tableIsNewestFirst() {
        fill();

        CliRun run = ok("notifications", "list");

        assertThat(run.out()).isEqualTo("""
                ID  TYPE             RECIPIENT         STATUS  ATTEMPTS  CREATED (UTC)         NEXT ATTEMPT (UTC)    SENT (UTC)            LAST ERROR
                2   ACCOUNT_CREATED  carl@example.com  SENT    1         2026-11-23T06:00:00Z  2026-11-23T06:06:00Z  2026-11-23T06:01:00Z  -
                1   ACCOUNT_CREATED  bob@example.com   FAILED  1         2026-11-23T06:00:00Z  2026-11-23T06:00:00Z  -                     smtp down
                """);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonHasEveryFieldButNoSecret() {
        fill();

        CliRun run = ok("notifications", "list", "--format", "json");

        JsonNode json = run.json();
        assertThat(json.get("nextBefore").isNull()).isTrue();
        JsonNode failed = json.get("items").get(1);
        assertThat(failed.get("id").asLong()).isEqualTo(1);
        assertThat(failed.get("type").asText()).isEqualTo("ACCOUNT_CREATED");
        assertThat(failed.get("recipient").asText()).isEqualTo("bob@example.com");
        assertThat(failed.get("language").asText()).isEqualTo("RU");
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(failed.get("nextAttemptAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(failed.get("sentAt").isNull()).isTrue();
        assertThat(failed.get("lastError").asText()).isEqualTo("smtp down");
        assertThat(failed.get("params").toString())
                .isEqualTo("{\"email\":\"bob@example.com\",\"name\":\"bob\",\"passwordGenerated\":\"true\"}");
        JsonNode sent = json.get("items").get(0);
        assertThat(sent.get("sentAt").asText()).isEqualTo("2026-11-23T06:01:00Z");
        assertThat(sent.get("lastError").isNull()).isTrue();
        assertThat(sent.get("language").asText()).isEqualTo("EN");
    }

    @Test
    void noFormatShowsAGeneratedPassword() {
        ok("users", "create", "--email", "bob@example.com", "--role", "CLIENT", "--point", "1");
        assertThat(secrets()).hasSize(1);

        for (String format : List.of("table", "json", "csv")) {
            CliRun run = ok("notifications", "list", "--format", format);
            assertThat(run.out()).as(format).doesNotContain(secrets().get(0));
        }
    }

    @Test
    void csvHasTheItemFieldsButParams() {
        fill();

        assertThat(ok("notifications", "list", "--format", "csv", "--status", "failed").out()).isEqualTo(
                "id,type,recipient,language,status,attempts,createdAt,nextAttemptAt,sentAt,lastError\r\n"
                + "1,ACCOUNT_CREATED,bob@example.com,RU,FAILED,1,2026-11-23T06:00:00Z,2026-11-23T06:00:00Z,,smtp down\r\n");
    }

    @Test
    void filtersAndPages() {
        fill();

        assertThat(ids("--status", "SENT")).isEqualTo("[2]");
        assertThat(ids("--recipient", "Bob@Example.com")).isEqualTo("[1]");
        assertThat(ids("--before", "2")).isEqualTo("[1]");
        JsonNode page = ok("notifications", "list", "--limit", "1", "--format", "json").json();
        assertThat(page.get("items").findValuesAsText("id")).containsExactly("2");
        assertThat(page.get("nextBefore").asLong()).isEqualTo(2);
        assertThat(ok("notifications", "list", "--limit", "1").err())
                .isEqualTo("more messages may follow: repeat with --before 2\n");
    }

    @Test
    void filtersAreCheckedBeforeOpeningTheCore() {
        CliRun run = CliRun.run(untouchable(), "notifications", "list", "--status", "lost", "--before", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  status: must be one of PENDING, SENDING, SENT, FAILED
                  before: must be a positive whole number
                """);
    }

    @Test
    void retryQueuesAFailedMessageAgainAndIsAudited() {
        fill();

        assertThat(ok("notifications", "retry", "1").out()).isEqualTo("notification 1 queued again\n");

        OutboxMessage retried = t.memory.outbox.all().get(0);
        assertThat(retried.status()).isEqualTo(OutboxMessage.Status.PENDING);
        AuditEntry entry = t.memory.audit.all().get(t.memory.audit.all().size() - 1);
        assertThat(entry.action()).isEqualTo("notification.retry");
        assertThat(entry.target()).isEqualTo("notification:1");
        assertThat(entry.actor().label()).isEqualTo(CliRun.ADMIN);
    }

    @Test
    void retryInJson() {
        fill();

        JsonNode json = ok("notifications", "retry", "1", "--format", "json").json();

        assertThat(json.toString()).isEqualTo("{\"id\":1,\"retried\":true}");
    }

    @Test
    void onlyAFailedMessageCanBeRetried() {
        fill();

        CliRun sent = t.run("notifications", "retry", "2");
        CliRun unknown = t.run("notifications", "retry", "9", "--format", "json");

        assertThat(sent.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(sent.err()).isEqualTo("error: NOT_FOUND: Failed notification 2 not found\n");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.errorJson().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    private String ids(String... filter) {
        String[] args = new String[filter.length + 4];
        args[0] = "notifications";
        args[1] = "list";
        System.arraycopy(filter, 0, args, 2, filter.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "json";
        return ok(args).json().get("items").findValuesAsText("id").toString();
    }
}
