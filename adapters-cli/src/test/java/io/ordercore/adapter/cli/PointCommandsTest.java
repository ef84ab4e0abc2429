package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import org.junit.jupiter.api.Test;

class PointCommandsTest {

    private final TestCore t = new TestCore();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private Point point(long id) {
        return t.core().managePoints().get(t.admin(), new PointId(id));
    }

    @Test
    void createPrintsTheId() {
        CliRun run = ok("points", "create", "--name", "North", "--address", "Tver, Lenina 1", "--contacts", "+7 482 000-00-00",
                "--description", "Open 9-21");

        assertThat(run.out()).isEqualTo("2\n");
        assertThat(run.err()).isEmpty();
        assertThat(point(2).address()).isEqualTo("Tver, Lenina 1");
        assertThat(point(2).description()).contains("Open 9-21");
    }

    @Test
    void createInJson() {
        JsonNode json = ok("points", "create", "--name", "North", "--address", "Tver", "--contacts", "+7", "--format", "json")
                .json();

        assertThat(json.get("id").asLong()).isEqualTo(2);
        assertThat(json.get("name").asText()).isEqualTo("North");
        assertThat(json.get("address").asText()).isEqualTo("Tver");
        assertThat(json.get("contacts").asText()).isEqualTo("+7");
        assertThat(json.get("description").isNull()).isTrue();
    }

    @Test
    void createListsEveryRefusedField() {
        CliRun run = t.run("points", "create", "--name", " ", "--address", "x".repeat(501), "--contacts", "+7");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: VALIDATION_FAILED: Invalid input\n  name: is required\n  address: ");
        assertThat(t.run("points", "create", "--name", "x").err())
                .startsWith("error: USAGE_ERROR: Missing required options: '--address=TEXT', '--contacts=TEXT'");
    }

    @Test
    void updateKeepsWhatIsNotTyped() {
        ok("points", "create", "--name", "North", "--address", "Tver", "--contacts", "+7", "--description", "Open 9-21");

        assertThat(ok("points", "update", "2", "--name", "North-West").out()).isEqualTo("2\n");
        assertThat(point(2)).isEqualTo(new Point(new PointId(2), "North-West", "Tver", "+7", java.util.Optional.of("Open 9-21")));

        JsonNode json = ok("points", "update", "2", "--description", "", "--format", "json").json();
        assertThat(json.get("name").asText()).isEqualTo("North-West");
        assertThat(json.get("description").isNull()).isTrue();
        assertThat(point(2).description()).isEmpty();
    }

    @Test
    void updateOfAnUnknownPointIsNotFound() {
        assertThat(t.run("points", "update", "9", "--name", "x").err()).isEqualTo("error: NOT_FOUND: Point 9 not found\n");
        assertThat(t.run("points", "update", "0", "--name", "x").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void listInEveryFormat() {
        ok("points", "create", "--name", "North", "--address", "Tver", "--contacts", "=1+1", "--description", "Open");

        assertThat(ok("points", "list").out()).isEqualTo("""
                ID  NAME        ADDRESS  CONTACTS
                1   Main point  Moscow   +7 495 000-00-00
                2   North       Tver     =1+1
                """);
        JsonNode json = ok("points", "list", "--format", "json").json();
        assertThat(json.get("items").findValuesAsText("name")).containsExactly("Main point", "North");
        assertThat(json.get("items").get(1).get("description").asText()).isEqualTo("Open");
        assertThat(ok("points", "list", "--format", "csv").out()).isEqualTo("id,name,address,contacts,description\r\n"
                + "1,Main point,Moscow,'+7 495 000-00-00,\r\n"
                + "2,North,Tver,'=1+1,Open\r\n");
    }

    @Test
    void show() {
        assertThat(ok("points", "show", "1").out()).isEqualTo("""
                id           1
                name         Main point
                address      Moscow
                contacts     +7 495 000-00-00
                description  -
                """);
        assertThat(ok("points", "show", "1", "--format", "json").json().get("name").asText()).isEqualTo("Main point");
        assertThat(t.run("points", "show", "7").err()).isEqualTo("error: NOT_FOUND: Point 7 not found\n");
    }

    @Test
    void assignManagerByIdOrEmail() {
        t.admin();
        t.memory.signedIn(Role.SUPERVISOR, "sue@example.com");
        t.memory.signedIn(Role.OPERATOR, "olga@example.com");
        t.memory.signedIn(Role.CLIENT, "carl@example.com");
        ok("points", "create", "--name", "North", "--address", "Tver", "--contacts", "+7");

        assertThat(ok("--as", "sue@example.com", "points", "assign-manager", "2", "Olga@Example.com").out())
                .isEqualTo("account 3 (olga@example.com) manages point 2\n");
        JsonNode json = ok("points", "assign-manager", "1", "4", "--format", "json").json();
        assertThat(json.get("email").asText()).isEqualTo("carl@example.com");
        assertThat(json.get("role").asText()).isEqualTo("POINT_MANAGER");
        assertThat(json.get("pointId").asLong()).isEqualTo(1);
        assertThat(ok("users", "list", "--role", "POINT_MANAGER", "--format", "json").json().get("items")
                .findValuesAsText("email")).containsExactly("olga@example.com", "carl@example.com");
    }

    @Test
    void assignManagerRefusals() {
        t.admin();
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");

        assertThat(t.run("points", "assign-manager", "9", "2").err()).isEqualTo("error: NOT_FOUND: Point 9 not found\n");
        assertThat(t.run("points", "assign-manager", "1", "nobody@example.com").err())
                .isEqualTo("error: NOT_FOUND: Account nobody@example.com not found\n");
        CliRun admin = t.run("points", "assign-manager", "1", CliRun.ADMIN);
        assertThat(admin.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        CliRun siteManager = t.run("--as", "sam@example.com", "points", "assign-manager", "1", "sam@example.com");
        assertThat(siteManager.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
        assertThat(siteManager.err()).isEqualTo("error: FORBIDDEN: This needs the role one of [ADMIN, SUPERVISOR];"
                + " you are SITE_MANAGER\n");
    }

    @Test
    void aSiteManagerReadsButDoesNotCreate() {
        t.memory.signedIn(Role.SITE_MANAGER, "sam@example.com");

        assertThat(ok("--as", "sam@example.com", "points", "list", "--format", "json").json().get("items")).hasSize(1);
        CliRun create = t.run("--as", "sam@example.com", "points", "create", "--name", "N", "--address", "A", "--contacts", "C");
        assertThat(create.exitCode()).isEqualTo(ExitCodes.FORBIDDEN);
    }
}
