package io.ordercore.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCommandsTest {

    private final TestCore t = new TestCore();

    private CliRun ok(String... args) {
        CliRun run = t.run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    /** Birthdays (1) > Birthday greeting (1, talent 1) > Happy birthday (1); Apologies (2); talents 1, 2. */
    private void fill() {
        ok("catalog", "category", "create", "Birthdays");
        ok("catalog", "category", "create", "Apologies");
        ok("catalog", "talent", "create", "Deep voice", "--critical");
        ok("catalog", "talent", "create", "Speaks English");
        ok("catalog", "call-type", "create", "--category", "1", "--name", "Birthday greeting", "--price", "1500",
                "--description", "A warm greeting", "--gender", "female", "--talent", "1",
                "--image", "https://img.example.com/b.png");
        ok("catalog", "example", "create", "--call-type", "1", "--title", "Happy birthday", "--text", "Hello, Masha!",
                "--recording", "https://rec.example.com/1.mp3");
    }

    @Test
    void categoryCreatePrintsTheIdOrTheObject() {
        assertThat(ok("catalog", "category", "create", "Birthdays").out()).isEqualTo("1\n");

        JsonNode json = ok("catalog", "category", "create", "Apologies", "--format", "json").json();
        assertThat(json.get("id").asLong()).isEqualTo(2);
        assertThat(json.get("name").asText()).isEqualTo("Apologies");
        assertThat(json.get("frozen").asBoolean()).isFalse();
        assertThat(json.has("callTypes")).isFalse();
    }

    @Test
    void categoryRenameAndList() {
        fill();

        assertThat(ok("catalog", "category", "rename", "2", "Sorry calls").out()).isEqualTo("2\n");
        assertThat(ok("catalog", "category", "list").out()).isEqualTo("""
                ID  NAME         FROZEN
                1   Birthdays    no
                2   Sorry calls  no
                """);
        JsonNode items = ok("catalog", "category", "list", "--format", "json").json().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).get("name").asText()).isEqualTo("Sorry calls");
    }

    @Test
    void callTypeCreateTakesEveryOption() {
        fill();

        CallType created = t.core().manageCatalog().fullCatalog(t.admin()).get(0).callTypes().get(0).callType();
        assertThat(created.name()).isEqualTo("Birthday greeting");
        assertThat(created.price().minor()).isEqualTo(150_000);
        assertThat(created.description()).contains("A warm greeting");
        assertThat(created.requiredGender().name()).isEqualTo("FEMALE");
        assertThat(created.talents()).extracting(id -> id.value()).containsExactly(1L);
        assertThat(created.imageUrl()).contains("https://img.example.com/b.png");
    }

    @Test
    void callTypeCreateInJsonPrintsTheObject() {
        ok("catalog", "category", "create", "Birthdays");

        JsonNode json = ok("catalog", "call-type", "create", "--category", "1", "--name", "Greeting", "--price", "990",
                "--format", "json").json();

        assertThat(json.get("id").asLong()).isEqualTo(1);
        assertThat(json.get("categoryId").asLong()).isEqualTo(1);
        assertThat(json.get("price").get("amount").asText()).isEqualTo("990.00");
        assertThat(json.get("price").get("currency").asText()).isEqualTo("RUB");
        assertThat(json.get("description").isNull()).isTrue();
        assertThat(json.get("requiredGender").asText()).isEqualTo("ANY");
        assertThat(json.get("talentIds")).isEmpty();
        assertThat(json.has("examples")).isFalse();
    }

    @Test
    void callTypeCreateListsEveryInvalidField() {
        CliRun run = t.run("catalog", "call-type", "create", "--category", "9", "--name", " ", "--price", "0",
                "--gender", "robot", "--talent", "5", "--image", "ftp://x", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("""
                error: VALIDATION_FAILED: Invalid input
                  categoryId: no category with this id
                  name: is required
                  priceRoubles: must be a whole number of roubles from 1 to 10000000
                  requiredGender: must be one of ANY, MALE, FEMALE
                  talentIds: no talent with id 5
                  imageUrl: must be an http(s) address of at most 2000 characters
                """);
        assertThat(run.errorJson().get("errors").findValuesAsText("field"))
                .containsExactly("categoryId", "name", "priceRoubles", "requiredGender", "talentIds", "imageUrl");
        assertThat(run.errorJson().get("errors").findValuesAsText("code"))
                .containsExactly("UNKNOWN_CATEGORY", "REQUIRED", "INVALID_PRICE", "INVALID_CHOICE", "UNKNOWN_TALENT",
                        "INVALID_URL");
    }

    @Test
    void callTypeUpdateKeepsWhatIsNotTyped() {
        fill();

        assertThat(ok("catalog", "call-type", "update", "1", "--price", "2000", "--category", "2").out()).isEqualTo("1\n");

        CallType updated = callType(1);
        assertThat(updated.price().minor()).isEqualTo(200_000);
        assertThat(updated.categoryId().value()).isEqualTo(2);
        assertThat(updated.name()).isEqualTo("Birthday greeting");
        assertThat(updated.description()).contains("A warm greeting");
        assertThat(updated.requiredGender().name()).isEqualTo("FEMALE");
        assertThat(updated.talents()).extracting(id -> id.value()).containsExactly(1L);
        assertThat(updated.imageUrl()).contains("https://img.example.com/b.png");
    }

    @Test
    void callTypeUpdateReplacesOrClearsTheOptionalFields() {
        fill();

        ok("catalog", "call-type", "update", "1", "--talent", "2", "--talent", "1", "--description", "", "--image", "");
        assertThat(callType(1).talents()).extracting(id -> id.value()).containsExactly(2L, 1L);
        assertThat(callType(1).description()).isEmpty();
        assertThat(callType(1).imageUrl()).isEmpty();

        JsonNode json = ok("catalog", "call-type", "update", "1", "--no-talents", "--name", "Greeting", "--format", "json").json();
        assertThat(json.get("talentIds")).isEmpty();
        assertThat(json.get("name").asText()).isEqualTo("Greeting");
    }

    @Test
    void callTypeUpdateOfAnUnknownIdIsNotFound() {
        CliRun run = t.run("catalog", "call-type", "update", "7", "--name", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).isEqualTo("error: NOT_FOUND: Call type 7 not found\n");
    }

    @Test
    void callTypeList() {
        fill();
        ok("catalog", "call-type", "create", "--category", "2", "--name", "Apology", "--price", "700");

        assertThat(ok("catalog", "call-type", "list").out()).isEqualTo("""
                ID  CATEGORY  NAME               PRICE        GENDER  TALENTS  FROZEN
                1   1         Birthday greeting  1500.00 RUB  FEMALE  1        no
                2   2         Apology            700.00 RUB   ANY     -        no
                """);
        JsonNode items = ok("catalog", "call-type", "list", "--category", "2", "--format", "json").json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("name").asText()).isEqualTo("Apology");
    }

    @Test
    void exampleCreateAndList() {
        fill();

        JsonNode json = ok("catalog", "example", "create", "--call-type", "1", "--title", "Second", "--format", "json").json();
        assertThat(json.get("id").asLong()).isEqualTo(2);
        assertThat(json.get("callTypeId").asLong()).isEqualTo(1);
        assertThat(json.get("text").isNull()).isTrue();

        assertThat(ok("catalog", "example", "list", "--call-type", "1").out()).isEqualTo("""
                ID  CALL TYPE  TITLE           RECORDING                      FROZEN
                1   1          Happy birthday  https://rec.example.com/1.mp3  no
                2   1          Second          -                              no
                """);
    }

    @Test
    void exampleCreateListsEveryInvalidField() {
        CliRun run = t.run("catalog", "example", "create", "--call-type", "3", "--title", "", "--recording", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("""
                error: VALIDATION_FAILED: Invalid input
                  callTypeId: no call type with this id
                  title: is required
                  recordingUrl: must be an http(s) address of at most 2000 characters
                """);
    }

    @Test
    void treeShowsEveryLevelWithFlags() {
        fill();
        ok("catalog", "example", "freeze", "1");

        assertThat(ok("catalog", "tree").out()).isEqualTo("""
                category 1: Birthdays
                  call-type 1: Birthday greeting; 1500.00 RUB; gender FEMALE; talents [1 Deep voice]
                    example 1: Happy birthday [frozen]
                category 2: Apologies
                """);
    }

    @Test
    void treeOfAnEmptyCatalog() {
        assertThat(ok("catalog", "tree").out()).isEqualTo("the catalog is empty\n");
        assertThat(ok("catalog", "tree", "--format", "json").json().get("categories")).isEmpty();
    }

    @Test
    void treeInJson() {
        fill();

        JsonNode json = ok("catalog", "tree", "--format", "json").json();

        JsonNode birthdays = json.get("categories").get(0);
        assertThat(birthdays.get("name").asText()).isEqualTo("Birthdays");
        JsonNode greeting = birthdays.get("callTypes").get(0);
        assertThat(greeting.get("name").asText()).isEqualTo("Birthday greeting");
        assertThat(greeting.get("price").get("amount").asText()).isEqualTo("1500.00");
        assertThat(greeting.get("talentIds").get(0).asLong()).isEqualTo(1);
        assertThat(greeting.get("examples").get(0).get("title").asText()).isEqualTo("Happy birthday");
        assertThat(greeting.get("examples").get(0).get("recordingUrl").asText()).isEqualTo("https://rec.example.com/1.mp3");
        assertThat(json.get("categories").get(1).get("callTypes")).isEmpty();
        assertThat(json.get("talents").findValuesAsText("name")).containsExactly("Deep voice", "Speaks English");
        assertThat(json.get("talents").get(0).get("critical").asBoolean()).isTrue();
    }

    @Test
    void freezeAndUnfreezeAtEveryLevel() {
        fill();

        assertThat(ok("catalog", "category", "freeze", "1").out()).isEqualTo("frozen category 1\n");
        assertThat(ok("catalog", "call-type", "freeze", "1").out()).isEqualTo("frozen call-type 1\n");
        assertThat(ok("catalog", "example", "freeze", "1").out()).isEqualTo("frozen example 1\n");
        assertThat(t.core().browseCatalog().visibleCatalog()).extracting(s -> s.category().name()).containsExactly("Apologies");

        assertThat(ok("catalog", "category", "unfreeze", "1").out()).isEqualTo("unfrozen category 1\n");
        JsonNode json = ok("catalog", "call-type", "unfreeze", "1", "--format", "json").json();
        assertThat(json.get("element").asText()).isEqualTo("call-type");
        assertThat(json.get("id").asLong()).isEqualTo(1);
        assertThat(json.get("frozen").asBoolean()).isFalse();
        assertThat(json.has("deleted")).isFalse();
        assertThat(ok("catalog", "example", "unfreeze", "1").out()).isEqualTo("unfrozen example 1\n");
        assertThat(t.core().browseCatalog().visibleCatalog().get(0).callTypes().get(0).examples()).hasSize(1);
    }

    @Test
    void deleteAtEveryLevel() {
        fill();

        assertThat(ok("catalog", "example", "delete", "1").out()).isEqualTo("deleted example 1\n");
        JsonNode json = ok("catalog", "call-type", "delete", "1", "--format", "json").json();
        assertThat(json.get("element").asText()).isEqualTo("call-type");
        assertThat(json.get("deleted").asBoolean()).isTrue();
        assertThat(json.has("frozen")).isFalse();
        assertThat(ok("catalog", "category", "delete", "1").out()).isEqualTo("deleted category 1\n");

        assertThat(ok("catalog", "category", "list").out()).isEqualTo("""
                ID  NAME       FROZEN
                2   Apologies  no
                """);
    }

    @Test
    void freezeOrDeleteOfAnUnknownElementIsNotFound() {
        CliRun run = t.run("catalog", "example", "freeze", "4");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).isEqualTo("error: NOT_FOUND: Call example 4 not found\n");
        assertThat(t.run("catalog", "category", "delete", "4").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void talentCreateListDelete() {
        assertThat(ok("catalog", "talent", "create", "Deep voice", "--critical").out()).isEqualTo("1\n");
        JsonNode json = ok("catalog", "talent", "create", "Speaks English", "--format", "json").json();
        assertThat(json.get("id").asLong()).isEqualTo(2);
        assertThat(json.get("critical").asBoolean()).isFalse();

        assertThat(ok("catalog", "talent", "list").out()).isEqualTo("""
                ID  NAME            CRITICAL
                1   Deep voice      yes
                2   Speaks English  no
                """);
        assertThat(ok("catalog", "talent", "delete", "1").out()).isEqualTo("deleted talent 1\n");
        assertThat(ok("catalog", "talent", "list", "--format", "json").json().get("items").findValuesAsText("name"))
                .containsExactly("Speaks English");
    }

    @Test
    void talentErrors() {
        ok("catalog", "talent", "create", "Deep voice");

        CliRun duplicate = t.run("catalog", "talent", "create", "Deep voice");
        assertThat(duplicate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(duplicate.err()).isEqualTo("error: VALIDATION_FAILED: Invalid input\n  name: a talent with this name exists\n");
        assertThat(t.run("catalog", "talent", "delete", "9").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void prioritySetShowAndClear() {
        fill();
        ok("catalog", "category", "create", "Weddings");

        assertThat(ok("catalog", "priority", "show").out()).isEqualTo("""
                priority:    none (the widget shows the lowest ids)
                quick order: 1 Birthdays, 2 Apologies, 3 Weddings
                """);
        assertThat(ok("catalog", "priority", "set", "3", "1").out()).isEqualTo("""
                priority:    3 Weddings, 1 Birthdays
                quick order: 3 Weddings, 1 Birthdays
                """);
        ok("catalog", "category", "freeze", "3");
        JsonNode json = ok("catalog", "priority", "show", "--format", "json").json();
        assertThat(json.get("priority").findValuesAsText("name")).containsExactly("Weddings", "Birthdays");
        assertThat(json.get("priority").get(0).get("frozen").asBoolean()).isTrue();
        assertThat(json.get("quickOrder").findValuesAsText("name")).containsExactly("Birthdays");

        assertThat(ok("catalog", "priority", "set").out()).startsWith("priority:    none");
        assertThat(t.core().manageCatalog().priorityCategories(t.admin())).isEmpty();
    }

    @Test
    void priorityErrors() {
        fill();

        CliRun tooMany = t.run("catalog", "priority", "set", "1", "2", "1", "2");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.err()).isEqualTo("error: VALIDATION_FAILED: Invalid input\n  categoryIds: at most 3 priority categories\n");
        assertThat(t.run("catalog", "priority", "set", "1", "1").err()).contains("categoryIds: a category can be chosen only once");
        CliRun unknown = t.run("catalog", "priority", "set", "1", "9");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("categoryIds: no category with id 9");
        assertThat(t.core().manageCatalog().priorityCategories(t.admin())).isEqualTo(List.of());
    }

    private CallType callType(long id) {
        return t.core().manageCatalog().fullCatalog(t.admin()).stream()
                .flatMap(s -> s.callTypes().stream())
                .map(e -> e.callType())
                .filter(c -> c.id().equals(new CallTypeId(id)))
                .findFirst().orElseThrow();
    }
}
