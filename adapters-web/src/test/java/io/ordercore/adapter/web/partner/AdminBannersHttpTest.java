package io.ordercore.adapter.web.partner;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import io.ordercore.domain.account.Role;
import org.junit.jupiter.api.Test;

/** The banner catalogue: administrators add and remove banners, site managers look. */
@MicronautTest
class AdminBannersHttpTest {

    private static final String BANNERS = "/api/v1/admin/banners";

    private final Api api;
    private final Api admin;
    private final Sessions sessions;

    AdminBannersHttpTest(Api api, Sessions sessions) {
        this.api = api;
        this.admin = api.as(sessions.admin());
        this.sessions = sessions;
    }

    @Test
    void anAdministratorAddsListsAndRemovesBanners() {
        Reply added = admin.post(BANNERS,
                "{\"size\": \"120X600\", \"imageUrl\": \"https://cdn.example/tall.png\", \"title\": \"Tall\"}");
        long id = added.number("id");
        Reply listed = api.as(sessions.token(Role.SITE_MANAGER)).get(BANNERS);
        Reply deleted = admin.delete(BANNERS + "/" + id);
        Reply deletedAgain = admin.delete(BANNERS + "/" + id);

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.text("size")).isEqualTo("120x600");
        assertThat(added.text("imageUrl")).isEqualTo("https://cdn.example/tall.png");
        assertThat(added.text("title")).isEqualTo("Tall");
        assertThat(added.text("createdAt")).endsWith("Z");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.numbers("items", "id")).contains(id);
        assertThat(listed.text(listed.where("items", "id", id) + ".size")).isEqualTo("120x600");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(deletedAgain, 404, "NOT_FOUND");
        assertThat(admin.get(BANNERS).numbers("items", "id")).doesNotContain(id);
    }

    @Test
    void everyBadFieldOfABannerIsListed() {
        Reply bad = admin.post(BANNERS, "{\"size\": \"big\", \"imageUrl\": \"ftp://cdn.example/x.png\", \"title\": \"\"}");
        Reply empty = admin.post(BANNERS, "{}");

        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.texts("errors", "field")).containsExactlyInAnyOrder("size", "imageUrl", "title");
        assertThat(bad.text(bad.where("errors", "field", "size") + ".code")).isEqualTo("INVALID_SIZE");
        assertThat(bad.text(bad.where("errors", "field", "imageUrl") + ".code")).isEqualTo("NOT_A_URL");
        assertProblem(empty, 400, "VALIDATION_FAILED");
        assertThat(empty.texts("errors", "code")).containsOnly("REQUIRED");
        assertThat(admin.get(BANNERS).size("items")).isZero();
    }

    @Test
    void anUnknownBannerIsNotFound() {
        assertProblem(admin.delete(BANNERS + "/999999"), 404, "NOT_FOUND");
        assertProblem(admin.delete(BANNERS + "/0"), 404, "NOT_FOUND");
    }

    @Test
    void onlyAdministratorsChangeTheCatalogue() {
        String body = "{\"size\": \"468x60\", \"imageUrl\": \"https://cdn.example/wide.png\", \"title\": \"Wide\"}";

        assertProblem(api.get(BANNERS), 401, "SIGN_IN_REQUIRED");
        assertProblem(api.as(sessions.token(Role.PARTNER)).get(BANNERS), 403, "FORBIDDEN");
        assertProblem(api.as(sessions.token(Role.SITE_MANAGER)).post(BANNERS, body), 403, "FORBIDDEN");
        assertProblem(api.as(sessions.token(Role.SITE_MANAGER)).delete(BANNERS + "/1"), 403, "FORBIDDEN");
    }
}
