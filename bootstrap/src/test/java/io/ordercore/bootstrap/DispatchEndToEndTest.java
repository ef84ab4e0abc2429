package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.ordercore.adapter.persistence.testing.TestDatabase;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Dispatch end to end over HTTP on PostgreSQL, wired as production: a FULL coupon pays an order, it
 * is proposed to the best operator, refused, proposed to the next, confirmed; telephony's signed
 * callback of a 25 s call completes it and credits the fee; the client's review, once approved,
 * raises the operator's rating. A forged callback changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchEndToEndTest {

    private static final String TELEPHONY_SECRET = "telephony-shared-secret-for-tests";

    private EmbeddedServer server;
    private Http visitor;
    private Http admin;
    private long callType;

    @BeforeAll
    void start() {
        Map<String, Object> props = new HashMap<>(TestDatabase.newSchema("dispatch_e2e").properties());
        props.put("micronaut.server.port", -1);
        props.put(SecuritySettings.PROPERTY, ServiceEndToEndTest.JWT_SECRET);
        props.put("ordercore.telephony.secret", TELEPHONY_SECRET);
        server = ApplicationContext.run(EmbeddedServer.class, props);
        server.getApplicationContext().getBean(ManageAccountsUseCase.class)
                .createFirstAdmin("root@ordercore.test", "Root", "Tundra-Kettle-42");
        visitor = new Http(server.getURL());
        admin = as("root@ordercore.test", "Tundra-Kettle-42");
        long category = admin.post("/api/v1/admin/catalog/categories", "{\"name\":\"Greetings\"}").json().get("id").asLong();
        callType = admin.post("/api/v1/admin/catalog/call-types",
                "{\"categoryId\":" + category + ",\"name\":\"Birthday\",\"priceRoubles\":500}").json().get("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Http as(String email, String password) {
        Http.Response response = visitor.post("/api/v1/auth/sign-in",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return new Http(server.getURL()).bearer(response.json().get("accessToken").asText());
    }

    private long account(String email, String role) {
        Http.Response created = admin.post("/api/v1/admin/users", "{\"email\":\"" + email + "\",\"name\":\"" + email
                + "\",\"role\":\"" + role + "\",\"password\":\"Tundra-Kettle-42\"" + ("CLIENT".equals(role) ? ",\"pointId\":1" : "")
                + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long operator(String email, int tariffKopecks) {
        long id = account(email, "OPERATOR");
        Http.Response added = admin.post("/api/v1/admin/operators", "{\"email\":\"" + email
                + "\",\"gender\":\"FEMALE\",\"tariffKopecks\":" + tariffKopecks + "}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return id;
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TELEPHONY_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPaidOrderIsProposedRefusedReproposedConfirmedCalledCompletedReviewedAndRated() throws Exception {
        long first = operator("first@ordercore.test", 30_000);
        long second = operator("second@ordercore.test", 25_000);
        account("client@ordercore.test", "CLIENT");
        Http client = as("client@ordercore.test", "Tundra-Kettle-42");
        Http firstOperator = as("first@ordercore.test", "Tundra-Kettle-42");
        Http secondOperator = as("second@ordercore.test", "Tundra-Kettle-42");
        String code = admin.post("/api/v1/admin/coupons/groups",
                "{\"kind\":\"FULL\",\"percent\":100,\"count\":1,\"comment\":\"gift\"}").json().get("codes").get(0).asText();
        String callDate = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2).toString();

        Http.Response placed = client.post("/api/v1/orders", "{\"callTypeId\":" + callType + ",\"clientName\":\"Vera\","
                + "\"clientEmail\":\"client@ordercore.test\",\"recipientName\":\"Oleg\",\"recipientPhone\":\"+79161234567\","
                + "\"recipientCountry\":\"RU\",\"recipientCity\":\"Tver\",\"callDate\":\"" + callDate + "\","
                + "\"windowStart\":\"10:00\",\"windowEnd\":\"12:00\",\"consent\":true,\"couponCode\":\"" + code + "\"}");
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        long order = placed.json().get("id").asLong();

        JsonNode proposals = firstOperator.get("/api/v1/operator/proposals").json();
        assertThat(proposals.toString()).as("proposed to the first (lowest id among equals)").contains("\"id\":" + order);
        Http.Response refused = firstOperator.post("/api/v1/operator/orders/" + order + "/refuse", "{\"reason\":\"busy\"}");
        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        assertThat(secondOperator.get("/api/v1/operator/proposals").text()).contains("\"id\":" + order);
        Http.Response confirmed = secondOperator.post("/api/v1/operator/orders/" + order + "/confirm", "{}");
        assertThat(confirmed.json().get("status").asText()).isEqualTo("IN_PROGRESS");

        String callDay = callDate;
        String call = "{\"orderId\":" + order + ",\"operatorId\":" + second + ",\"start\":\"" + callDay + "T07:10:00Z\","
                + "\"end\":\"" + callDay + "T07:10:25Z\",\"durationSeconds\":25,\"recordingUrl\":\"https://rec.example.com/1.mp3\","
                + "\"outcome\":\"ANSWERED\",\"recordingReady\":true}";
        Http.Response forged = visitor.post("/api/v1/telephony/call-result", call.replace("25,", "95,"),
                "X-Signature", sign(call));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/orders/" + order).json().get("status").asText()).isEqualTo("IN_PROGRESS");
        Http.Response reported = visitor.post("/api/v1/telephony/call-result", call, "X-Signature", sign(call));
        assertThat(reported.status()).as(reported.text()).isEqualTo(200);
        assertThat(reported.json().get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(visitor.post("/api/v1/telephony/call-result", call, "X-Signature", sign(call)).json().get("outcome")
                .asText()).isEqualTo("DUPLICATE");

        assertThat(admin.get("/api/v1/admin/orders/" + order).json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(secondOperator.get("/api/v1/operator/earnings").text()).contains("250.00");
        Http.Response review = client.post("/api/v1/reviews", "{\"orderId\":" + order + ",\"text\":\"Great\",\"attitude\":1}");
        assertThat(review.status()).as(review.text()).isEqualTo(201);
        Http.Response moderated = admin.post("/api/v1/admin/reviews/moderate",
                "{\"ids\":[" + review.json().get("id").asLong() + "],\"approve\":true}");
        assertThat(moderated.status()).as(moderated.text()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/operators/" + second).json().get("rating").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/admin/operators/" + first).json().get("rating").asInt()).isZero();
        assertThat(admin.get("/api/v1/admin/dispatch/orders/" + order + "/decisions").json().toString())
                .contains("REFUSED_BEFORE");
    }
}
