package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.ordercore.adapter.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole service as wired for production (bootstrap's factory, libphonenumber, real HTTP server)
 * on a real PostgreSQL schema: catalog, placing an order, the admin list and the workflow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceEndToEndTest {

    static final String JWT_SECRET = "end-to-end-test-secret-of-enough-length-0123456789";

    private TestDatabase.Schema schema;
    private EmbeddedServer server;
    /** An administrator's client (bearer token). */
    private Http http;
    /** Nobody signed in. */
    private Http visitor;
    private String callDate;

    @BeforeAll
    void start() {
        schema = TestDatabase.newSchema("e2e");
        Map<String, Object> props = new HashMap<>(schema.properties());
        props.put("micronaut.server.port", -1);
        props.put(SecuritySettings.PROPERTY, JWT_SECRET);
        server = ApplicationContext.run(EmbeddedServer.class, props);
        server.getApplicationContext().getBean(io.ordercore.application.port.in.ManageAccountsUseCase.class)
                .createFirstAdmin("root@ordercore.test", "Root", "Tundra-Kettle-42");
        visitor = new Http(server.getURL());
        Http.Response signedIn = visitor.post("/api/v1/auth/sign-in",
                "{\"email\":\"root@ordercore.test\",\"password\":\"Tundra-Kettle-42\"}");
        http = new Http(server.getURL()).bearer(signedIn.json().get("accessToken").asText());
        callDate = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(2).toString();
        Http.Response spring = http.post("/api/v1/admin/coupons/super", "{\"code\":\"SPRING-25\",\"percent\":25}");
        assertThat(spring.status()).as(spring.text()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private long createCallType(String category, String name) {
        long categoryId = http.post("/api/v1/admin/catalog/categories", "{\"name\":\"" + category + "\"}").json().get("id").asLong();
        long talent = http.post("/api/v1/admin/talents", "{\"name\":\"Deep voice " + name + "\",\"critical\":true}").json().get("id").asLong();
        Http.Response type = http.post("/api/v1/admin/catalog/call-types", "{\"categoryId\":" + categoryId + ",\"name\":\"" + name
                + "\",\"priceRoubles\":700,\"requiredGender\":\"FEMALE\",\"talentIds\":[" + talent + "]}");
        assertThat(type.status()).as(type.text()).isEqualTo(201);
        return type.json().get("id").asLong();
    }

    private String orderJson(long callTypeId, String email, String phone) {
        return orderJson(callTypeId, email, phone, null);
    }

    private String orderJson(long callTypeId, String email, String phone, String coupon) {
        return "{\"callTypeId\":" + callTypeId + ",\"clientName\":\"Ivan Petrov\",\"clientEmail\":\"" + email + "\","
                + "\"recipientName\":\"Maria\",\"recipientPhone\":\"" + phone + "\",\"recipientCountry\":\"RU\","
                + "\"recipientCity\":\"Kazan\",\"callDate\":\"" + callDate + "\",\"windowStart\":\"10:00\","
                + "\"windowEnd\":\"12:00\",\"preferredGender\":\"female\",\"wishes\":\"Sing\",\"consent\":true"
                + (coupon == null ? "" : ",\"couponCode\":\"" + coupon + "\"") + "}";
    }

    @Test
    void aClientOrdersFromTheCatalogAndTheOrderIsStoredInPostgres() throws Exception {
        long callType = createCallType("Greetings", "Birthday song");

        JsonNode catalog = visitor.get("/api/v1/catalog").json();
        assertThat(catalog.toString()).contains("Birthday song");
        Http.Response placed = visitor.post("/api/v1/orders", orderJson(callType, "Ivan@Example.com", "8 (916) 123-45-67",
                "spring-25"));

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        JsonNode order = placed.json();
        assertThat(order.get("status").asText()).isEqualTo("UNPAID");
        assertThat(order.get("recipient").get("phone").asText()).isEqualTo("+79161234567");
        assertThat(order.get("client").get("email").asText()).isEqualTo("ivan@example.com");
        assertThat(order.get("couponCode").asText()).as("typed loosely, stored canonical").isEqualTo("SPRING25");
        assertThat(order.get("price").get("price").get("minor").asLong()).isEqualTo(70_000);
        assertThat(order.get("price").get("discount").get("minor").asLong()).isEqualTo(17_500);
        assertThat(order.get("price").get("total").get("minor").asLong()).isEqualTo(52_500);
        assertThat(order.get("window").get("timeZone").asText()).isEqualTo("Europe/Moscow");

        try (Connection c = schema.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT status, recipient_phone, price_minor FROM orders WHERE id = " + order.get("id").asLong())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("UNPAID");
            assertThat(rs.getString(2)).isEqualTo("+79161234567");
            assertThat(rs.getLong(3)).isEqualTo(70_000);
        }
    }

    @Test
    void aNumberThatIsNotValidInTheRecipientsCountryIsAFieldError() {
        long callType = createCallType("Phones", "Prank");

        Http.Response refused = visitor.post("/api/v1/orders", orderJson(callType, "a@example.com", "8 (123) 45"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("recipientPhone");
    }

    @Test
    void theAdminWorksTheOrderThroughTheWorkflow() {
        long callType = createCallType("Apologies", "Sorry");
        long id = visitor.post("/api/v1/orders", orderJson(callType, "olga@example.com", "+7 916 765-43-21")).json()
                .get("id").asLong();

        JsonNode page = http.get("/api/v1/admin/orders?clientEmail=OLGA&status=unpaid&limit=5").json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);

        Http.Response illegal = http.post("/api/v1/admin/orders/" + id + "/status", "{\"status\":\"IN_PROGRESS\",\"reason\":\"try\"}");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().get("code").asText()).isEqualTo("ILLEGAL_TRANSITION");

        Http.Response moved = http.put("/api/v1/admin/orders/" + id + "/window",
                "{\"callDate\":\"" + callDate + "\",\"windowStart\":\"15:00\",\"windowEnd\":\"16:30\",\"reason\":\"client asked\"}");
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        Http.Response cancelled = http.post("/api/v1/admin/orders/" + id + "/status", "{\"status\":\"CANCELLED\",\"reason\":\"duplicate\"}");
        assertThat(cancelled.status()).isEqualTo(200);

        JsonNode details = http.get("/api/v1/admin/orders/" + id).json();
        assertThat(details.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(details.get("window").get("start").asText()).isEqualTo("15:00");
        assertThat(details.get("history")).hasSize(3);
        assertThat(details.get("history").get(1).get("kind").asText()).isEqualTo("WINDOW");
        assertThat(details.get("history").get(2).get("to").asText()).isEqualTo("CANCELLED");
        assertThat(details.get("history").get(2).get("reason").asText()).isEqualTo("duplicate");

        Http.Response tooLate = http.put("/api/v1/admin/orders/" + id + "/window",
                "{\"callDate\":\"" + callDate + "\",\"windowStart\":\"11:00\",\"windowEnd\":\"12:00\"}");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("code").asText()).isEqualTo("ORDER_FINAL");

        JsonNode deleted = http.post("/api/v1/admin/orders/bulk-delete", "{\"ids\":[" + id + ",987654321]}").json();
        assertThat(deleted.get("deleted").get(0).asLong()).isEqualTo(id);
        assertThat(deleted.get("kept").get(0).get("reason").asText()).isEqualTo("NOT_FOUND");
        assertThat(http.get("/api/v1/admin/orders/" + id).status()).isEqualTo(404);
    }

    @Test
    void aFrozenCategoryHidesItsCallTypesFromClients() {
        long callType = createCallType("Seasonal", "New year");
        long categoryId = visitor.get("/api/v1/catalog/call-types/" + callType).json().get("categoryId").asLong();

        assertThat(http.post("/api/v1/admin/catalog/categories/" + categoryId + "/freeze", "").status()).isEqualTo(204);

        assertThat(visitor.get("/api/v1/catalog/call-types/" + callType).status()).isEqualTo(404);
        assertThat(visitor.get("/api/v1/catalog").text()).doesNotContain("New year");
        Http.Response refused = visitor.post("/api/v1/orders", orderJson(callType, "b@example.com", "+79161234567"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asText()).isEqualTo("CALL_TYPE_UNAVAILABLE");
    }

    @Test
    void healthOpenApiAndSwaggerUiAreServed() {
        assertThat(visitor.get("/health").json().get("status").asText()).isEqualTo("UP");
        Http.Response spec = visitor.get("/swagger/ordercore-v1.yml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.text()).contains("openapi:").contains("/api/v1/orders").contains("/api/v1/admin/orders");
        Http.Response ui = visitor.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.text()).contains("swagger");
    }

    @Test
    void unknownRoutesAnswerProblemJson() {
        Http.Response missing = visitor.get("/api/v1/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }
}
