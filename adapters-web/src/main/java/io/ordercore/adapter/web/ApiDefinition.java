package io.ordercore.adapter.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** The title and version of the generated OpenAPI document (META-INF/swagger/ordercore-v1.yml). */
@OpenAPIDefinition(info = @Info(
        title = "ordercore",
        version = "v1",
        description = "Order-processing core: catalog, call orders and their workflow. Errors are RFC 7807"
                + " application/problem+json. Admin endpoints are not protected yet."))
public final class ApiDefinition {

    private ApiDefinition() {
    }
}
