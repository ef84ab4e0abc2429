package io.ordercore.adapter.web.catalog;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageCatalogUseCase;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.Category;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client catalog endpoints, and how freezing (done over the admin endpoints) hides things from them. */
@MicronautTest
class CatalogHttpTest {

    private static final Caller CATALOGUER = Caller.system("catalog-test");

    private final Api api;
    private final Api staff;
    private final Fixtures fixtures;
    private final ManageCatalogUseCase catalog;

    CatalogHttpTest(Api api, Fixtures fixtures, ManageCatalogUseCase catalog, Sessions sessions) {
        this.api = api;
        this.staff = api.as(sessions.admin());
        this.fixtures = fixtures;
        this.catalog = catalog;
    }

    @Test
    void visibleCatalogListsCategoriesCallTypesAndExamples() {
        Category category = fixtures.category("Apologies");
        long talent = catalog.createTalent(CATALOGUER, "Soft voice", false).id().value();
        CallType type = catalog.createCallType(CATALOGUER, new CallTypeForm(category.id().value(), "Apologise to a friend", 1500L,
                "We say sorry for you", "female", List.of(talent), "https://img.example.com/sorry.png"));
        long example = fixtures.example(type, "Sorry, Masha");

        Reply reply = api.get("/api/v1/catalog");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
        String section = reply.where("categories", "id", category.id().value());
        assertThat(reply.text(section + ".name")).isEqualTo("Apologies");
        assertThat(reply.flag(section + ".frozen")).isFalse();
        String callType = section + ".callTypes[0]";
        assertThat(reply.number(callType + ".id")).isEqualTo(type.id().value());
        assertThat(reply.number(callType + ".categoryId")).isEqualTo(category.id().value());
        assertThat(reply.text(callType + ".name")).isEqualTo("Apologise to a friend");
        assertThat(reply.text(callType + ".price.amount")).isEqualTo("1500.00");
        assertThat(reply.number(callType + ".price.minor")).isEqualTo(150_000);
        assertThat(reply.text(callType + ".price.currency")).isEqualTo("RUB");
        assertThat(reply.at(callType + ".price.amount").isString()).isTrue();
        assertThat(reply.text(callType + ".description")).isEqualTo("We say sorry for you");
        assertThat(reply.text(callType + ".requiredGender")).isEqualTo("FEMALE");
        assertThat(reply.size(callType + ".talentIds")).isEqualTo(1);
        assertThat(reply.at(callType + ".talentIds[0]").getLongValue()).isEqualTo(talent);
        assertThat(reply.text(callType + ".imageUrl")).isEqualTo("https://img.example.com/sorry.png");
        assertThat(reply.number(callType + ".examples[0].id")).isEqualTo(example);
        assertThat(reply.text(callType + ".examples[0].title")).isEqualTo("Sorry, Masha");
        assertThat(reply.text(callType + ".examples[0].text")).isEqualTo("Hello!");
        assertThat(reply.text(callType + ".examples[0].recordingUrl")).isNull();
    }

    @Test
    void orderableCallTypeForAShareableLink() {
        CallType type = fixtures.orderableCallType();
        long example = fixtures.example(type, "A song");

        Reply reply = api.get("/api/v1/catalog/call-types/" + type.id().value());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.number("id")).isEqualTo(type.id().value());
        assertThat(reply.text("name")).isEqualTo("Birthday greeting");
        assertThat(reply.text("price.amount")).isEqualTo("1500.00");
        assertThat(reply.text("requiredGender")).isEqualTo("ANY");
        assertThat(reply.text("description")).isNull();
        assertThat(reply.numbers("examples", "id")).containsExactly(example);
    }

    @Test
    void unknownCallTypeIs404() {
        assertProblem(api.get("/api/v1/catalog/call-types/987654"), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/catalog/call-types/0"), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/catalog/call-types/x"), 400, "VALIDATION_FAILED");
    }

    @Test
    void frozenExampleDisappearsForClientsOnly() {
        CallType type = fixtures.orderableCallType();
        long hidden = fixtures.example(type, "Old recording");
        long shown = fixtures.example(type, "New recording");

        assertThat(staff.post("/api/v1/admin/catalog/call-examples/" + hidden + "/freeze", "").status()).isEqualTo(204);

        assertThat(api.get("/api/v1/catalog/call-types/" + type.id().value()).numbers("examples", "id"))
                .containsExactly(shown);
        Reply admin = staff.get("/api/v1/admin/catalog");
        String adminType = admin.where(admin.where("categories", "id", type.categoryId().value()) + ".callTypes", "id",
                type.id().value());
        assertThat(admin.numbers(adminType + ".examples", "id")).containsExactly(hidden, shown);
        assertThat(admin.flag(adminType + ".examples[0].frozen")).isTrue();

        assertThat(staff.post("/api/v1/admin/catalog/call-examples/" + hidden + "/unfreeze", "").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/catalog/call-types/" + type.id().value()).numbers("examples", "id"))
                .containsExactly(hidden, shown);
    }

    @Test
    void frozenCallTypeCannotBeOpenedNorSeen() {
        CallType type = fixtures.orderableCallType();
        String link = "/api/v1/catalog/call-types/" + type.id().value();

        assertThat(staff.post("/api/v1/admin/catalog/call-types/" + type.id().value() + "/freeze", "").status())
                .isEqualTo(204);

        assertProblem(api.get(link), 404, "NOT_FOUND");
        Reply tree = api.get("/api/v1/catalog");
        assertThat(tree.numbers(tree.where("categories", "id", type.categoryId().value()) + ".callTypes", "id"))
                .doesNotContain(type.id().value());

        assertThat(staff.post("/api/v1/admin/catalog/call-types/" + type.id().value() + "/unfreeze", "").status())
                .isEqualTo(204);
        assertThat(api.get(link).status()).isEqualTo(200);
    }

    @Test
    void frozenCategoryHidesEverythingUnderIt() {
        CallType type = fixtures.orderableCallType();
        long categoryId = type.categoryId().value();

        assertThat(staff.post("/api/v1/admin/catalog/categories/" + categoryId + "/freeze", "").status()).isEqualTo(204);

        assertThat(api.get("/api/v1/catalog").numbers("categories", "id")).doesNotContain(categoryId);
        assertThat(api.get("/api/v1/catalog/quick-order").numbers("categories", "id")).doesNotContain(categoryId);
        assertProblem(api.get("/api/v1/catalog/call-types/" + type.id().value()), 404, "NOT_FOUND");
        Reply admin = staff.get("/api/v1/admin/catalog");
        String section = admin.where("categories", "id", categoryId);
        assertThat(admin.flag(section + ".frozen")).isTrue();
        assertThat(admin.flag(section + ".callTypes[0].frozen")).as("the call type keeps its own flag").isFalse();

        assertThat(staff.post("/api/v1/admin/catalog/categories/" + categoryId + "/unfreeze", "").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/catalog/call-types/" + type.id().value()).status()).isEqualTo(200);
    }
}
