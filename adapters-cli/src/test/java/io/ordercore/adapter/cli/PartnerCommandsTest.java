package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.application.port.in.AuditEntry;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OutboxMessage;
import io.ordercore.application.port.in.RegisterUseCase.RegistrationForm;
import io.ordercore.application.testing.FakeGateway;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PartnerCommandsTest {

    private static final String PAT = "pat@example.com";
    private static final String PAULA = "paula@example.com";

    private final TestCore t = new TestCore();

    /** Account 1 the administrator, 2 pat and 3 paula: PARTNER accounts, not enrolled yet. */
    @BeforeEach
    void twoPartnerAccounts() {
        t.admin();
        t.memory.signedIn(Role.PARTNER, PAT);
        t.memory.signedIn(Role.PARTNER, PAULA);
    }

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private CliRun as(String email, String... args) {
        return t.run(CliRun.environment(Map.of(CliContext.AS_VARIABLE, email), ""), args);
    }

    /** Pat (2) at the global percentage, paula (3) at her own 25%. */
    private void enrolBoth() {
        ok("partners", "enrol", "--account-id", "2");
        ok("partners", "enrol", "--email", PAULA, "--commission-percent", "25");
    }

    private String code(long partner) {
        return t.core().partners().get(t.admin(), partner).partner().code().value();
    }

    private String link(long partner) {
        return "https://ordercore.example/?ref=" + code(partner);
    }

    /** Rita (account 4) registers through pat's link and pays her order 1 (1500.00 RUB) in full: pat earns 10%. */
    private void aReferredClientPays() {
        t.withCallType();
        t.core().register().register(new RegistrationForm("rita@example.com", "Rita", "a-long-passw0rd!", null, "EN",
                code(2)));
        Order order = t.place("Rita", "rita@example.com", "Maria Ivanova");
        assertThat(t.core().gatewayCalls().handle(FakeGateway.NAME, FakeGateway.call("PAYMENT", "ext-1",
                "ORDER-" + order.id().value(), "", "1500.00", "RUB", false)).body()).isEqualTo("ACCEPTED");
    }

    private AuditEntry lastAudit() {
        return t.memory.audit.all().get(t.memory.audit.all().size() - 1);
    }

    @Test
    void enrolByAccountIdPrintsTheCodeAndLink() {
        CliRun run = ok("partners", "enrol", "--account-id", "2");

        assertThat(code(2)).matches("[A-Z0-9]{8}");
        assertThat(run.out()).isEqualTo("partner 2 (pat@example.com): code " + code(2) + ", link " + link(2)
                + ", commission 10% (default)\n");
        assertThat(run.err()).isEmpty();
        assertThat(lastAudit().action()).isEqualTo("partner.enrol");
        assertThat(lastAudit().target()).isEqualTo("account:2");
        assertThat(lastAudit().actor().label()).isEqualTo(CliRun.ADMIN);
    }

    @Test
    void enrolByEmailWithItsOwnPercentageInJson() {
        JsonNode json = ok("partners", "enrol", "--email", "Paula@Example.com", "--commission-percent", "25",
                "--format", "json").json();

        assertThat(json.toString()).isEqualTo("{\"id\":3,\"email\":\"paula@example.com\",\"name\":\"partner\","
                + "\"code\":\"" + code(3) + "\",\"commissionPercent\":25,\"ownCommissionPercent\":25,"
                + "\"balance\":{\"amount\":\"0.00\",\"currency\":\"RUB\"},\"referralLink\":\"" + link(3) + "\","
                + "\"since\":\"2026-11-23T06:00:00Z\"}");
    }

    @Test
    void anAccountCreatedWithThePartnerRoleCanBeEnrolled() {
        ok("users", "create", "--email", "pete@example.com", "--role", "partner", "--name", "Pete");

        assertThat(ok("users", "show", "pete@example.com").out()).contains("role          PARTNER\n");
        assertThat(ok("partners", "enrol", "--email", "pete@example.com").out()).startsWith("partner 4 (pete@example.com): ");
        ok("users", "create", "--email", "carl@example.com", "--role", "CLIENT", "--point", "1");
        ok("users", "set-role", "carl@example.com", "PARTNER");
        assertThat(ok("partners", "enrol", "--account-id", "5").out()).startsWith("partner 5 (carl@example.com): ");
    }

    @Test
    void enrolRefusals() {
        ok("partners", "enrol", "--account-id", "2");

        CliRun twice = t.run("partners", "enrol", "--email", PAT);
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(twice.err()).isEqualTo("error: PARTNER_EXISTS: pat@example.com is enrolled already\n");
        CliRun admin = t.run("partners", "enrol", "--account-id", "1");
        assertThat(admin.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(admin.err()).isEqualTo("error: NOT_A_PARTNER_ACCOUNT: admin@ordercore.test has the role ADMIN, not PARTNER\n");
        CliRun unknown = t.run("partners", "enrol", "--account-id", "99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Account 99 not found\n");
        CliRun nobody = t.run("partners", "enrol", "--email", "nobody@example.com");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(nobody.err()).isEqualTo("error: NOT_FOUND: Account nobody@example.com not found\n");
        for (String percent : List.of("0", "101")) {
            CliRun invalid = t.run("partners", "enrol", "--account-id", "3", "--commission-percent", percent);
            assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(invalid.out()).isEmpty();
            assertThat(invalid.err()).isEqualTo("""
                    error: VALIDATION_FAILED: Invalid input
                      commissionPercent: must be 1..100
                    """);
        }
        CliRun json = t.run("partners", "enrol", "--account-id", "3", "--commission-percent", "101", "--format", "json");
        assertThat(json.errorJson().toString()).isEqualTo("{\"code\":\"VALIDATION_FAILED\",\"message\":\"Invalid input\","
                + "\"errors\":[{\"field\":\"commissionPercent\",\"code\":\"OUT_OF_RANGE\",\"message\":\"must be 1..100\"}]}");
        assertThat(t.core().partners().list(t.admin(), null, null)).hasSize(1);
    }

    @Test
    void enrolChecksWhatItCanWithoutTheCore() {
        CliRun notAnEmail = CliRun.run(untouchable(), "partners", "enrol", "--email", "paula");
        assertThat(notAnEmail.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAnEmail.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  email: must be an e-mail address like name@example.com
                """);
        CliRun zero = CliRun.run(untouchable(), "partners", "enrol", "--account-id", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(zero.err()).isEqualTo("error: NOT_FOUND: Account 0 not found\n");
    }

    @Test
    void listInEveryFormat() {
        enrolBoth();
        aReferredClientPays();

        assertThat(ok("partners", "list").out()).isEqualTo(
                "ID  EMAIL              NAME     CODE      COMMISSION  SOURCE   BALANCE\n"
                + "2   pat@example.com    partner  " + code(2) + "  10%         default  150.00 RUB\n"
                + "3   paula@example.com  partner  " + code(3) + "  25%         own      0.00 RUB\n");
        JsonNode json = ok("partners", "list", "--format", "json").json();
        assertThat(json.get("nextAfter").isNull()).isTrue();
        assertThat(json.get("items").get(0).toString()).isEqualTo("{\"id\":2,\"email\":\"pat@example.com\","
                + "\"name\":\"partner\",\"code\":\"" + code(2) + "\",\"commissionPercent\":10,"
                + "\"ownCommissionPercent\":null,\"balance\":{\"amount\":\"150.00\",\"currency\":\"RUB\"},"
                + "\"referralLink\":\"" + link(2) + "\",\"since\":\"2026-11-23T06:00:00Z\"}");
        assertThat(ok("partners", "list", "--format", "csv").out()).isEqualTo(
                "id,email,name,code,commissionPercent,ownCommissionPercent,balance,currency,referralLink,since\r\n"
                + "2,pat@example.com,partner," + code(2) + ",10,,150.00,RUB," + link(2) + ",2026-11-23T06:00:00Z\r\n"
                + "3,paula@example.com,partner," + code(3) + ",25,25,0.00,RUB," + link(3) + ",2026-11-23T06:00:00Z\r\n");
    }

    @Test
    void listPages() {
        enrolBoth();

        CliRun first = ok("partners", "list", "--limit", "1");
        assertThat(first.out().lines()).hasSize(2);
        assertThat(first.err()).isEqualTo("more partners may follow: repeat with --after 2\n");
        assertThat(ids("--limit", "1")).containsExactly("2");
        assertThat(ok("partners", "list", "--limit", "1", "--format", "json").json().get("nextAfter").asLong()).isEqualTo(2);
        assertThat(ids("--after", "2")).containsExactly("3");
        assertThat(ids("--after-id", "2")).containsExactly("3");
        assertThat(ids("--after", "3")).isEmpty();
        assertThat(ok("partners", "list", "--after", "3").out()).isEqualTo(
                "ID  EMAIL  NAME  CODE  COMMISSION  SOURCE  BALANCE\n");

        CliRun refused = CliRun.run(untouchable(), "partners", "list", "--after", "0", "--limit", "1001");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  after: must be a positive whole number
                  limit: must be a whole number 1..1000
                """);
    }

    private List<String> ids(String... filters) {
        List<String> args = new ArrayList<>(List.of("partners", "list", "--format", "json"));
        args.addAll(List.of(filters));
        return ok(args.toArray(String[]::new)).json().get("items").findValuesAsText("id");
    }

    @Test
    void showInTableAndJson() {
        enrolBoth();
        aReferredClientPays();

        assertThat(ok("partners", "show", "2").out()).isEqualTo(
                "id             2\n"
                + "email          pat@example.com\n"
                + "name           partner\n"
                + "code           " + code(2) + "\n"
                + "referral link  " + link(2) + "\n"
                + "commission     10% (default)\n"
                + "balance        150.00 RUB\n"
                + "since          2026-11-23T06:00:00Z\n");
        JsonNode json = ok("partners", "show", "3", "--format", "json").json();
        assertThat(json.get("id").asLong()).isEqualTo(3);
        assertThat(json.get("commissionPercent").asInt()).isEqualTo(25);
        assertThat(json.get("ownCommissionPercent").asInt()).isEqualTo(25);
        assertThat(json.get("referralLink").asText()).isEqualTo(link(3));
    }

    @Test
    void anUnknownPartnerIsNotFound() {
        ok("partners", "enrol", "--account-id", "2");

        for (List<String> args : List.of(List.of("partners", "show", "3"), List.of("partners", "show", "99"),
                List.of("partners", "set-commission", "3", "--percent", "20"),
                List.of("partners", "set-commission", "1", "--default"), List.of("partners", "stats", "99"))) {
            CliRun run = t.run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(args.toString()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).matches("error: NOT_FOUND: Partner \\d+ not found\n");
        }
        CliRun json = t.run("partners", "show", "99", "--format", "json");
        assertThat(json.errorJson().get("code").asText()).isEqualTo("NOT_FOUND");
        for (String id : List.of("0", "-1")) {
            CliRun none = CliRun.run(untouchable(), "partners", "show", id);
            assertThat(none.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(none.err()).isEqualTo("error: NOT_FOUND: Partner " + id + " not found\n");
        }
    }

    @Test
    void setCommissionSetsAndClearsTheOwnPercentage() {
        enrolBoth();

        assertThat(ok("partners", "set-commission", "2", "--percent", "30").out())
                .isEqualTo("partner 2 (pat@example.com): commission 30% (own)\n");
        assertThat(lastAudit().action()).isEqualTo("partner.commission");
        assertThat(lastAudit().target()).isEqualTo("account:2");
        JsonNode cleared = ok("partners", "set-commission", "3", "--default", "--format", "json").json();
        assertThat(cleared.get("commissionPercent").asInt()).isEqualTo(10);
        assertThat(cleared.get("ownCommissionPercent").isNull()).isTrue();
        assertThat(ok("partners", "set-commission", "3", "--default").out())
                .isEqualTo("partner 3 (paula@example.com): commission 10% (default)\n");

        for (String percent : List.of("0", "101")) {
            CliRun invalid = t.run("partners", "set-commission", "2", "--percent", percent);
            assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(invalid.err()).isEqualTo("""
                    error: VALIDATION_FAILED: Invalid input
                      commissionPercent: must be 1..100
                    """);
        }
        assertThat(t.core().partners().get(t.admin(), 2).commission().value()).isEqualTo(30);
    }

    @Test
    void defaultCommissionShowsAndSetsTheGlobalPercentage() {
        enrolBoth();

        assertThat(ok("partners", "default-commission").out()).isEqualTo("default partner commission: 10%\n");
        assertThat(ok("partners", "default-commission", "--set", "20").out()).isEqualTo("default partner commission: 20%\n");
        assertThat(lastAudit().action()).isEqualTo("partner.commission.default");
        assertThat(ok("partners", "default-commission", "--format", "json").json().toString()).isEqualTo("{\"commissionPercent\":20}");
        assertThat(ok("partners", "default-commission", "--set", "15", "--format", "json").json().toString())
                .isEqualTo("{\"commissionPercent\":15}");
        assertThat(ok("partners", "list", "--format", "json").json().get("items").findValuesAsText("commissionPercent"))
                .as("pat follows the global percentage, paula keeps her own").containsExactly("15", "25");

        for (String percent : List.of("0", "101")) {
            CliRun invalid = t.run("partners", "default-commission", "--set", percent);
            assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(invalid.err()).isEqualTo("""
                    error: VALIDATION_FAILED: Invalid input
                      commissionPercent: must be 1..100
                    """);
        }
        assertThat(ok("partners", "default-commission").out()).isEqualTo("default partner commission: 15%\n");
    }

    @Test
    void statsOverTheCurrentMonthOrAnyPeriod() {
        enrolBoth();
        aReferredClientPays();

        assertThat(ok("partners", "stats", "2").out()).isEqualTo("""
                partner      2
                period       2026-11-01 .. 2026-11-23 (Moscow)
                clients      1
                paid orders  1
                paid         1500.00 RUB
                commission   150.00 RUB
                """);
        assertThat(ok("partners", "stats", "2", "--from", "2026-11-23", "--to", "2026-11-23", "--format", "json").json()
                .toString()).isEqualTo("{\"partnerId\":2,\"from\":\"2026-11-23\",\"to\":\"2026-11-23\",\"clients\":1,"
                + "\"paidOrders\":1,\"paid\":{\"amount\":\"1500.00\",\"currency\":\"RUB\"},"
                + "\"commission\":{\"amount\":\"150.00\",\"currency\":\"RUB\"}}");
        JsonNode before = ok("partners", "stats", "2", "--from", "2026-10-01", "--to", "2026-11-22", "--format", "json").json();
        assertThat(before.get("clients").asLong()).isZero();
        assertThat(before.get("paidOrders").asLong()).isZero();
        assertThat(before.get("commission").get("amount").asText()).isEqualTo("0.00");
        assertThat(ok("partners", "stats", "3", "--format", "json").json().get("paidOrders").asLong()).isZero();
    }

    @Test
    void statsRefusesABadPeriod() {
        ok("partners", "enrol", "--account-id", "2");

        CliRun reversed = t.run("partners", "stats", "2", "--from", "2026-11-24", "--to", "2026-11-23");
        assertThat(reversed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(reversed.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  to: must not be before from
                """);
        CliRun malformed = t.run("partners", "stats", "2", "--from", "yesterday", "--format", "json");
        assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(malformed.errorJson().get("errors").findValuesAsText("field")).containsExactly("from");
    }

    @Test
    void bannersAddListDelete() {
        assertThat(ok("partners", "banners", "add", "--size", "468x60", "--image-url", "https://cdn.example/wide.png",
                "--title", "Wide").out()).isEqualTo("1\n");
        assertThat(lastAudit().action()).isEqualTo("partner.banner.add");
        assertThat(lastAudit().target()).isEqualTo("banner:1");
        JsonNode added = ok("partners", "banners", "add", "--size", "120X600", "--image-url", "https://cdn.example/tall.png",
                "--title", "Tall", "--format", "json").json();
        assertThat(added.toString()).isEqualTo("{\"id\":2,\"size\":\"120x600\",\"imageUrl\":\"https://cdn.example/tall.png\","
                + "\"title\":\"Tall\",\"createdAt\":\"2026-11-23T06:00:00Z\"}");

        assertThat(ok("partners", "banners", "list").out()).isEqualTo("""
                ID  SIZE     TITLE  IMAGE URL                     CREATED (UTC)
                2   120x600  Tall   https://cdn.example/tall.png  2026-11-23T06:00:00Z
                1   468x60   Wide   https://cdn.example/wide.png  2026-11-23T06:00:00Z
                """);
        JsonNode list = ok("partners", "banners", "list", "--format", "json").json();
        assertThat(list.get("items").findValuesAsText("size")).containsExactly("120x600", "468x60");
        assertThat(list.get("items").get(1).toString()).isEqualTo("{\"id\":1,\"size\":\"468x60\","
                + "\"imageUrl\":\"https://cdn.example/wide.png\",\"title\":\"Wide\",\"createdAt\":\"2026-11-23T06:00:00Z\"}");
        assertThat(ok("partners", "banners", "list", "--format", "csv").out()).isEqualTo(
                "id,size,imageUrl,title,createdAt\r\n"
                + "2,120x600,https://cdn.example/tall.png,Tall,2026-11-23T06:00:00Z\r\n"
                + "1,468x60,https://cdn.example/wide.png,Wide,2026-11-23T06:00:00Z\r\n");

        assertThat(ok("partners", "banners", "delete", "2").out()).isEqualTo("deleted banner 2\n");
        assertThat(lastAudit().action()).isEqualTo("partner.banner.delete");
        assertThat(ok("partners", "banners", "delete", "1", "--format", "json").json().toString())
                .isEqualTo("{\"id\":1,\"deleted\":true}");
        assertThat(ok("partners", "banners", "list").out()).isEqualTo("ID  SIZE  TITLE  IMAGE URL  CREATED (UTC)\n");
        assertThat(ok("partners", "banners", "list", "--format", "json").json().toString()).isEqualTo("{\"items\":[]}");
    }

    @Test
    void bannerRefusals() {
        CliRun bad = t.run("partners", "banners", "add", "--size", "big", "--image-url", "ftp://x", "--title", " ");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  size: must be WIDTHxHEIGHT in pixels, e.g. 120x600
                  imageUrl: must be an http(s) address
                  title: is required
                """);
        CliRun tooBig = t.run("partners", "banners", "add", "--size", "120x6000", "--image-url", "https://cdn.example/a.png",
                "--title", "Huge", "--format", "json");
        assertThat(tooBig.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooBig.errorJson().get("errors").get(0).get("code").asText()).isEqualTo("INVALID_SIZE");
        CliRun missing = CliRun.run(untouchable(), "partners", "banners", "add", "--size", "120x600");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith(
                "error: USAGE_ERROR: Missing required options: '--image-url=URL', '--title=TEXT'\n");
        CliRun unknown = t.run("partners", "banners", "delete", "7");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).isEqualTo("error: NOT_FOUND: Banner 7 not found\n");
        CliRun none = CliRun.run(untouchable(), "partners", "banners", "delete", "0");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(t.core().partners().banners(t.admin())).isEmpty();
    }

    static Stream<List<String>> everyPartnerCommand() {
        return Stream.of(
                List.of("partners", "list"),
                List.of("partners", "enrol", "--account-id", "3"),
                List.of("partners", "enrol", "--email", PAULA),
                List.of("partners", "show", "2"),
                List.of("partners", "set-commission", "2", "--percent", "20"),
                List.of("partners", "set-commission", "2", "--default"),
                List.of("partners", "default-commission"),
                List.of("partners", "default-commission", "--set", "20"),
                List.of("partners", "stats", "2"),
                List.of("partners", "banners", "list"),
                List.of("partners", "banners", "add", "--size", "120x600", "--image-url", "https://cdn.example/a.png",
                        "--title", "A"),
                List.of("partners", "banners", "delete", "1"));
    }

    @ParameterizedTest
    @MethodSource("everyPartnerCommand")
    void aPartnerMayRunNoneOfThem(List<String> args) {
        ok("partners", "enrol", "--account-id", "2");
        ok("partners", "banners", "add", "--size", "120x600", "--image-url", "https://cdn.example/a.png", "--title", "A");

        CliRun run = as(PAT, args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: FORBIDDEN: ").endsWith("; you are PARTNER\n");
    }

    @Test
    void siteManagersMayReadButOnlyAdministratorsChange() {
        ok("partners", "enrol", "--account-id", "2");
        ok("partners", "banners", "add", "--size", "120x600", "--image-url", "https://cdn.example/a.png", "--title", "A");
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");

        for (List<String> read : List.of(List.of("partners", "list"), List.of("partners", "show", "2"),
                List.of("partners", "stats", "2"), List.of("partners", "default-commission"),
                List.of("partners", "banners", "list"))) {
            CliRun run = as("sam@example.com", read.toArray(String[]::new));
            assertThat(run.exitCode()).as(read + ": " + run.err()).isZero();
        }
        for (List<String> change : List.of(List.of("partners", "enrol", "--account-id", "3"),
                List.of("partners", "set-commission", "2", "--percent", "20"),
                List.of("partners", "default-commission", "--set", "20"),
                List.of("partners", "banners", "add", "--size", "120x600", "--image-url", "https://cdn.example/b.png",
                        "--title", "B"),
                List.of("partners", "banners", "delete", "1"))) {
            CliRun run = as("sam@example.com", change.toArray(String[]::new));
            assertThat(run.exitCode()).as(change.toString()).isEqualTo(ExitCodes.FORBIDDEN);
            assertThat(run.err()).isEqualTo("error: FORBIDDEN: This needs the role ADMIN; you are SITE_MANAGER\n");
        }
        assertThat(lastAudit().actor().label()).isEqualTo("sam@example.com");
        assertThat(lastAudit().outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
        assertThat(t.core().partners().list(t.admin(), null, null)).hasSize(1);
        assertThat(t.core().partners().defaultCommission(t.admin())).isEqualTo(10);
    }

    static Stream<Arguments> optionRules() {
        return Stream.of(
                Arguments.of(List.of("partners", "enrol"), "give --account-id ID or --email EMAIL"),
                Arguments.of(List.of("partners", "enrol", "--commission-percent", "20"), "give --account-id ID or --email EMAIL"),
                Arguments.of(List.of("partners", "enrol", "--account-id", "2", "--email", PAT),
                        "--account-id and --email cannot be used together"),
                Arguments.of(List.of("partners", "set-commission", "2"),
                        "give --percent P, or --default for the global percentage"),
                Arguments.of(List.of("partners", "set-commission", "2", "--percent", "20", "--default"),
                        "--percent and --default cannot be used together"));
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

    @Test
    void aPartnersPayoutIsHandledWithThePayoutCommands() {
        enrolBoth();
        aReferredClientPays();
        Caller pat = t.core().authenticate().asAccount(PAT);
        PayoutRequest first = t.core().partnerCabinet().requestPayout(pat, 10_000L);
        PayoutRequest second = t.core().partnerCabinet().requestPayout(pat, 5_000L);
        assertThat(ok("partners", "show", "2", "--format", "json").json().get("balance").get("amount").asText())
                .isEqualTo("0.00");

        assertThat(ok("payouts", "list", "--payee", "2", "--format", "json").json().get("items").findValuesAsText("id"))
                .containsExactly(String.valueOf(second.id()), String.valueOf(first.id()));
        assertThat(ok("payouts", "set-status", String.valueOf(first.id()), "TRANSFERRED").out())
                .isEqualTo("payout " + first.id() + ": TRANSFERRED\n");
        OutboxMessage mail = t.memory.outbox.all().get(t.memory.outbox.all().size() - 1);
        assertThat(mail.notification().type()).isEqualTo(NotificationType.PAYOUT_TRANSFERRED);
        assertThat(mail.notification().recipient().value()).isEqualTo(PAT);
        ok("payouts", "set-status", String.valueOf(second.id()), "CANCELLED");

        assertThat(ok("partners", "show", "2", "--format", "json").json().get("balance").get("amount").asText())
                .as("the cancelled amount is back").isEqualTo("50.00");
        assertThat(ok("check", "integrity").exitCode()).isZero();
    }
}
