package io.ordercore.adapter.web.security;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import org.junit.jupiter.api.Test;

/**
 * The API document and Swagger UI stay reachable without a token (static resources mapped as the
 * service maps them, let through by micronaut.security.intercept-url-map), and no security
 * endpoint of Micronaut's own (login, logout, keys) is there to bypass /api/v1/auth.
 */
@MicronautTest
class PublicDocumentationHttpTest {

    private final Api api;

    PublicDocumentationHttpTest(Api api) {
        this.api = api;
    }

    @Test
    void swaggerNeedsNoToken() {
        assertThat(api.get("/swagger/ordercore-v1.yml").status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void theApiDocumentDescribesTheBearerScheme() {
        String document = api.get("/swagger/ordercore-v1.yml").body();

        assertThat(document).contains("bearerFormat: JWT").contains("/api/v1/auth/sign-in")
                .doesNotContain("name: caller");
    }

    @Test
    void micronautsOwnSecurityEndpointsAreOff() {
        assertProblem(api.post("/login", "{\"username\": \"a\", \"password\": \"b\"}"), 404, "NOT_FOUND");
        assertProblem(api.post("/logout", ""), 404, "NOT_FOUND");
        assertProblem(api.get("/keys"), 404, "NOT_FOUND");
        assertProblem(api.post("/oauth/access_token", "{}"), 404, "NOT_FOUND");
    }
}
