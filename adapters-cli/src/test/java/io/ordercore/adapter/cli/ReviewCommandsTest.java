package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.review.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewCommandsTest {

    private final TestCore t = new TestCore();

    /** Operator 2 olga completed orders 1 and 2 of client 3 ivan, who reviewed them: review 1 (+1), review 2 (-1). */
    @BeforeEach
    void twoReviews() {
        t.withCallType();
        t.operator("olga@example.com", "FEMALE");
        t.review(t.complete(t.placePaid()), "Lovely call", 1);
        t.review(t.complete(t.placePaid()), "=Too short\nand late", -1);
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private int rating() {
        return t.memory.operators.find(new AccountId(2)).orElseThrow().rating();
    }

    private ReviewStatus status(long review) {
        return t.memory.reviews.find(review).orElseThrow().status();
    }

    @Test
    void listInEveryFormat() {
        assertThat(ok("reviews", "list").out()).isEqualTo("""
                ID  ORDER  CLIENT  OPERATOR  ATTITUDE  STATUS   CREATED (UTC)         TEXT
                2   2      3       2         NEGATIVE  PENDING  2026-11-23T06:02:00Z  =Too short\\nand late
                1   1      3       2         POSITIVE  PENDING  2026-11-23T06:01:00Z  Lovely call
                """);
        JsonNode json = ok("reviews", "list", "--format", "json").json();
        assertThat(json.get("nextBefore").isNull()).isTrue();
        JsonNode first = json.get("items").get(1);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("orderId").asLong()).isEqualTo(1);
        assertThat(first.get("clientId").asLong()).isEqualTo(3);
        assertThat(first.get("operatorId").asLong()).isEqualTo(2);
        assertThat(first.get("attitude").asText()).isEqualTo("POSITIVE");
        assertThat(first.get("status").asText()).isEqualTo("PENDING");
        assertThat(first.get("createdAt").asText()).isEqualTo("2026-11-23T06:01:00Z");
        assertThat(first.get("moderatedAt").isNull()).isTrue();
        assertThat(first.get("text").asText()).isEqualTo("Lovely call");
        assertThat(ok("reviews", "list", "--format", "csv").out()).isEqualTo(
                "id,orderId,clientId,operatorId,attitude,status,createdAt,moderatedAt,text\r\n"
                + "2,2,3,2,NEGATIVE,PENDING,2026-11-23T06:02:00Z,,\"'=Too short\nand late\"\r\n"
                + "1,1,3,2,POSITIVE,PENDING,2026-11-23T06:01:00Z,,Lovely call\r\n");
    }

    @Test
    void filtersAndPages() {
        ok("reviews", "approve", "1");

        assertThat(ids("--status", "approved")).containsExactly("1");
        assertThat(ids("--text", "SHORT")).containsExactly("2");
        assertThat(ids("--client", "ivan@example.com", "--from", "2026-11-23", "--to", "2026-11-23")).containsExactly("2", "1");
        assertThat(ids("--client", "nobody@example.com")).isEmpty();
        assertThat(ids("--from", "2026-11-24")).isEmpty();
        assertThat(ids("--before", "2")).containsExactly("1");
        CliRun page = ok("reviews", "list", "--limit", "1");
        assertThat(page.err()).isEqualTo("more reviews may follow: repeat with --before 2\n");
        assertThat(ok("reviews", "list", "--limit", "1", "--format", "json").json().get("nextBefore").asLong()).isEqualTo(2);
    }

    private List<String> ids(String... filters) {
        List<String> args = new ArrayList<>(List.of("reviews", "list", "--format", "json"));
        args.addAll(List.of(filters));
        return ok(args.toArray(String[]::new)).json().get("items").findValuesAsText("id");
    }

    @Test
    void listRefusesEveryBadFilterAtOnce() {
        CliRun run = t.run("reviews", "list", "--status", "hidden", "--from", "23.11.2026", "--client", "ivan");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  status: must be one of PENDING, APPROVED, REJECTED
                  from: must be a date like 2026-11-23
                  clientEmail: must be an e-mail address like name@example.com
                """);
        CliRun limits = t.run("reviews", "list", "--before", "0", "--limit", "1001");
        assertThat(limits.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(limits.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  before: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
    }

    @Test
    void approveAppliesTheAttitudeAndRejectDoesNot() {
        assertThat(ok("reviews", "approve", "1").out()).isEqualTo("approved 1 of 1 review\n");
        assertThat(rating()).isEqualTo(1);
        assertThat(ok("reviews", "reject", "2", "--format", "json").json().toString())
                .isEqualTo("{\"status\":\"REJECTED\",\"requested\":1,\"moderated\":1}");

        assertThat(rating()).isEqualTo(1);
        assertThat(status(1)).isEqualTo(ReviewStatus.APPROVED);
        assertThat(status(2)).isEqualTo(ReviewStatus.REJECTED);
        assertThat(t.memory.reviews.find(1).orElseThrow().moderatedAt()).isPresent();
    }

    @Test
    void moderatingWhatIsNotPendingIsAConflict() {
        ok("reviews", "approve", "1");

        CliRun again = t.run("reviews", "approve", "1", "2", "99", "2");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(again.out()).isEqualTo("approved 1 of 3 reviews\n");
        assertThat(again.err()).isEqualTo("error: REVIEWS_NOT_PENDING: 2 of 3 reviews were not pending\n");
        assertThat(rating()).isZero();
        CliRun json = t.run("reviews", "reject", "1", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(json.json().get("moderated").asInt()).isZero();
        assertThat(json.errorJson().get("code").asText()).isEqualTo("REVIEWS_NOT_PENDING");
        assertThat(status(1)).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void idsArePositive() {
        CliRun run = t.run("reviews", "reject", "1", "-3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  ids: review ids are positive whole numbers
                """);
        assertThat(status(1)).isEqualTo(ReviewStatus.PENDING);
    }
}
