package io.ordercore.adapter.web.problem;

import static io.ordercore.adapter.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.ordercore.adapter.web.Api;
import io.ordercore.adapter.web.Reply;
import io.ordercore.adapter.web.Sessions;
import org.junit.jupiter.api.Test;

/** Errors the framework meets before (or instead of) the core still answer as problem JSON. */
@MicronautTest
class ProblemHttpTest {

    private final Api api;
    private final Api admin;

    ProblemHttpTest(Api api, Sessions sessions) {
        this.api = api;
        this.admin = api.as(sessions.admin());
    }

    @Test
    void malformedJsonIs400() {
        Reply reply = api.post("/api/v1/orders", "{\"clientName\": \"Ivan\",");

        assertProblem(reply, 400, "MALFORMED_JSON");
        assertThat(reply.text("title")).isEqualTo("Malformed JSON");
        assertThat(reply.text("detail")).isEqualTo("The request body is not valid JSON.");
        assertThat(reply.text("instance")).isEqualTo("/api/v1/orders");
        assertThat(reply.has("errors")).isFalse();
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        Reply reply = api.post("/api/v1/orders", "{\"anonymous\": \"yes\", \"consent\": true}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.size("errors")).isEqualTo(1);
        assertThat(reply.text("errors[0].field")).isEqualTo("anonymous");
        assertThat(reply.text("errors[0].code")).isEqualTo("INVALID_TYPE");
        assertThat(reply.text("errors[0].message")).isEqualTo("must be true or false");
    }

    @Test
    void textWhereANumberBelongsNamesTheField() {
        Reply reply = api.post("/api/v1/orders", "{\"callTypeId\": \"abc\"}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("callTypeId");
        assertThat(reply.text("errors[0].message")).isEqualTo("must be a whole number");
    }

    @Test
    void fractionWhereAWholeNumberBelongsIsRefusedNotTruncated() {
        Reply reply = admin.post("/api/v1/admin/orders/bulk-delete", "{\"ids\": [1.5]}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("ids");
        assertThat(reply.text("errors[0].message")).isEqualTo("must be a list of whole numbers");
    }

    @Test
    void objectWhereATextBelongsNamesTheField() {
        Reply reply = admin.post("/api/v1/admin/catalog/categories", "{\"name\": {\"first\": \"x\"}}");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("name");
        assertThat(reply.text("errors[0].message")).isEqualTo("must be a string");
    }

    @Test
    void bodyThatIsNotAnObjectIs400() {
        Reply reply = admin.post("/api/v1/admin/catalog/categories", "[1, 2]");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("body");
        assertThat(reply.text("errors[0].message")).isEqualTo("must be a JSON object");
    }

    @Test
    void missingBodyIs400() {
        Reply reply = admin.send(HttpRequest.POST("/api/v1/admin/catalog/categories", "")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("body");
        assertThat(reply.text("errors[0].code")).isEqualTo("REQUIRED");
        assertThat(reply.text("errors[0].message")).isEqualTo("a JSON body is required");
    }

    @Test
    void unknownRouteIs404() {
        Reply reply = api.get("/api/v1/nothing-here");

        assertProblem(reply, 404, "NOT_FOUND");
        assertThat(reply.text("detail")).isEqualTo("Nothing is found at /api/v1/nothing-here.");
    }

    @Test
    void unknownRouteAskedForHtmlIsStillProblemJson() {
        Reply reply = api.send(HttpRequest.GET("/api/v1/nothing-here").accept(MediaType.TEXT_HTML_TYPE));

        assertProblem(reply, 404, "NOT_FOUND");
    }

    @Test
    void wrongMethodIs405() {
        Reply reply = api.delete("/api/v1/catalog");

        assertProblem(reply, 405, "METHOD_NOT_ALLOWED");
        assertThat(reply.text("detail")).isEqualTo("DELETE is not allowed on /api/v1/catalog.");
    }

    @Test
    void unacceptableResponseTypeIs406() {
        Reply reply = api.send(HttpRequest.GET("/api/v1/catalog").accept(MediaType.APPLICATION_XML_TYPE));

        assertProblem(reply, 406, "NOT_ACCEPTABLE");
        assertThat(reply.text("detail")).isEqualTo("This resource answers with JSON only.");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        Reply reply = api.send(HttpRequest.POST("/api/v1/orders", "clientName=Ivan")
                .contentType(MediaType.TEXT_PLAIN_TYPE));

        assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(reply.text("detail")).isEqualTo("Send the request body as application/json.");
    }

    @Test
    void nonNumericPathIdIs400() {
        Reply reply = admin.get("/api/v1/admin/orders/abc");

        assertProblem(reply, 400, "VALIDATION_FAILED");
        assertThat(reply.text("errors[0].field")).isEqualTo("id");
        assertThat(reply.text("errors[0].code")).isEqualTo("INVALID_TYPE");
        assertThat(reply.text("errors[0].message")).isEqualTo("must be a whole number");
    }

    @Test
    void negativePathIdIs404() {
        Reply reply = admin.get("/api/v1/admin/orders/-5");

        assertProblem(reply, 404, "NOT_FOUND");
        assertThat(reply.text("detail")).isEqualTo("Order -5 not found");
    }

    @Test
    void unexpectedExceptionIs500WithoutItsMessage() {
        Reply reply = api.get("/test/failing");

        assertProblem(reply, 500, "INTERNAL_ERROR");
        assertThat(reply.body()).doesNotContain("SELECT").doesNotContain("relation").doesNotContain("Exception");
        assertThat(reply.text("detail")).isEqualTo("The server failed to handle this request; the error has been logged.");
    }

    @Test
    void domainRefusalKeepsItsOwnCode() {
        Reply reply = admin.delete("/api/v1/admin/talents/404");

        assertProblem(reply, 404, "NOT_FOUND");
        assertThat(reply.text("title")).isEqualTo("Not found");
        assertThat(reply.text("detail")).isEqualTo("Talent 404 not found");
        assertThat(reply.text("instance")).isEqualTo("/api/v1/admin/talents/404");
    }
}
