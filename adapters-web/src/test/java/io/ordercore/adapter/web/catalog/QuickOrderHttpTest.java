package io.ordercore.adapter.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Fixtures;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import org.junit.jupiter.api.Test;

/** The quick-order widget and the priority categories behind it: one scenario in its own context, as it needs a known catalog. */
@MicronautTest
class QuickOrderHttpTest {

    private final Api api;
    private final Fixtures fixtures;

    QuickOrderHttpTest(Api api, Fixtures fixtures, Sessions sessions) {
        this.api = api.as(sessions.admin());
        this.fixtures = fixtures;
    }

    @Test
    void priorityCategoriesDriveTheQuickOrderWidget() {
        long first = fixtures.category("Greetings").id().value();
        long second = fixtures.category("Apologies").id().value();
        fixtures.category("Pranks");
        long fourth = fixtures.category("Confessions").id().value();

        Reply fallback = api.get("/api/v1/catalog/quick-order");
        assertThat(fallback.status()).isEqualTo(200);
        assertThat(fallback.texts("categories", "name")).containsExactly("Greetings", "Apologies", "Pranks");
        assertThat(api.get("/api/v1/admin/catalog/priority-categories").size("categoryIds")).isZero();

        Reply set = api.put("/api/v1/admin/catalog/priority-categories",
                "{\"categoryIds\": [" + fourth + ", " + second + "]}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.numbers("categories", "id")).containsExactly(fourth, second);

        Reply chosen = api.get("/api/v1/admin/catalog/priority-categories");
        assertThat(chosen.at("categoryIds[0]").getLongValue()).isEqualTo(fourth);
        assertThat(chosen.at("categoryIds[1]").getLongValue()).isEqualTo(second);
        assertThat(chosen.texts("categories", "name")).containsExactly("Confessions", "Apologies");
        assertThat(api.get("/api/v1/catalog/quick-order").texts("categories", "name"))
                .containsExactly("Confessions", "Apologies");

        api.post("/api/v1/admin/catalog/categories/" + fourth + "/freeze", "");
        assertThat(api.get("/api/v1/catalog/quick-order").numbers("categories", "id")).containsExactly(second);

        Reply cleared = api.put("/api/v1/admin/catalog/priority-categories", "{\"categoryIds\": []}");
        assertThat(cleared.size("categoryIds")).isZero();
        assertThat(api.get("/api/v1/catalog/quick-order").numbers("categories", "id"))
                .startsWith(first, second);
    }
}
