package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.CouponListForm;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponKind;
import io.ordercore.domain.shared.Email;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** generate, groups, send, super create and repeat-percent; list and delete have their own tests. */
class CouponCommandsTest {

    /** 12 characters, none of them 0, O, 1, I or L. */
    private static final String GENERATED_CODE = "[A-HJKMNP-Z2-9]{12}";

    private final TestCore t = new TestCore();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private List<Coupon> stored() {
        return t.core().manageCoupons().list(t.admin(), CouponListForm.empty());
    }

    @Test
    void generatePrintsEveryCodeUnderAHeader() {
        CliRun run = ok("coupons", "generate", "--percent", "4", "--count", "25", "--comment", "Spring mailing");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("CODE");
        List<String> codes = lines.subList(1, lines.size());
        assertThat(codes).hasSize(25).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches(GENERATED_CODE));
        assertThat(run.err()).isEqualTo("group 1: 25 x 4% PERCENT coupons\n");
        assertThat(stored()).extracting(c -> c.code().value()).containsExactlyElementsOf(codes);
        assertThat(stored()).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CouponKind.PERCENT);
            assertThat(c.percent()).isEqualTo(4);
            assertThat(c.group()).contains(new CouponGroupId(1));
            assertThat(c.expiresAt()).isEmpty();
            assertThat(c.used()).isFalse();
        });
    }

    @Test
    void generateInJson() {
        CliRun run = ok("coupons", "generate", "--percent", "4", "--count", "3", "--comment", "Spring mailing",
                "--expires", "2026-12-31", "--format", "json");

        JsonNode group = run.json().get("group");
        assertThat(group.get("id").asLong()).isEqualTo(1);
        assertThat(group.get("kind").asText()).isEqualTo("PERCENT");
        assertThat(group.get("percent").asInt()).isEqualTo(4);
        assertThat(group.get("comment").asText()).isEqualTo("Spring mailing");
        // Valid through 31 December in Moscow: it ends at Moscow midnight.
        assertThat(group.get("expiresAt").asText()).isEqualTo("2026-12-31T21:00:00Z");
        assertThat(group.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        List<String> codes = new ArrayList<>();
        run.json().get("codes").forEach(code -> codes.add(code.asText()));
        assertThat(codes).hasSize(3).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches(GENERATED_CODE));
        assertThat(stored()).extracting(c -> c.code().value()).containsExactlyElementsOf(codes);
        assertThat(stored()).allSatisfy(c -> assertThat(c.expiresAt()).contains(Instant.parse("2026-12-31T21:00:00Z")));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void generateInCsv() {
        CliRun run = ok("coupons", "generate", "--percent", "4", "--count", "5", "--comment", "Spring", "--format", "csv");

        assertThat(run.csvHeader()).containsExactly("code");
        List<String> codes = run.csv().stream().map(r -> r.get("code")).toList();
        assertThat(codes).hasSize(5).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches(GENERATED_CODE));
        assertThat(run.out()).startsWith("code\r\n");
        assertThat(stored()).extracting(c -> c.code().value()).containsExactlyElementsOf(codes);
        assertThat(run.err()).isEqualTo("group 1: 5 x 4% PERCENT coupons\n");
    }

    @Test
    void generateFullCoupons() {
        JsonNode json = ok("coupons", "generate", "--full", "--count", "2", "--comment", "Gift", "--format", "json").json();

        assertThat(json.get("group").get("kind").asText()).isEqualTo("FULL");
        assertThat(json.get("group").get("percent").asInt()).isEqualTo(100);
        assertThat(json.get("group").get("expiresAt").isNull()).isTrue();
        assertThat(stored()).extracting(Coupon::kind).containsExactly(CouponKind.FULL, CouponKind.FULL);
    }

    @Test
    void generateListsEveryRefusedFieldAndGeneratesNothing() {
        CliRun run = t.run("coupons", "generate", "--percent", "0", "--count", "0", "--comment", " ", "--expires", "2026-11-22");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  percent: must be 1..99
                  count: must be 1..10000
                  comment: is required
                  expiresOn: must be today or later
                """);
        CliRun hundred = t.run("coupons", "generate", "--percent", "100", "--count", "10001", "--comment", "x",
                "--expires", "31.12.2026", "--format", "json");
        assertThat(hundred.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(hundred.errorJson().get("errors").findValuesAsText("field")).containsExactly("percent", "count", "expiresOn");
        assertThat(hundred.errorJson().get("errors").findValuesAsText("code"))
                .containsExactly("OUT_OF_RANGE", "OUT_OF_RANGE", "INVALID_DATE");
        assertThat(ok("coupons", "generate", "--percent", "99", "--count", "1", "--comment", "x", "--expires", "2026-11-23")
                .err()).isEqualTo("group 1: 1 x 99% PERCENT coupons\n");
        assertThat(t.core().manageCoupons().groups(t.admin())).hasSize(1);
    }

    @Test
    void groupsInEveryFormat() {
        List<String> spring = t.coupons(4, 3, "Spring mailing");
        ok("coupons", "generate", "--full", "--count", "2", "--comment", "Gift, =big", "--expires", "2026-12-31");
        t.withCallType();
        t.applyCoupon(t.place(), spring.get(1));

        assertThat(ok("coupons", "groups").out()).isEqualTo("""
                ID  KIND     PERCENT  COMMENT         EXPIRES (UTC)         GENERATED  USED  UNUSED  DELETED
                2   FULL     100      Gift, =big      2026-12-31T21:00:00Z  2          0     2       0
                1   PERCENT  4        Spring mailing  -                     3          1     2       0
                """);
        JsonNode json = ok("coupons", "groups", "--format", "json").json();
        assertThat(json.get("items").findValuesAsText("id")).containsExactly("2", "1");
        JsonNode first = json.get("items").get(1);
        assertThat(first.get("kind").asText()).isEqualTo("PERCENT");
        assertThat(first.get("percent").asInt()).isEqualTo(4);
        assertThat(first.get("comment").asText()).isEqualTo("Spring mailing");
        assertThat(first.get("expiresAt").isNull()).isTrue();
        assertThat(first.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
        assertThat(first.get("generated").asLong()).isEqualTo(3);
        assertThat(first.get("used").asLong()).isEqualTo(1);
        assertThat(first.get("unused").asLong()).isEqualTo(2);
        assertThat(first.get("deleted").asLong()).isZero();
        assertThat(ok("coupons", "groups", "--format", "csv").out()).isEqualTo(
                "id,kind,percent,comment,expiresAt,createdAt,generated,used,unused,deleted\r\n"
                + "2,FULL,100,\"Gift, =big\",2026-12-31T21:00:00Z,2026-11-23T06:00:00Z,2,0,2,0\r\n"
                + "1,PERCENT,4,Spring mailing,,2026-11-23T06:00:00Z,3,1,2,0\r\n");
    }

    @Test
    void groupsWhenThereAreNone() {
        assertThat(ok("coupons", "groups").out()).isEqualTo("ID  KIND  PERCENT  COMMENT  EXPIRES (UTC)  GENERATED  USED  UNUSED  DELETED\n");
        assertThat(ok("coupons", "groups", "--format", "json").json().get("items")).isEmpty();
    }

    @Test
    void sendEmailsTheCouponAndTheClientHoldsIt() {
        String code = t.coupons(4, 1, "Spring").get(0);
        t.withCallType().place();

        CliRun run = ok("coupons", "send", code.toLowerCase(), "--to", "ivan@example.com");

        assertThat(run.out()).isEqualTo("coupon " + code + " sent to ivan@example.com\n");
        assertThat(run.err()).isEmpty();
        OutboxMessage sent = t.memory.outbox.all().get(t.memory.outbox.all().size() - 1);
        assertThat(sent.notification().type().name()).isEqualTo("COUPON_SENT");
        assertThat(sent.notification().recipient().value()).isEqualTo("ivan@example.com");
        assertThat(sent.notification().params()).containsEntry("code", code).containsEntry("percent", "4");
        AccountId ivan = t.memory.accounts.findByEmail(Email.of("ivan@example.com")).orElseThrow().id();
        assertThat(stored().get(0).holder()).contains(ivan);

        JsonNode json = ok("coupons", "send", code, "--to", "ivan@example.com", "--format", "json").json();
        assertThat(json.get("code").asText()).isEqualTo(code);
        assertThat(json.get("holderId").asLong()).isEqualTo(ivan.value());
    }

    @Test
    void sendRefusals() {
        CliRun unknown = t.run("coupons", "send", "NOSUCHCODE", "--to", "ivan@example.com");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Coupon NOSUCHCODE not found\n");

        CliRun invalid = t.run("coupons", "send", "ab", "--to", "ivan");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  code: must be 4..64 letters and digits
                  email: must be an e-mail address like name@example.com
                """);
        assertThat(t.memory.outbox.all()).isEmpty();
    }

    @Test
    void superCreatePrintsTheCode() {
        assertThat(ok("coupons", "super", "create", "--percent", "15", "--code", "spring-15", "--limit", "10",
                "--expires", "2026-12-31").out()).isEqualTo("SPRING15\n");

        Coupon created = stored().get(0);
        assertThat(created.kind()).isEqualTo(CouponKind.SUPER);
        assertThat(created.percent()).isEqualTo(15);
        assertThat(created.totalLimit()).contains(10);
        assertThat(created.expiresAt()).contains(Instant.parse("2026-12-31T21:00:00Z"));
        assertThat(created.group()).isEmpty();

        String random = ok("coupons", "super", "create", "--percent", "5").out();
        assertThat(random).matches(GENERATED_CODE + "\n");
        assertThat(stored().get(1).totalLimit()).isEmpty();
    }

    @Test
    void superCreateInJson() {
        JsonNode json = ok("coupons", "super", "create", "--percent", "15", "--code", "VIP15", "--limit", "3",
                "--format", "json").json();

        assertThat(json.get("id").asLong()).isEqualTo(1);
        assertThat(json.get("code").asText()).isEqualTo("VIP15");
        assertThat(json.get("kind").asText()).isEqualTo("SUPER");
        assertThat(json.get("percent").asInt()).isEqualTo(15);
        assertThat(json.get("groupId").isNull()).isTrue();
        assertThat(json.get("holderId").isNull()).isTrue();
        assertThat(json.get("expiresAt").isNull()).isTrue();
        assertThat(json.get("totalLimit").asInt()).isEqualTo(3);
        assertThat(json.get("uses").asLong()).isZero();
        assertThat(json.get("usedByOrderId").isNull()).isTrue();
        assertThat(json.get("grantedForOrderId").isNull()).isTrue();
        assertThat(json.get("createdAt").asText()).isEqualTo("2026-11-23T06:00:00Z");
    }

    @Test
    void superCreateListsEveryRefusedField() {
        ok("coupons", "super", "create", "--percent", "15", "--code", "VIP15");

        CliRun run = t.run("coupons", "super", "create", "--percent", "100", "--code", "ab", "--limit", "0",
                "--expires", "2026-11-22");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  code: must be 4..64 letters and digits
                  percent: must be 1..99
                  limit: must be at least 1
                  expiresOn: must be today or later
                """);
        assertThat(t.run("coupons", "super", "create", "--percent", "5", "--code", "vip-15").err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  code: another coupon has this code
                """);
        assertThat(stored()).hasSize(1);
    }

    @Test
    void repeatPercentShowAndSet() {
        assertThat(ok("coupons", "repeat-percent", "show").out()).isEqualTo("repeat-order coupons: 10%\n");

        assertThat(ok("coupons", "repeat-percent", "set", "15").out()).isEqualTo("repeat-order coupons: 15%\n");

        assertThat(ok("coupons", "repeat-percent", "show", "--format", "json").json().get("percent").asInt()).isEqualTo(15);
        assertThat(t.core().manageCoupons().repeatOrderPercent(t.admin())).isEqualTo(15);
        assertThat(ok("coupons", "repeat-percent", "set", "7", "--format", "json").json().get("percent").asInt()).isEqualTo(7);
    }

    @Test
    void repeatPercentOutOfRange() {
        for (String percent : List.of("0", "100", "-5")) {
            CliRun run = t.run("coupons", "repeat-percent", "set", percent);
            assertThat(run.exitCode()).as(percent).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(percent).isEqualTo("""
                    error: VALIDATION_FAILED: Invalid input
                      percent: must be 1..99
                    """);
        }
        assertThat(t.core().manageCoupons().repeatOrderPercent(t.admin())).isEqualTo(10);
    }
}
