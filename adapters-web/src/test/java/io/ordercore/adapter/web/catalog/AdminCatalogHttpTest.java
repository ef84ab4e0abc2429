package io.ordercore.adapter.web.catalog;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.domain.catalog.CallType;
import org.junit.jupiter.api.Test;

/** The admin catalog endpoints: create, change, freeze, delete at each level; talents; priority categories. */
@MicronautTest
class AdminCatalogHttpTest {

    private final Api api;
    private final Fixtures fixtures;

    AdminCatalogHttpTest(Api api, Fixtures fixtures, Sessions sessions) {
        this.api = api.as(sessions.admin());
        this.fixtures = fixtures;
    }

    @Test
    void createsAndRenamesACategory() {
        Reply created = api.post("/api/v1/admin/catalog/categories", "{\"name\": \"  Greetings \"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("Greetings");
        assertThat(created.flag("frozen")).isFalse();
        long id = created.number("id");

        Reply renamed = api.put("/api/v1/admin/catalog/categories/" + id, "{\"name\": \"Congratulations\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.number("id")).isEqualTo(id);
        assertThat(renamed.text("name")).isEqualTo("Congratulations");
        Reply tree = api.get("/api/v1/admin/catalog");
        assertThat(tree.text(tree.where("categories", "id", id) + ".name")).isEqualTo("Congratulations");
    }

    @Test
    void categoryNameIsRequired() {
        Reply reply = api.post("/api/v1/admin/catalog/categories", "{\"name\": \" \"}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("name");
        assertThat(reply.text("errors[0].code")).isEqualTo("REQUIRED");
        assertProblem(api.put("/api/v1/admin/catalog/categories/777777", "{\"name\": \"X\"}"), 404, "NOT_FOUND");
    }

    @Test
    void createsAndUpdatesACallType() {
        long category = fixtures.category("Pranks").id().value();
        long talent = api.post("/api/v1/admin/talents", "{\"name\": \"Deep voice\", \"critical\": true}").number("id");

        Reply created = api.post("/api/v1/admin/catalog/call-types", """
                {"categoryId": %d, "name": "Fake lottery win", "priceRoubles": 2500, "description": "A harmless prank",
                 "requiredGender": "MALE", "talentIds": [%d], "imageUrl": "https://img.example.com/lottery.png"}
                """.formatted(category, talent));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.number("id");
        assertThat(created.number("categoryId")).isEqualTo(category);
        assertThat(created.text("name")).isEqualTo("Fake lottery win");
        assertThat(created.text("price.amount")).isEqualTo("2500.00");
        assertThat(created.number("price.minor")).isEqualTo(250_000);
        assertThat(created.text("description")).isEqualTo("A harmless prank");
        assertThat(created.text("requiredGender")).isEqualTo("MALE");
        assertThat(created.at("talentIds[0]").getLongValue()).isEqualTo(talent);
        assertThat(created.text("imageUrl")).isEqualTo("https://img.example.com/lottery.png");
        assertThat(created.flag("frozen")).isFalse();
        assertThat(created.size("examples")).isZero();

        Reply updated = api.put("/api/v1/admin/catalog/call-types/" + id, """
                {"categoryId": %d, "name": "Fake lottery win", "priceRoubles": 3000}
                """.formatted(category));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.text("price.amount")).isEqualTo("3000.00");
        assertThat(updated.text("requiredGender")).isEqualTo("ANY");
        assertThat(updated.text("description")).isNull();
        assertThat(updated.size("talentIds")).isZero();
    }

    @Test
    void callTypeFormReportsEveryError() {
        Reply reply = api.post("/api/v1/admin/catalog/call-types", """
                {"categoryId": 999999, "name": "", "priceRoubles": 0, "requiredGender": "ROBOT",
                 "talentIds": [888888], "imageUrl": "ftp://x"}
                """);

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.texts("errors", "field"))
                .containsExactly("categoryId", "name", "priceRoubles", "requiredGender", "talentIds", "imageUrl");
        assertThat(reply.texts("errors", "code")).containsExactly("UNKNOWN_CATEGORY", "REQUIRED", "INVALID_PRICE",
                "INVALID_CHOICE", "UNKNOWN_TALENT", "INVALID_URL");
        assertProblem(api.put("/api/v1/admin/catalog/call-types/0", "{}"), 404, "NOT_FOUND");
    }

    @Test
    void createsACallExample() {
        CallType type = fixtures.orderableCallType();

        Reply created = api.post("/api/v1/admin/catalog/call-examples", """
                {"callTypeId": %d, "title": "Happy birthday, Sasha", "text": "Good morning!",
                 "recordingUrl": "https://cdn.example.com/sasha.mp3"}
                """.formatted(type.id().value()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.number("callTypeId")).isEqualTo(type.id().value());
        assertThat(created.text("title")).isEqualTo("Happy birthday, Sasha");
        assertThat(created.text("text")).isEqualTo("Good morning!");
        assertThat(created.text("recordingUrl")).isEqualTo("https://cdn.example.com/sasha.mp3");
        assertThat(api.get("/api/v1/catalog/call-types/" + type.id().value()).numbers("examples", "id"))
                .containsExactly(created.number("id"));

        Reply invalid = api.post("/api/v1/admin/catalog/call-examples", "{\"callTypeId\": 555555}");
        assertThat(invalid.texts("errors", "field")).containsExactly("callTypeId", "title");
    }

    @Test
    void deletingACategoryDeletesWhatIsUnderIt() {
        CallType type = fixtures.orderableCallType();
        long example = fixtures.example(type, "Doomed");
        long category = type.categoryId().value();

        assertThat(api.delete("/api/v1/admin/catalog/categories/" + category).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/admin/catalog").numbers("categories", "id")).doesNotContain(category);
        assertProblem(api.get("/api/v1/catalog/call-types/" + type.id().value()), 404, "NOT_FOUND");
        assertProblem(api.delete("/api/v1/admin/catalog/call-examples/" + example), 404, "NOT_FOUND");
        assertProblem(api.delete("/api/v1/admin/catalog/categories/" + category), 404, "NOT_FOUND");
    }

    @Test
    void deletesCallTypesAndExamples() {
        CallType type = fixtures.orderableCallType();
        CallType other = fixtures.callType(fixtures.category("Other"), "Other call", 700);
        long example = fixtures.example(other, "Kept until deleted");

        assertThat(api.delete("/api/v1/admin/catalog/call-types/" + type.id().value()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/admin/catalog/call-examples/" + example).status()).isEqualTo(204);

        Reply tree = api.get("/api/v1/admin/catalog");
        assertThat(tree.size(tree.where("categories", "id", type.categoryId().value()) + ".callTypes")).isZero();
        assertThat(tree.size(tree.where("categories", "id", other.categoryId().value()) + ".callTypes[0].examples"))
                .isZero();
        assertProblem(api.delete("/api/v1/admin/catalog/call-types/" + type.id().value()), 404, "NOT_FOUND");
    }

    @Test
    void freezingUnknownElementsIs404() {
        assertProblem(api.post("/api/v1/admin/catalog/categories/313131/freeze", ""), 404, "NOT_FOUND");
        assertProblem(api.post("/api/v1/admin/catalog/call-types/313131/unfreeze", ""), 404, "NOT_FOUND");
        assertProblem(api.post("/api/v1/admin/catalog/call-examples/-3/freeze", ""), 404, "NOT_FOUND");
    }

    @Test
    void managesTalents() {
        Reply created = api.post("/api/v1/admin/talents", "{\"name\": \"Speaks English\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("name")).isEqualTo("Speaks English");
        assertThat(created.flag("critical")).isFalse();
        long id = created.number("id");

        Reply all = api.get("/api/v1/admin/talents");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.text(all.where("talents", "id", id) + ".name")).isEqualTo("Speaks English");

        Reply duplicate = api.post("/api/v1/admin/talents", "{\"name\": \"Speaks English\"}");
        assertProblem(duplicate, 400, "VALIDATION_FAILED");
        assertThat(duplicate.text("errors[0].code")).isEqualTo("DUPLICATE");

        assertThat(api.delete("/api/v1/admin/talents/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/admin/talents").numbers("talents", "id")).doesNotContain(id);
        assertProblem(api.delete("/api/v1/admin/talents/" + id), 404, "NOT_FOUND");
    }

    @Test
    void priorityCategoriesAreChecked() {
        long a = fixtures.category("A").id().value();
        long b = fixtures.category("B").id().value();
        long c = fixtures.category("C").id().value();
        long d = fixtures.category("D").id().value();

        Reply tooMany = api.put("/api/v1/admin/catalog/priority-categories",
                "{\"categoryIds\": [" + a + "," + b + "," + c + "," + d + "]}");
        assertProblem(tooMany, 400, "VALIDATION_FAILED");
        assertThat(tooMany.text("errors[0].field")).isEqualTo("categoryIds");
        assertThat(tooMany.text("errors[0].code")).isEqualTo("TOO_MANY");

        Reply twice = api.put("/api/v1/admin/catalog/priority-categories", "{\"categoryIds\": [" + a + "," + a + "]}");
        assertThat(twice.text("errors[0].code")).isEqualTo("DUPLICATE");

        Reply notAnId = api.put("/api/v1/admin/catalog/priority-categories", "{\"categoryIds\": [0]}");
        assertProblem(notAnId, 400, "VALIDATION_FAILED");
        assertThat(notAnId.text("errors[0].code")).isEqualTo("UNKNOWN_CATEGORY");

        Reply missing = api.put("/api/v1/admin/catalog/priority-categories", "{}");
        assertThat(missing.text("errors[0].code")).isEqualTo("REQUIRED");

        Reply unknown = api.put("/api/v1/admin/catalog/priority-categories", "{\"categoryIds\": [424242]}");
        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertThat(unknown.text("errors[0].field")).isEqualTo("categoryIds");
        assertThat(unknown.text("errors[0].code")).isEqualTo("UNKNOWN_CATEGORY");
    }
}
