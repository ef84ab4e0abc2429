package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CouponListCommandTest {

    private final TestCore t = new TestCore();
    /** Coupons 1-3: group 1, 4%. Coupon 1 is used on order 1, coupon 2 sent to Ivan (account 2). */
    private List<String> spring;
    /** Coupon 4: group 2, FULL. */
    private String gift;

    @BeforeEach
    void fill() {
        spring = t.coupons(4, 3, "Spring");
        gift = ok("coupons", "generate", "--full", "--count", "1", "--comment", "Gift").out().lines().skip(1)
                .findFirst().orElseThrow();
        ok("coupons", "super", "create", "--percent", "15", "--code", "SPRING15", "--limit", "10", "--expires", "2026-12-31");
        t.withCallType();
        t.applyCoupon(t.place(), spring.get(0));
        ok("coupons", "send", spring.get(1), "--to", "ivan@example.com");
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private List<String> ids(String... filters) {
        String[] args = new String[filters.length + 4];
        args[0] = "coupons";
        args[1] = "list";
        System.arraycopy(filters, 0, args, 2, filters.length);
        args[args.length - 2] = "--format";
        args[args.length - 1] = "json";
        return ok(args).json().get("items").findValuesAsText("id");
    }

    @Test
    void table() {
        CliRun run = ok("coupons", "list");

        assertThat(run.out()).isEqualTo("""
                ID  CODE          KIND     PERCENT  GROUP  HOLDER  EXPIRES (UTC)         LIMIT  USES  ORDER
                1   %s  PERCENT  4        1      -       -                     -      1     1
                2   %s  PERCENT  4        1      2       -                     -      0     -
                3   %s  PERCENT  4        1      -       -                     -      0     -
                4   %s  FULL     100      2      -       -                     -      0     -
                5   SPRING15      SUPER    15       -      -       2026-12-31T21:00:00Z  10     0     -
                """.formatted(spring.get(0), spring.get(1), spring.get(2), gift));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void json() {
        JsonNode page = ok("coupons", "list", "--format", "json").json();

        assertThat(page.get("nextAfter").isNull()).isTrue();
        JsonNode used = page.get("items").get(0);
        assertThat(used.get("id").asLong()).isEqualTo(1);
        assertThat(used.get("code").asText()).isEqualTo(spring.get(0));
        assertThat(used.get("kind").asText()).isEqualTo("PERCENT");
        assertThat(used.get("percent").asInt()).isEqualTo(4);
        assertThat(used.get("groupId").asLong()).isEqualTo(1);
        assertThat(used.get("holderId").isNull()).isTrue();
        assertThat(used.get("expiresAt").isNull()).isTrue();
        assertThat(used.get("totalLimit").isNull()).isTrue();
        assertThat(used.get("uses").asLong()).isEqualTo(1);
        assertThat(used.get("usedByOrderId").asLong()).isEqualTo(1);
        assertThat(used.get("grantedForOrderId").isNull()).isTrue();
        assertThat(used.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        JsonNode sent = page.get("items").get(1);
        assertThat(sent.get("holderId").asLong()).isEqualTo(2);
        assertThat(sent.get("uses").asLong()).isZero();
        JsonNode superCoupon = page.get("items").get(4);
        assertThat(superCoupon.get("code").asText()).isEqualTo("SPRING15");
        assertThat(superCoupon.get("groupId").isNull()).isTrue();
        assertThat(superCoupon.get("totalLimit").asInt()).isEqualTo(10);
        assertThat(superCoupon.get("expiresAt").asText()).isEqualTo("2026-12-31T21:00:00Z");
        assertThat(superCoupon.get("uses").asLong()).isZero();
    }

    @Test
    void csv() {
        CliRun run = ok("coupons", "list", "--format", "csv");

        assertThat(run.csvHeader()).containsExactly("id", "code", "kind", "percent", "groupId", "holderId", "expiresAt",
                "totalLimit", "uses", "usedByOrderId", "grantedForOrderId", "createdAt");
        List<CSVRecord> rows = run.csv();
        assertThat(rows).extracting(r -> r.get("code")).containsExactly(spring.get(0), spring.get(1), spring.get(2), gift,
                "SPRING15");
        assertThat(rows.get(0).toList()).containsExactly("1", spring.get(0), "PERCENT", "4", "1", "", "", "", "1", "1", "",
                "2026-11-23T06:00:00Z");
        assertThat(rows.get(4).toList()).containsExactly("5", "SPRING15", "SUPER", "15", "", "", "2026-12-31T21:00:00Z", "10",
                "0", "", "", "2026-11-23T06:00:00Z");
    }

    @Test
    void filters() {
        assertThat(ids("--used")).containsExactly("1");
        assertThat(ids("--unused")).containsExactly("2", "3", "4", "5");
        assertThat(ids("--group", "1")).containsExactly("1", "2", "3");
        assertThat(ids("--group", "2", "--unused")).containsExactly("4");
        assertThat(ids("--kind", "full")).containsExactly("4");
        assertThat(ids("--kind", "SUPER")).containsExactly("5");
        assertThat(ids("--code", "spring-1")).containsExactly("5");
        assertThat(ids("--code", spring.get(2).substring(0, 6).toLowerCase())).contains("3");
        assertThat(ids("--client", "Ivan@Example.com")).containsExactly("1", "2");
        assertThat(ids("--client", "nobody@example.com")).isEmpty();
        assertThat(ids("--group", "9")).isEmpty();
    }

    @Test
    void pages() {
        JsonNode first = ok("coupons", "list", "--limit", "2", "--format", "json").json();
        assertThat(first.get("items").findValuesAsText("id")).containsExactly("1", "2");
        assertThat(first.get("nextAfter").asLong()).isEqualTo(2);
        JsonNode second = ok("coupons", "list", "--limit", "2", "--after", "2", "--format", "json").json();
        assertThat(second.get("items").findValuesAsText("id")).containsExactly("3", "4");
        JsonNode last = ok("coupons", "list", "--limit", "2", "--after", "4", "--format", "json").json();
        assertThat(last.get("items").findValuesAsText("id")).containsExactly("5");
        assertThat(last.get("nextAfter").isNull()).isTrue();

        CliRun table = ok("coupons", "list", "--limit", "2");
        assertThat(table.out().lines()).hasSize(3);
        assertThat(table.err()).isEqualTo("more coupons may follow: repeat with --after 2\n");
        CliRun csv = ok("coupons", "list", "--limit", "2", "--format", "csv");
        assertThat(csv.csv()).hasSize(2);
        assertThat(csv.err()).isEqualTo("more coupons may follow: repeat with --after 2\n");
    }

    @Test
    void everyRefusedFilterIsListedBeforeTheCoreIsOpened() {
        CliRun run = CliRun.run(untouchable(), "coupons", "list", "--group", "0", "--kind", "bogus", "--client", "nobody",
                "--after", "-1", "--limit", "1001", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("""
                error: VALIDATION_FAILED: Invalid input
                  group: must be a positive whole number
                  kind: must be one of PERCENT, REPEAT_ORDER, SUPER, FULL
                  client: must be an e-mail address like name@example.com
                  after: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
        assertThat(run.errorJson().get("errors").findValuesAsText("field"))
                .containsExactly("group", "kind", "client", "after", "limit");
    }
}
