package io.ordercore.adapter.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The title and version of the generated OpenAPI document (META-INF/swagger/ordercore-v1.yml). */
@OpenAPIDefinition(info = @Info(
        title = "ordercore",
        version = "v1",
        description = "Order-processing core: catalog, call orders and their workflow, accounts and points of sale."
                + " Sign in at /api/v1/auth/sign-in and send the token as 'Authorization: Bearer <token>';"
                + " catalog, order placing, registration, sign-in, order pages and rating aspects need none, and"
                + " telephony's callback is signed instead (X-Signature). Errors are RFC 7807"
                + " application/problem+json: 401 without a valid token, 403 for a role a route does not admit."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ApiDefinition {

    private ApiDefinition() {
    }
}
