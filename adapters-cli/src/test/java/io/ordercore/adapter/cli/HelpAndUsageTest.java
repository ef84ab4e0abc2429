package io.ordercore.adapter.cli;

import static io.ordercore.adapter.cli.CliRun.untouchable;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Help and usage errors answer without the core: the host opens its database only in core.get(). */
class HelpAndUsageTest {

    @Test
    void rootHelpListsTheGroupsAndDocumentsErrorsAndExitCodes() {
        CliRun run = CliRun.run(untouchable(), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("""
                Usage: ordercore [-h] [--verbose] [--as=EMAIL] [COMMAND]
                Admin commands of the order-processing core.
                They run in-process against the configured database; help and usage errors
                never open it. Every command takes --help.
                Commands act as an account, named by --as or ORDERCORE_CLI_AS: its role
                decides what it may do, and changes are audited under its name. The one
                exception seeds the first administrator of an empty installation:
                  ordercore users create --role ADMIN --email E --password-stdin
                      --as=EMAIL   Act as this account (default: the ORDERCORE_CLI_AS
                                     environment variable).
                """);
        assertThat(run.out()).contains("""
                Commands:
                  catalog        Manage the catalog: categories, call types, examples, talents,
                                   priority.
                  orders         Orders: list, show, change the status or the call window,
                                   delete.
                  users          Accounts: create, list, show, lock, unlock, set the role.
                  points         Points of sale: create, update, list, show, assign a manager.
                  audit          The audit trail: who did what to what, when, and how it ended.
                  notifications  The e-mail outbox: list messages, retry a failed one.
                  coupons        Coupons: generate, list, delete, send; super coupons; the
                                   repeat-order percent.
                  operators      Operators' dispatch profiles: add, update, list, show, pause,
                                   resume, freeze.
                  dispatch       Dispatch: explain decisions, assign or remove an operator by
                                   hand, run due work.
                  reviews        Reviews of completed orders: list, approve, reject.
                  payouts        Payout requests (operators, partners): list, set the status.
                  payments       Payments: list, read the gateway log, mark an offline payment.
                  balance        Clients' points balances: show, adjust.
                  partners       Partners: enrol, list, show, commission, statistics, banners.
                  check          Consistency checks of the stored data: the money's integrity.
                """);
        assertThat(run.out()).endsWith("""
                Errors go to stderr as 'error: <CODE>: <message>', then '  <field>: <message>'
                per field error; with --format json also as one JSON line there:
                  {"code":"...","message":"...","errors":[{"field","code","message"}]}

                Exit codes:
                  0  ok
                  1  unexpected failure (add --verbose for the stack trace)
                  2  usage error or invalid input (VALIDATION_FAILED); no account to act as
                  3  not found (NOT_FOUND)
                  4  conflict with the current state (ILLEGAL_TRANSITION, ORDER_FINAL,
                     CONCURRENT_UPDATE, ADMIN_EXISTS), or 'orders delete' kept some
                     orders (ORDERS_KEPT), or 'reviews approve|reject' found some
                     reviews not pending (REVIEWS_NOT_PENDING), or 'check integrity'
                     found problems (INTEGRITY_FINDINGS)
                  5  refused by a business rule
                  6  the account to act as is unknown or blocked (UNAUTHENTICATED)
                  7  the account acted as may not do this (FORBIDDEN)
                """);
    }

    @Test
    void ordersHelpListsItsCommands() {
        CliRun run = CliRun.run(untouchable(), "orders", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                Usage: ordercore orders [-h] [--verbose] [COMMAND]
                Orders: list, show, change the status or the call window, delete.
                Times are ISO-8601 UTC instants; call dates and windows are Moscow time
                (Europe/Moscow). Money is an exact decimal string with its currency.
                  -h, --help      Show this help and exit.
                      --verbose   On an unexpected failure, print the stack trace.
                Commands:
                  list        List orders, a page at a time, newest first by default.
                  show        Show one order: every field, the price snapshot and the history.
                  set-status  Move an order to another status, along the workflow only.
                  set-window  Move an order's call window (Moscow time).
                  delete      Delete orders; prints what was deleted and what was kept, and why.
                """);
    }

    @Test
    void couponsHelpListsItsCommands() {
        CliRun run = CliRun.run(untouchable(), "coupons", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("""
                Commands:
                  generate        Generate a group of single-use coupons; prints every code.
                  groups          List coupon groups and their totals: generated, used, unused,
                                    deleted.
                  list            List coupons by id, a page at a time.
                  delete          Delete coupons: a group, N random unused of it, or by code.
                  send            E-mail a coupon to a client.
                  super           Super coupons: one code for many clients, each client once.
                  repeat-percent  The percent of repeat-order coupons (every second paid order).
                """);
    }

    @Test
    void operatorsHelpListsItsCommands() {
        CliRun run = CliRun.run(untouchable(), "operators", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("""
                Commands:
                  add     Give an OPERATOR account its dispatch profile; prints the operator's
                            id.
                  update  Change an operator's profile; prints the operator's id.
                  list    List operators by id, a page at a time.
                  show    Show one operator's profile and how many orders it holds now.
                  pause   Stop proposing new orders to an operator for now (PAUSED).
                  resume  Let dispatch propose orders to a paused or frozen operator again
                            (ACTIVE).
                  freeze  Stop an operator by an administrator's decision (FROZEN).
                """);
    }

    @Test
    void dispatchHelpListsItsCommands() {
        CliRun run = CliRun.run(untouchable(), "dispatch", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("""
                Commands:
                  explain          Show every dispatch decision about an order, oldest first,
                                     and why.
                  assign           Propose a PAID order to this operator by hand.
                  remove-operator  Take an order from its operator (last resort) and dispatch
                                     it again.
                  cancel-refusal   Let dispatch propose an order again to an operator who
                                     refused it.
                  awaiting         List paid orders no operator could take yet, the longest
                                     waiting first.
                  run              Run the due scheduled dispatch work once; prints how many
                                     items were handled.
                """);
    }

    @Test
    void reviewsAndPayoutsHelpListTheirCommands() {
        assertThat(CliRun.run(untouchable(), "reviews", "--help").out()).endsWith("""
                Commands:
                  list     List reviews, newest first, a page at a time.
                  approve  Approve pending reviews: publish them and apply their attitude to
                             the rating.
                  reject   Reject pending reviews: they are never published and change no
                             rating.
                """);
        assertThat(CliRun.run(untouchable(), "payouts", "--help").out()).endsWith("""
                Commands:
                  list        List payout requests, newest first, a page at a time.
                  set-status  Move a payout request to another status.
                """);
    }

    @Test
    void paymentsBalanceAndCheckHelpListTheirCommands() {
        assertThat(CliRun.run(untouchable(), "payments", "--help").out()).endsWith("""
                Commands:
                  list          List payments, newest first, a page at a time.
                  log           List the calls payment gateways made, as received, newest first.
                  mark-offline  Record money paid for an order by hand: cash, a bank transfer.
                """);
        assertThat(CliRun.run(untouchable(), "balance", "--help").out()).endsWith("""
                Commands:
                  show    Show a client's points balance and its latest entries, newest first.
                  adjust  Correct a client's points balance by hand, with a reason.
                """);
        assertThat(CliRun.run(untouchable(), "check", "--help").out()).endsWith("""
                Commands:
                  integrity  Check that balances, ledger movements and payments add up.
                """);
    }

    @Test
    void partnersHelpListsItsCommands() {
        CliRun run = CliRun.run(untouchable(), "partners", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                Usage: ordercore partners [-h] [--verbose] [COMMAND]
                Partners: enrol, list, show, commission, statistics, banners.
                A partner is a PARTNER account (see 'users create') enrolled with a referral
                code; its id is the account's id. Clients who register through the code earn
                it a commission: its own percentage, else the global one, of what they pay.
                Payouts of the commission are handled with 'payouts'. Administrators; site
                managers may list, show, read statistics, the global percentage and the
                banners. Money is an exact decimal string with its currency.
                  -h, --help      Show this help and exit.
                      --verbose   On an unexpected failure, print the stack trace.
                Commands:
                  list                List partners by id, a page at a time.
                  enrol               Enrol a PARTNER account, giving it a referral code.
                  show                Show one partner: code, link, commission, balance.
                  set-commission      Set a partner's own commission percentage, or clear it.
                  default-commission  Show or set the global commission percentage.
                  stats               Count a partner's clients, paid orders and commission.
                  banners             The banner catalogue partners link to, grouped by size.
                """);
        assertThat(CliRun.run(untouchable(), "partners", "banners", "--help").out()).endsWith("""
                Commands:
                  list    List the banners, by size, then id.
                  add     Add a banner to the catalogue; prints its id.
                  delete  Remove a banner from the catalogue.
                """);
    }

    @Test
    void partnersEnrolHelpDocumentsItsOptionsAndOutput() {
        CliRun run = CliRun.run(untouchable(), "partners", "enrol", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                Usage: ordercore partners enrol [-h] [--verbose] [--account-id=ID]
                                                [--commission-percent=P] [--email=EMAIL]
                                                [--format=FORMAT]
                Enrol a PARTNER account, giving it a referral code.
                Name the account by --account-id or --email. Without --commission-percent
                the global percentage applies ('partners default-commission'). An account of
                another role is refused with NOT_A_PARTNER_ACCOUNT (give it the role first:
                'users set-role ID PARTNER'), a second enrolment with PARTNER_EXISTS (both
                exit 5). Administrators only; audited. Prints
                'partner ID (EMAIL): code CODE, link URL, commission P% (own|default)', with
                --format json the partner as 'partners show' prints it.
                  -h, --help            Show this help and exit.
                      --verbose         On an unexpected failure, print the stack trace.
                      --account-id=ID   The PARTNER account's id.
                      --email=EMAIL     The PARTNER account's e-mail, instead of --account-id.
                      --commission-percent=P
                                        The partner's own percentage, 1..100 (default: the
                                          global one).
                      --format=FORMAT   Output: table, json (default: table).
                """);
    }

    @Test
    void theIntegrityHelpDocumentsItsExitCodeAndJsonReport() {
        CliRun run = CliRun.run(untouchable(), "check", "integrity", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                Usage: ordercore check integrity [-h] [--verbose] [--format=FORMAT]
                Check that balances, ledger movements and payments add up.
                Runs every check and prints each with OK or its findings, one per line:
                  balances    a kept balance differs from the sum of its entries, or a
                              client's is below zero
                  movements   a movement is not exactly two entries summing to zero
                  paidOrders  a PAID (or later) order its payments do not cover
                  payments    a money payment without its ledger movement
                  statuses    an UNPAID order its payments already cover
                Exit 0 when consistent, exit 4 (INTEGRITY_FINDINGS on stderr) when anything
                is found. JSON: {"consistent":true|false,"findings":{"balances":[TEXT...],
                  "movements":[...],"paidOrders":[...],"payments":[...],"statuses":[...]}}
                      --format=FORMAT   Output: table, json (default: table).
                  -h, --help            Show this help and exit.
                      --verbose         On an unexpected failure, print the stack trace.
                """);
    }

