package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.domain.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may run the coupon commands, what the audit trail says, and which option rules need no core. */
class CouponAccessTest {

    private final TestCore t = new TestCore();

    private CliRun as(String email, String... args) {
        List<String> line = new ArrayList<>(List.of("--as", email));
        line.addAll(List.of(args));
        return t.run(CliRun.NOBODY, line.toArray(String[]::new));
    }

    static Stream<List<String>> everyCouponCommand() {
        return Stream.of(
                List.of("coupons", "generate", "--percent", "4", "--count", "1", "--comment", "x"),
                List.of("coupons", "groups"),
                List.of("coupons", "list"),
                List.of("coupons", "delete", "--group", "1"),
                List.of("coupons", "delete", "--group", "1", "--random", "1"),
                List.of("coupons", "delete", "--codes", "ABCD"),
                List.of("coupons", "send", "ABCD", "--to", "carl@example.com"),
                List.of("coupons", "super", "create", "--percent", "5"),
                List.of("coupons", "repeat-percent", "show"),
                List.of("coupons", "repeat-percent", "set", "15"));
    }

    @ParameterizedTest
    @MethodSource("everyCouponCommand")
    void aClientIsForbidden(List<String> args) {
        t.memory.signedIn(Role.CLIENT, "carl@example.com");
        t.coupons(4, 1, "Spring");

        CliRun run = as("carl@example.com", args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: FORBIDDEN: This needs the role one of [ADMIN, SITE_MANAGER]; you are CLIENT\n");
    }

    @Test
    void aRefusedChangeIsAuditedUnderTheClient() {
        t.memory.signedIn(Role.CLIENT, "carl@example.com");

        CliRun run = as("carl@example.com", "coupons", "generate", "--percent", "4", "--count", "1", "--comment", "x",
                "--format", "json");

        assertThat(run.errorJson().get("code").asText()).isEqualTo("FORBIDDEN");
        AuditEntry last = t.memory.audit.all().get(t.memory.audit.all().size() - 1);
        assertThat(last.action()).isEqualTo("coupon.group.generate");
        assertThat(last.actor().label()).isEqualTo("carl@example.com");
        assertThat(last.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
        assertThat(t.core().manageCoupons().groups(t.admin())).isEmpty();
    }

    @Test
    void aSupervisorIsForbiddenToo() {
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");

        assertThat(as("sue@example.com", "coupons", "groups").exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
    }

    @Test
    void everyChangeIsAuditedUnderTheAccountActedAs() {
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");
        t.withCallType().place();
        int before = t.memory.audit.all().size();
        String sam = "sam@example.com";

        CliRun generated = as(sam, "coupons", "generate", "--percent", "4", "--count", "4", "--comment", "Spring");
        String code = generated.out().lines().skip(1).findFirst().orElseThrow();
        String[][] changes = {
            {"coupons", "super", "create", "--percent", "15", "--code", "VIP15"},
            {"coupons", "send", code, "--to", "ivan@example.com"},
            {"coupons", "delete", "--codes", code},
            {"coupons", "delete", "--group", "1", "--random", "1"},
            {"coupons", "delete", "--group", "1"},
            {"coupons", "repeat-percent", "set", "12"},
        };
        for (String[] change : changes) {
            CliRun run = as(sam, change);
            assertThat(run.exitCode()).as(String.join(" ", change) + ": " + run.err()).isZero();
        }

        List<AuditEntry> entries = t.memory.audit.all().subList(before, t.memory.audit.all().size());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("coupon.group.generate", "coupon.super.create",
                "coupon.send", "coupon.delete", "coupon.group.delete-random", "coupon.group.delete",
                "coupon.repeat-order.percent");
        assertThat(entries).extracting(AuditEntry::target).containsExactly("coupon-group:1", "coupon:VIP15",
                "coupon:" + code, "coupons:1", "coupon-group:1", "coupon-group:1", "setting:coupon.repeat-order.percent");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor().label()).isEqualTo(sam);
            assertThat(e.actor().role()).contains(Role.SITE_MANAGER);
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
    }

    static Stream<Arguments> optionRules() {
        return Stream.of(
                Arguments.of(List.of("coupons", "generate", "--percent", "4", "--full", "--count", "1", "--comment", "x"),
                        "--percent and --full cannot be used together"),
                Arguments.of(List.of("coupons", "generate", "--count", "1", "--comment", "x"),
                        "give --percent P, or --full for 100% coupons"),
                Arguments.of(List.of("coupons", "list", "--used", "--unused"), "--used and --unused cannot be used together"),
                Arguments.of(List.of("coupons", "delete"), "give --group ID [--random N] or --codes CODE,..."),
                Arguments.of(List.of("coupons", "delete", "--random", "2"), "give --group ID [--random N] or --codes CODE,..."),
                Arguments.of(List.of("coupons", "delete", "--group", "1", "--codes", "ABCD"),
                        "--group and --codes cannot be used together"),
                Arguments.of(List.of("coupons", "delete", "--group", "1", "--random", "2", "--codes", "ABCD"),
                        "--group and --codes cannot be used together"),
                Arguments.of(List.of("coupons", "delete", "--codes", "ABCD", "--random", "2"), "--random needs --group"));
    }

    @ParameterizedTest
    @MethodSource("optionRules")
    void optionRulesAreUsageErrorsWithoutTheCore(List<String> args, String message) {
        CliRun run = CliRun.run(untouchable(), args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        String path = String.join(" ", args.subList(0, 2));
        assertThat(run.err()).isEqualTo("error: USAGE_ERROR: " + message + "\n"
                + "Try 'ordercore " + path + " --help' for more information.\n");
    }
}
