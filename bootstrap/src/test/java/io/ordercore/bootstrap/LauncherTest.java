package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ordercore.adapter.cli.CliEnvironment;
import io.ordercore.adapter.persistence.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one executable's command line: help never opens the database; commands work on PostgreSQL. */
class LauncherTest {

    /** A database that cannot be reached: any attempt to open it would fail the command. */
    private static final Map<String, Object> UNREACHABLE = Map.of(
            "datasources.default.url", "jdbc:postgresql://127.0.0.1:1/nothing",
            "datasources.default.username", "nobody",
            "datasources.default.password", "");

    record Run(int exit, String out, String err, boolean openedDatabase) {
    }

    static final String ADMIN = "root@ordercore.test";
    static final String ADMIN_PASSWORD = "Tundra-Kettle-42";

    /** The CLI's environment: acting as the seeded admin, with the admin's password on standard input. */
    static CliEnvironment asAdmin() {
        return new CliEnvironment(name -> "ORDERCORE_CLI_AS".equals(name) ? ADMIN : null, () -> ADMIN_PASSWORD);
    }

    /** No identity named, the admin's password on standard input (for seeding). */
    static CliEnvironment anonymous() {
        return new CliEnvironment(name -> null, () -> ADMIN_PASSWORD);
    }

    private static Run run(Map<String, Object> properties, String... args) {
        return run(properties, asAdmin(), args);
    }

    static Run run(Map<String, Object> properties, CliEnvironment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Launcher launcher = new Launcher(properties, environment)) {
            int exit = launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(exit, out.toString(), err.toString(), launcher.openedDatabase());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "orders --help", "catalog --help", "serve --help", "db --help", "db migrate --help",
            "orders list --help", "catalog call-type create --help"})
    void helpAnswersWithoutOpeningTheDatabase(String args) {
        Run run = run(UNREACHABLE, args.split(" "));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage:");
        assertThat(run.openedDatabase()).isFalse();
    }

    @Test
    void theRootHelpListsEveryGroup() {
        Run run = run(UNREACHABLE, "--help");
        assertThat(run.out()).contains("serve").contains("db").contains("orders").contains("catalog");
    }

    @Test
    void aUsageErrorExitsWithTwoWithoutOpeningTheDatabase() {
        Run run = run(UNREACHABLE, "orders", "lisst");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("lisst");
        assertThat(run.openedDatabase()).isFalse();
    }

    @Test
    void anUnreachableDatabaseIsAClearFailureNotAStackTrace() {
        Run run = run(UNREACHABLE, "orders", "list");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ");
    }

    @Test
    void dbMigrateReportsTheSchemaVersionAndIsRepeatable() {
        Map<String, Object> db = new HashMap<>(TestDatabase.newSchema("launcher_migrate").properties());

        Run first = run(db, "db", "migrate");
        Run again = run(db, "db", "migrate");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).matches("(?s)applied [1-9]\\d* migration\\(s\\); schema version \\d+.*");
        assertThat(again.out()).startsWith("applied 0 migration(s)");
    }

    @Test
    void withoutANamedAccountAdminCommandsRefuseBeforeOpeningTheDatabase() {
        Run run = run(UNREACHABLE, anonymous(), "orders", "list");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--as");
        assertThat(run.openedDatabase()).isFalse();
    }

    @Test
    void adminCommandsRunInProcessAgainstTheConfiguredDatabase() throws Exception {
        Map<String, Object> db = new HashMap<>(TestDatabase.newSchema("launcher_cli").properties());
        Run seeded = run(db, anonymous(), "users", "create", "--role", "ADMIN", "--email", ADMIN, "--name", "Root",
                "--password-stdin");
        assertThat(seeded.exit()).as(seeded.err()).isZero();
        assertThat(seeded.out() + seeded.err()).doesNotContain(ADMIN_PASSWORD);
        Run again = run(db, anonymous(), "users", "create", "--role", "ADMIN", "--email", "two@ordercore.test",
                "--name", "Two", "--password-stdin");
        assertThat(again.exit()).isEqualTo(4);
        assertThat(again.err()).contains("ADMIN_EXISTS");

        Run created = run(db, "catalog", "category", "create", "Greetings", "--format", "json");
        assertThat(created.exit()).as(created.err()).isZero();
        long categoryId = new ObjectMapper().readTree(created.out()).get("id").asLong();
        Run type = run(db, "catalog", "call-type", "create", "--category", String.valueOf(categoryId), "--name", "Birthday",
                "--price", "700");
        assertThat(type.exit()).as(type.err()).isZero();
        Run listed = run(db, "catalog", "tree", "--format", "json");

        JsonNode tree = new ObjectMapper().readTree(listed.out());
        assertThat(tree.get("categories").get(0).get("name").asText()).isEqualTo("Greetings");
        assertThat(tree.get("categories").get(0).get("callTypes").get(0).get("price").get("amount").asText()).isEqualTo("700.00");

        Run orders = run(db, "orders", "list", "--format", "json");
        assertThat(orders.exit()).isZero();
        assertThat(new ObjectMapper().readTree(orders.out()).get("items")).isEmpty();

        Run missing = run(db, "orders", "show", "424242");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("NOT_FOUND");
        assertThat(List.of(created, type, listed, orders, missing)).allMatch(Run::openedDatabase);

        Run audit = run(db, "audit", "list", "--target", "category:" + categoryId, "--format", "json");
        JsonNode entries = new ObjectMapper().readTree(audit.out()).get("items");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("actor").get("label").asText()).isEqualTo(ADMIN);
        assertThat(entries.get(0).get("action").asText()).isEqualTo("catalog.category.create");
    }
}