    @Test
    void catalogHelpListsItsLevels() {
        CliRun run = CliRun.run(untouchable(), "catalog", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("""
                Commands:
                  tree       Show the whole catalog, frozen elements included.
                  category   Categories, the top level of the catalog.
                  call-type  Call types: what clients order, priced in whole roubles.
                  example    Call examples: sample texts or recordings shown with a call type.
                  talent     Operator talents call types can ask for.
                  priority   Priority categories: up to three, shown in the quick-order widget.
                """);
    }

    static Stream<String> everyCommand() {
        List<String> paths = new ArrayList<>();
        collect(OrdercoreCli.create(untouchable()), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, String path, List<String> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            String subPath = (path + " " + name).trim();
            paths.add(subPath);
            collect(sub, subPath, paths);
        });
    }

    @Test
    void theTreeHasEveryDocumentedCommand() {
        assertThat(everyCommand()).containsExactly(
                "catalog", "catalog tree",
                "catalog category", "catalog category create", "catalog category rename", "catalog category list",
                "catalog category freeze", "catalog category unfreeze", "catalog category delete",
                "catalog call-type", "catalog call-type create", "catalog call-type update", "catalog call-type list",
                "catalog call-type freeze", "catalog call-type unfreeze", "catalog call-type delete",
                "catalog example", "catalog example create", "catalog example list",
                "catalog example freeze", "catalog example unfreeze", "catalog example delete",
                "catalog talent", "catalog talent create", "catalog talent list", "catalog talent delete",
                "catalog priority", "catalog priority set", "catalog priority show",
                "orders", "orders list", "orders show", "orders set-status", "orders set-window", "orders delete",
                "users", "users create", "users list", "users show", "users lock", "users unlock", "users set-role",
                "points", "points create", "points update", "points list", "points show", "points assign-manager",
                "audit", "audit list",
                "notifications", "notifications list", "notifications retry",
                "coupons", "coupons generate", "coupons groups", "coupons list", "coupons delete", "coupons send",
                "coupons super", "coupons super create",
                "coupons repeat-percent", "coupons repeat-percent show", "coupons repeat-percent set",
                "operators", "operators add", "operators update", "operators list", "operators show", "operators pause",
                "operators resume", "operators freeze",
                "dispatch", "dispatch explain", "dispatch assign", "dispatch remove-operator", "dispatch cancel-refusal",
                "dispatch awaiting", "dispatch run",
                "reviews", "reviews list", "reviews approve", "reviews reject",
                "payouts", "payouts list", "payouts set-status",
                "payments", "payments list", "payments log", "payments mark-offline",
                "balance", "balance show", "balance adjust",
                "partners", "partners list", "partners enrol", "partners show", "partners set-commission",
                "partners default-commission", "partners stats",
                "partners banners", "partners banners list", "partners banners add", "partners banners delete",
                "check", "check integrity");
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandAnswersHelpWithoutTheCore(String path) {
        List<String> args = new ArrayList<>(List.of(path.split(" ")));
        args.add("--help");

        CliRun run = CliRun.run(untouchable(), args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Usage: ordercore " + path + " ");
    }

    /** A group lists its commands by the first line of their description: it must be a whole sentence. */
    @Test
    void everyCommandSummaryIsOneSentence() {
        CommandLine root = OrdercoreCli.create(untouchable());
        everyCommand().forEach(path -> {
            CommandLine command = root;
            for (String name : path.split(" ")) {
                command = command.getSubcommands().get(name);
            }
            String[] description = command.getCommandSpec().usageMessage().description();
            assertThat(description[0]).as(path).endsWith(".");
        });
    }

    @Test
    void theLevelCommandsNameTheirLevel() {
        assertThat(CliRun.run(untouchable(), "catalog", "example", "freeze", "-h").out()).isEqualTo("""
                Usage: ordercore catalog example freeze [-h] [--verbose] [--format=FORMAT] ID
                Hide the example ID and everything under it from clients.
                Frozen elements cannot be ordered; nothing is deleted, and unfreeze
                brings them back. JSON: {"element","id","frozen":true}
                      ID                The id of the example.
                      --format=FORMAT   Output: table, json (default: table).
                  -h, --help            Show this help and exit.
                      --verbose         On an unexpected failure, print the stack trace.
                """);
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void usageErrorsExitTwoWithoutTheCore(List<String> args, String firstLine) {
        CliRun run = CliRun.run(untouchable(), args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst()).contains(firstLine);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> usageErrors() {
        return Stream.of(
                args(List.of(), "error: USAGE_ERROR: choose a command"),
                args(List.of("orders"), "error: USAGE_ERROR: choose a command"),
                args(List.of("catalog", "call-type"), "error: USAGE_ERROR: choose a command"),
                args(List.of("orders", "lst"), "error: USAGE_ERROR: Unmatched argument at index 1: 'lst'"),
                args(List.of("orders", "list", "--colour"), "error: USAGE_ERROR: Unknown option: '--colour'"),
                args(List.of("orders", "list", "--format", "xml"), "error: USAGE_ERROR: Invalid value for option '--format': "
                        + "expected one of [TABLE, JSON, CSV] (case-insensitive) but was 'xml'"),
                args(List.of("orders", "show"), "error: USAGE_ERROR: Missing required parameter: 'ID'"),
                args(List.of("orders", "show", "abc"), "error: USAGE_ERROR: Invalid value for positional parameter at index 0 (ID): 'abc' is not a long"),
                args(List.of("orders", "set-status", "1", "PAID"), "error: USAGE_ERROR: Missing required option: '--reason=TEXT'"),
                args(List.of("catalog", "call-type", "create", "--name", "x"),
                        "error: USAGE_ERROR: Missing required options: '--category=ID', '--price=ROUBLES'"),
                args(List.of("catalog", "call-type", "update", "1", "--talent", "1", "--no-talents"),
                        "error: USAGE_ERROR: --talent and --no-talents cannot be used together"),
                args(List.of("coupons"), "error: USAGE_ERROR: choose a command"),
                args(List.of("coupons", "super"), "error: USAGE_ERROR: choose a command"),
                args(List.of("coupons", "generate", "--percent", "4", "--full", "--count", "1", "--comment", "x"),
                        "error: USAGE_ERROR: --percent and --full cannot be used together"),
                args(List.of("coupons", "generate", "--count", "1", "--comment", "x"),
                        "error: USAGE_ERROR: give --percent P, or --full for 100% coupons"),
                args(List.of("coupons", "generate", "--percent", "4"),
                        "error: USAGE_ERROR: Missing required options: '--count=N', '--comment=TEXT'"),
                args(List.of("coupons", "list", "--used", "--unused"),
                        "error: USAGE_ERROR: --used and --unused cannot be used together"),
                args(List.of("coupons", "delete"), "error: USAGE_ERROR: give --group ID [--random N] or --codes CODE,..."),
                args(List.of("coupons", "delete", "--group", "1", "--codes", "ABCD"),
                        "error: USAGE_ERROR: --group and --codes cannot be used together"),
                args(List.of("coupons", "delete", "--codes", "ABCD", "--random", "2"),
                        "error: USAGE_ERROR: --random needs --group"),
                args(List.of("coupons", "send", "ABCD"), "error: USAGE_ERROR: Missing required option: '--to=EMAIL'"),
                args(List.of("coupons", "super", "create"), "error: USAGE_ERROR: Missing required option: '--percent=P'"),
                args(List.of("coupons", "repeat-percent", "set", "ten"), "error: USAGE_ERROR: Invalid value for positional "
                        + "parameter at index 0 (P): 'ten' is not an int"),
                args(List.of("operators"), "error: USAGE_ERROR: choose a command"),
                args(List.of("operators", "add", "--email", "olga@example.com"),
                        "error: USAGE_ERROR: Missing required options: '--gender=GENDER', '--tariff=KOPECKS'"),
                args(List.of("operators", "update", "2", "--talent", "1", "--no-talents"),
                        "error: USAGE_ERROR: --talent and --no-talents cannot be used together"),
                args(List.of("operators", "pause"), "error: USAGE_ERROR: Missing required parameter: 'ID'"),
                args(List.of("dispatch"), "error: USAGE_ERROR: choose a command"),
                args(List.of("dispatch", "assign", "1"), "error: USAGE_ERROR: Missing required option: '--operator=ID'"),
                args(List.of("dispatch", "explain", "one"), "error: USAGE_ERROR: Invalid value for positional parameter "
                        + "at index 0 (ORDER): 'one' is not a long"),
                args(List.of("dispatch", "cancel-refusal", "1"), "error: USAGE_ERROR: Missing required option: '--operator=ID'"),
                args(List.of("reviews", "approve"), "error: USAGE_ERROR: Missing required parameter: 'ID'"),
                args(List.of("payouts", "set-status", "1"), "error: USAGE_ERROR: Missing required parameter: 'STATUS'"),
                args(List.of("payments"), "error: USAGE_ERROR: choose a command"),
                args(List.of("payments", "list", "--min", "ten"), "error: USAGE_ERROR: Invalid value for option '--min': "
                        + "'ten' is not a long"),
                args(List.of("payments", "log", "--format", "xml"), "error: USAGE_ERROR: Invalid value for option '--format': "
                        + "expected one of [TABLE, JSON, CSV] (case-insensitive) but was 'xml'"),
                args(List.of("payments", "mark-offline", "1"),
                        "error: USAGE_ERROR: Missing required options: '--amount=KOPECKS', '--reference=TEXT'"),
                args(List.of("payments", "mark-offline", "--amount", "100", "--reference", "cash"),
                        "error: USAGE_ERROR: Missing required parameter: 'ORDER'"),
                args(List.of("payments", "mark-offline", "1", "--amount", "1.50", "--reference", "cash"),
                        "error: USAGE_ERROR: Invalid value for option '--amount': '1.50' is not a long"),
                args(List.of("balance"), "error: USAGE_ERROR: choose a command"),
                args(List.of("balance", "show"), "error: USAGE_ERROR: Missing required parameter: 'ACCOUNT_ID'"),
                args(List.of("balance", "show", "ivan@example.com"), "error: USAGE_ERROR: Invalid value for positional "
                        + "parameter at index 0 (ACCOUNT_ID): 'ivan@example.com' is not a long"),
                args(List.of("balance", "adjust", "2", "--amount", "100"),
                        "error: USAGE_ERROR: Missing required option: '--reason=TEXT'"),
                args(List.of("partners"), "error: USAGE_ERROR: choose a command"),
                args(List.of("partners", "banners"), "error: USAGE_ERROR: choose a command"),
                args(List.of("partners", "show"), "error: USAGE_ERROR: Missing required parameter: 'ID'"),
                args(List.of("partners", "show", "pat@example.com"), "error: USAGE_ERROR: Invalid value for positional "
                        + "parameter at index 0 (ID): 'pat@example.com' is not a long"),
                args(List.of("partners", "enrol", "--account-id", "2", "--commission-percent", "ten"),
                        "error: USAGE_ERROR: Invalid value for option '--commission-percent': 'ten' is not an int"),
                args(List.of("partners", "list", "--format", "xml"), "error: USAGE_ERROR: Invalid value for option "
                        + "'--format': expected one of [TABLE, JSON, CSV] (case-insensitive) but was 'xml'"),
                args(List.of("partners", "stats", "2", "--format", "csv"), "error: USAGE_ERROR: Invalid value for option "
                        + "'--format': expected one of [TABLE, JSON] (case-insensitive) but was 'csv'"),
                args(List.of("partners", "banners", "add", "--size", "120x600"),
                        "error: USAGE_ERROR: Missing required options: '--image-url=URL', '--title=TEXT'"),
                args(List.of("partners", "banners", "delete"), "error: USAGE_ERROR: Missing required parameter: 'ID'"),
                args(List.of("check"), "error: USAGE_ERROR: choose a command"),
                args(List.of("check", "integrity", "--format", "csv"), "error: USAGE_ERROR: Invalid value for option "
                        + "'--format': expected one of [TABLE, JSON] (case-insensitive) but was 'csv'"));
    }

    private static org.junit.jupiter.params.provider.Arguments args(List<String> args, String firstLine) {
        return org.junit.jupiter.params.provider.Arguments.of(args, firstLine);
    }

    @Test
    void aUsageErrorPointsToTheCommandsHelpAndSuggestsNearNames() {
        CliRun run = CliRun.run(untouchable(), "orders", "lst");

        assertThat(run.err()).isEqualTo("""
                error: USAGE_ERROR: Unmatched argument at index 1: 'lst'
                Did you mean: orders list or orders set-status?
                Try 'ordercore orders --help' for more information.
                """);
    }

    @Test
    void aGroupRunAloneShowsItsUsageOnStderr() {
        CliRun run = CliRun.run(untouchable(), "catalog", "priority");

        assertThat(run.err()).startsWith("""
                error: USAGE_ERROR: choose a command
                Usage: ordercore catalog priority [-h] [--verbose] [COMMAND]
                """);
    }

    @Test
    void aUsageErrorWithJsonFormatIsAlsoJson() {
        CliRun run = CliRun.run(untouchable(), "orders", "set-status", "1", "PAID", "--format=json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errorJson().get("code").asText()).isEqualTo("USAGE_ERROR");
        assertThat(run.errorJson().get("message").asText()).isEqualTo("Missing required option: '--reason=TEXT'");
        assertThat(run.errorJson().get("errors")).isEmpty();
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web service.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            return 42;
        }
    }

    @Command(name = "db", subcommands = Migrate.class, description = "Database administration.")
    static final class Db {
    }

    @Command(name = "migrate", description = "Apply migrations.")
    static final class Migrate implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void theHostCanAddItsOwnCommandsWithTheirOwnOptions() {
        CommandLine cli = OrdercoreCli.create(untouchable());
        cli.addSubcommand(new Serve());
        cli.addSubcommand(new CommandLine(new Db()));

        assertThat(CliRun.run(cli, "serve", "--verbose").exitCode()).isEqualTo(42);
        assertThat(CliRun.run(cli, "db", "migrate").exitCode()).isZero();
        assertThat(CliRun.run(cli, "--help").out())
                .contains("  serve          Start the web service.")
                .contains("  db             Database administration.");
    }
}
