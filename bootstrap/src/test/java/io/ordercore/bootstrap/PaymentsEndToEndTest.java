package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.ordercore.adapter.persistence.testing.TestDatabase;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Both gateways end to end over HTTP on PostgreSQL, as production wires them: an order is paid by a
 * signed PayMaster notification (LMI_HASH) or CloudPayments Check + Pay (Content-HMAC), becomes Paid
 * and is dispatched to an operator at once; repeats change nothing; forged calls are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsEndToEndTest {

    private static final String MERCHANT = "11112222-3333-4444-5555-666677778888";
    private static final String PAYMASTER_SECRET = "Test-Secret-1";
    private static final String CLOUD_SECRET = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    private EmbeddedServer server;
    /** CloudPayments' API as far as a token charge goes: approves with a new TransactionId, remembers the request. */
    private HttpServer cloudApi;
    private final java.util.List<String> charges = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Http visitor;
    private Http admin;
    private Http client;
    private long callType;

    @BeforeAll
    void start() throws Exception {
        cloudApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloudApi.createContext("/payments/tokens/charge", exchange -> {
            charges.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] reply = ("{\"Success\":true,\"Message\":null,\"Model\":{\"TransactionId\":" + (900 + charges.size())
                    + ",\"Status\":\"Completed\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        cloudApi.start();
        Map<String, Object> props = new HashMap<>(TestDatabase.newSchema("payments_e2e").properties());
        props.put("micronaut.server.port", -1);
        props.put(SecuritySettings.PROPERTY, ServiceEndToEndTest.JWT_SECRET);
        props.put("ordercore.paymaster.merchant-id", MERCHANT);
        props.put("ordercore.paymaster.secret", PAYMASTER_SECRET);
        props.put("ordercore.paymaster.algorithm", "sha256");
        props.put("ordercore.cloudpayments.public-id", "pk_0123456789abcdef0123456789abc");
        props.put("ordercore.cloudpayments.api-secret", CLOUD_SECRET);
        props.put("ordercore.cloudpayments.api-base-url", "http://127.0.0.1:" + cloudApi.getAddress().getPort());
        server = ApplicationContext.run(EmbeddedServer.class, props);
        server.getApplicationContext().getBean(ManageAccountsUseCase.class)
                .createFirstAdmin("root@ordercore.test", "Root", "Tundra-Kettle-42");
        visitor = new Http(server.getURL());
        admin = as("root@ordercore.test");
        long category = admin.post("/api/v1/admin/catalog/categories", "{\"name\":\"Greetings\"}").json().get("id").asLong();
        callType = admin.post("/api/v1/admin/catalog/call-types",
                "{\"categoryId\":" + category + ",\"name\":\"Birthday\",\"priceRoubles\":500}").json().get("id").asLong();
        admin.post("/api/v1/admin/users", "{\"email\":\"op@ordercore.test\",\"name\":\"Op\",\"role\":\"OPERATOR\","
                + "\"password\":\"Tundra-Kettle-42\"}");
        admin.post("/api/v1/admin/operators", "{\"email\":\"op@ordercore.test\",\"gender\":\"FEMALE\",\"tariffKopecks\":10000,"
                + "\"capacity\":10}");
        admin.post("/api/v1/admin/users", "{\"email\":\"payer@ordercore.test\",\"name\":\"Payer\",\"role\":\"CLIENT\","
                + "\"pointId\":1,\"password\":\"Tundra-Kettle-42\"}");
        client = as("payer@ordercore.test");
    }

    @AfterAll
    void stop() {
        server.close();
        cloudApi.stop(0);
    }

    private Http as(String email) {
        Http.Response response = visitor.post("/api/v1/auth/sign-in",
                "{\"email\":\"" + email + "\",\"password\":\"Tundra-Kettle-42\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return new Http(server.getURL()).bearer(response.json().get("accessToken").asText());
    }

    private long unpaidOrder() {
        String callDate = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2).toString();
        Http.Response placed = client.post("/api/v1/orders", "{\"callTypeId\":" + callType + ",\"clientName\":\"Payer\","
                + "\"clientEmail\":\"payer@ordercore.test\",\"recipientName\":\"Oleg\",\"recipientPhone\":\"+79161234567\","
                + "\"recipientCountry\":\"RU\",\"recipientCity\":\"Tver\",\"callDate\":\"" + callDate + "\","
                + "\"windowStart\":\"10:00\",\"windowEnd\":\"12:00\",\"consent\":true}");
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        return placed.json().get("id").asLong();
    }

    private JsonNode order(long id) {
        return admin.get("/api/v1/admin/orders/" + id).json();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String lmiHash(Map<String, String> f) throws Exception {
        String joined = String.join(";", f.get("LMI_MERCHANT_ID"), f.get("LMI_PAYMENT_NO"), f.get("LMI_SYS_PAYMENT_ID"),
                f.get("LMI_SYS_PAYMENT_DATE"), f.get("LMI_PAYMENT_AMOUNT"), f.get("LMI_CURRENCY"), f.get("LMI_PAID_AMOUNT"),
                f.get("LMI_PAID_CURRENCY"), f.get("LMI_PAYMENT_SYSTEM"), f.get("LMI_SIM_MODE"), PAYMASTER_SECRET);
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(joined.getBytes(StandardCharsets.UTF_8)));
    }

    private static String contentHmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CLOUD_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPayMasterNotificationPaysTheOrderWhichIsDispatchedAndARepeatChangesNothing() throws Exception {
        long id = unpaidOrder();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", MERCHANT);
        f.put("LMI_PAYMENT_NO", "ORDER-" + id);
        f.put("LMI_SYS_PAYMENT_ID", "40599" + id);
        f.put("LMI_SYS_PAYMENT_DATE", "2026-11-23T12:14:10");
        f.put("LMI_PAYMENT_AMOUNT", "500.00");
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", "500.00");
        f.put("LMI_PAID_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", "3");
        f.put("LMI_SIM_MODE", "");
        f.put("LMI_HASH", lmiHash(f));
        Map<String, String> forged = new LinkedHashMap<>(f);
        forged.put("LMI_PAYMENT_AMOUNT", "5.00");

        Http.Response refused = visitor.postRaw("/api/v1/payments/paymaster/notification",
                "application/x-www-form-urlencoded", form(forged));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(order(id).get("status").asText()).isEqualTo("UNPAID");

        Http.Response paid = visitor.postRaw("/api/v1/payments/paymaster/notification",
                "application/x-www-form-urlencoded", form(f));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(order(id).get("status").asText()).as("paid, then proposed to the operator").isEqualTo("OPERATOR_PROPOSED");
        Http.Response again = visitor.postRaw("/api/v1/payments/paymaster/notification",
                "application/x-www-form-urlencoded", form(f));
        assertThat(again.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/payments?gateway=paymaster").json().get("items").toString())
                .contains("\"externalId\":\"40599" + id + "\"");
        JsonNode integrity = admin.get("/api/v1/admin/integrity").json();
        assertThat(integrity.get("consistent").asBoolean()).as(integrity.toString()).isTrue();
    }

    @Test
    void cloudPaymentsCheckAndPayPayTheOrderAndAForgedSignatureIsRefused() throws Exception {
        long id = unpaidOrder();
        String check = "TransactionId=7" + id + "&Amount=500.00&Currency=RUB&InvoiceId=ORDER-" + id
                + "&AccountId=payer%40ordercore.test&DateTime=2026-11-23+09%3A30%3A00&TestMode=0";
        String pay = check + "&Status=Completed&Token=tk_abc";

        Http.Response wrongAmount = visitor.postRaw("/api/v1/payments/cloudpayments/check", "application/x-www-form-urlencoded",
                check.replace("Amount=500.00", "Amount=400.00"), "Content-HMAC",
                contentHmac(check.replace("Amount=500.00", "Amount=400.00")));
        assertThat(wrongAmount.json().get("code").asInt()).isEqualTo(12);
        Http.Response ok = visitor.postRaw("/api/v1/payments/cloudpayments/check", "application/x-www-form-urlencoded",
                check, "Content-HMAC", contentHmac(check));
        assertThat(ok.json().get("code").asInt()).isZero();
        Http.Response forged = visitor.postRaw("/api/v1/payments/cloudpayments/pay", "application/x-www-form-urlencoded",
                pay, "Content-HMAC", contentHmac(pay + "x"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(order(id).get("status").asText()).isEqualTo("UNPAID");

        Http.Response paid = visitor.postRaw("/api/v1/payments/cloudpayments/pay", "application/x-www-form-urlencoded",
                pay, "Content-HMAC", contentHmac(pay));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(paid.json().get("code").asInt()).isZero();
        assertThat(order(id).get("status").asText()).isEqualTo("OPERATOR_PROPOSED");
        JsonNode balance = client.get("/api/v1/me/balance").json();
        assertThat(balance.toString()).as("5% bonus in points").contains("25.00");
    }

    @Test
    void theCardSavedFromAPayNotificationPaysTheNextOrderThroughCloudPaymentsApiOnce() throws Exception {
        long first = unpaidOrder();
        String pay = "TransactionId=8" + first + "&Amount=500.00&Currency=RUB&InvoiceId=ORDER-" + first
                + "&AccountId=payer%40ordercore.test&DateTime=2026-11-23+09%3A30%3A00&TestMode=0&Status=Completed"
                + "&Token=tk_saved_e2e";
        assertThat(visitor.postRaw("/api/v1/payments/cloudpayments/pay", "application/x-www-form-urlencoded", pay,
                "Content-HMAC", contentHmac(pay)).json().get("code").asInt()).isZero();
        assertThat(client.get("/api/v1/me/saved-card").json().get("gateway").asText()).isEqualTo("cloudpayments");

        long second = unpaidOrder();
        Http.Response charged = client.post("/api/v1/me/orders/" + second + "/pay-with-saved-card", "");

        assertThat(charged.status()).as(charged.text()).isEqualTo(200);
        assertThat(order(second).get("status").asText()).as("paid and dispatched").isEqualTo("OPERATOR_PROPOSED");
        String request = charges.get(charges.size() - 1);
        assertThat(request).startsWith("Basic ").contains("\"Token\":\"tk_saved_e2e\"").contains("\"Amount\":500.00")
                .contains("\"InvoiceId\":\"ORDER-" + second + "\"");
        String transaction = String.valueOf(900 + charges.size());
        String notice = "TransactionId=" + transaction + "&Amount=500.00&Currency=RUB&InvoiceId=ORDER-" + second
                + "&AccountId=payer%40ordercore.test&DateTime=2026-11-23+09%3A31%3A00&TestMode=0&Status=Completed";
        Http.Response repeat = visitor.postRaw("/api/v1/payments/cloudpayments/pay", "application/x-www-form-urlencoded",
                notice, "Content-HMAC", contentHmac(notice));
        assertThat(repeat.json().get("code").asInt()).as("the gateway's own notice of the charge is a repeat").isZero();
        JsonNode payments = admin.get("/api/v1/admin/payments?limit=1000").json().get("items");
        assertThat(java.util.stream.StreamSupport.stream(payments.spliterator(), false)
                .filter(p -> p.get("orderId").asLong() == second).count()).as("one payment for the order").isEqualTo(1);
    }

    @Test
    void aPartnerEarnsTenPercentOfAReferredClientsCloudPaymentsPaymentAndIsPaidOut() throws Exception {
        long partnerId = admin.post("/api/v1/admin/users", "{\"email\":\"partner@ordercore.test\",\"name\":\"Partner\","
                + "\"role\":\"PARTNER\",\"password\":\"Tundra-Kettle-42\"}").json().get("id").asLong();
        Http.Response enrolled = admin.post("/api/v1/admin/partners", "{\"accountId\":" + partnerId + "}");
        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
        String code = enrolled.json().get("code").asText();
        Http.Response registered = visitor.post("/api/v1/auth/register", "{\"email\":\"referred@ordercore.test\","
                + "\"name\":\"Referred\",\"password\":\"Tundra-Kettle-42\",\"referralCode\":\"" + code + "\"}");
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Http referred = as("referred@ordercore.test");
        String callDate = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2).toString();
        long id = referred.post("/api/v1/orders", "{\"callTypeId\":" + callType + ",\"clientName\":\"Referred\","
                + "\"clientEmail\":\"referred@ordercore.test\",\"recipientName\":\"Oleg\",\"recipientPhone\":\"+79161234567\","
                + "\"recipientCountry\":\"RU\",\"recipientCity\":\"Tver\",\"callDate\":\"" + callDate + "\","
                + "\"windowStart\":\"10:00\",\"windowEnd\":\"12:00\",\"consent\":true}").json().get("id").asLong();
        String pay = "TransactionId=6" + id + "&Amount=500.00&Currency=RUB&InvoiceId=ORDER-" + id
                + "&DateTime=2026-11-23+09%3A30%3A00&TestMode=0&Status=Completed";
        assertThat(visitor.postRaw("/api/v1/payments/cloudpayments/pay", "application/x-www-form-urlencoded", pay,
                "Content-HMAC", contentHmac(pay)).json().get("code").asInt()).isZero();

        Http partner = as("partner@ordercore.test");
        assertThat(partner.get("/api/v1/partner/me").json().get("balance").get("minor").asLong()).isEqualTo(5_000);
        Http.Response payout = partner.post("/api/v1/partner/payouts", "{\"amountKopecks\":3000}");
        assertThat(payout.status()).as(payout.text()).isEqualTo(201);
        Http.Response transferred = admin.post("/api/v1/admin/payouts/" + payout.json().get("id").asLong() + "/status",
                "{\"status\":\"TRANSFERRED\"}");
        assertThat(transferred.status()).as(transferred.text()).isEqualTo(200);
        assertThat(partner.get("/api/v1/partner/me").json().get("balance").get("minor").asLong()).isEqualTo(2_000);
        JsonNode integrity = admin.get("/api/v1/admin/integrity").json();
        assertThat(integrity.get("consistent").asBoolean()).as(integrity.toString()).isTrue();
    }
}
