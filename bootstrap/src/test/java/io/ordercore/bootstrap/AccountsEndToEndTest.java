package io.ordercore.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.ordercore.adapter.persistence.testing.TestDatabase;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts end to end, as production wires them (argon2id, JWT, the outbox dispatcher job, SMTP)
 * on real PostgreSQL and a real in-process SMTP server: a visitor orders, receives the generated
 * password by e-mail, signs in with it and sees the order; status changes reach them by mail;
 * coupons pay orders and the repeat-order coupon arrives by mail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private EmbeddedServer server;
    private Http visitor;
    private Http admin;
    private long callType;

    @BeforeAll
    void start() {
        Map<String, Object> props = new HashMap<>(TestDatabase.newSchema("accounts_e2e").properties());
        props.put("micronaut.server.port", -1);
        props.put(SecuritySettings.PROPERTY, ServiceEndToEndTest.JWT_SECRET);
        props.put("ordercore.smtp.host", "127.0.0.1");
        props.put("ordercore.smtp.port", SMTP.getSmtp().getPort());
        props.put("ordercore.smtp.from", "calls@ordercore.test");
        props.put("ordercore.notifications.dispatch", true);
        props.put("ordercore.notifications.interval", "200ms");
        props.put("ordercore.notifications.initial-delay", "0s");
        server = ApplicationContext.run(EmbeddedServer.class, props);
        server.getApplicationContext().getBean(ManageAccountsUseCase.class)
                .createFirstAdmin("root@ordercore.test", "Root", "Tundra-Kettle-42");
        visitor = new Http(server.getURL());
        admin = new Http(server.getURL()).bearer(signIn("root@ordercore.test", "Tundra-Kettle-42"));
        long category = admin.post("/api/v1/admin/catalog/categories", "{\"name\":\"Greetings\"}").json().get("id").asLong();
        callType = admin.post("/api/v1/admin/catalog/call-types",
                "{\"categoryId\":" + category + ",\"name\":\"Birthday\",\"priceRoubles\":500}").json().get("id").asLong();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String signIn(String email, String password) {
        Http.Response response = visitor.post("/api/v1/auth/sign-in",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("accessToken").asText();
    }

    private String order(String email, String passwordOrNull) {
        return order(email, passwordOrNull, null);
    }

    private String order(String email, String passwordOrNull, String couponOrNull) {
        String callDate = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(2).toString();
        return "{\"callTypeId\":" + callType + ",\"clientName\":\"Anna\",\"clientEmail\":\"" + email + "\","
                + "\"recipientName\":\"Oleg\",\"recipientPhone\":\"+79161234567\",\"recipientCountry\":\"RU\","
                + "\"recipientCity\":\"Tver\",\"callDate\":\"" + callDate + "\",\"windowStart\":\"18:00\","
                + "\"windowEnd\":\"19:00\",\"consent\":true"
                + (passwordOrNull == null ? "" : ",\"password\":\"" + passwordOrNull + "\"")
                + (couponOrNull == null ? "" : ",\"couponCode\":\"" + couponOrNull + "\"") + "}";
    }

    /** The mail to {@code to} whose subject contains {@code subject}, waiting for the dispatcher. */
    private static MimeMessage mail(String to, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subject)) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail '" + subject + "' to " + to + " arrived");
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    @Test
    void aVisitorGetsAnAccountAndItsPasswordByMailThenSignsInWithIt() throws Exception {
        Http.Response placed = visitor.post("/api/v1/orders", order("anna@example.com", null));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().get("accountCreated").asBoolean()).isTrue();
        long orderId = placed.json().get("id").asLong();

        MimeMessage welcome = mail("anna@example.com", "ordercore");
        // Accounts opened by ordering get Russian e-mails (the product's default language).
        Matcher password = Pattern.compile("пароль: (\\S+)").matcher(text(welcome));
        assertThat(password.find()).as(text(welcome)).isTrue();
        assertThat(placed.text()).doesNotContain(password.group(1));
        mail("anna@example.com", "Заказ " + orderId + " оформлен");

        Http anna = new Http(server.getURL()).bearer(signIn("anna@example.com", password.group(1)));
        JsonNode mine = anna.get("/api/v1/me/orders").json();
        assertThat(mine.get("items")).hasSize(1);
        assertThat(mine.get("items").get(0).get("id").asLong()).isEqualTo(orderId);

        Http.Response again = visitor.post("/api/v1/orders", order("anna@example.com", null));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().get("code").asText()).isEqualTo("PASSWORD_REQUIRED");
        assertThat(again.json().get("submitted").get("recipientCity").asText()).isEqualTo("Tver");
        Http.Response withPassword = visitor.post("/api/v1/orders", order("anna@example.com", password.group(1)));
        assertThat(withPassword.status()).as(withPassword.text()).isEqualTo(201);
        assertThat(anna.get("/api/v1/me/orders").json().get("items")).hasSize(2);
    }

    @Test
    void fullCouponsPayTwoOrdersAndTheSecondEarnsARepeatCouponByMailForTheThird() throws Exception {
        JsonNode gifts = admin.post("/api/v1/admin/coupons/groups",
                "{\"kind\":\"FULL\",\"percent\":100,\"count\":2,\"comment\":\"gifts\"}").json();
        String first = gifts.get("codes").get(0).asText();
        String second = gifts.get("codes").get(1).asText();

        Http.Response paid = visitor.post("/api/v1/orders", order("vera@example.com", null, first.toLowerCase()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(201);
        assertThat(paid.json().get("status").asText()).as("paid by the coupon, no gateway").isEqualTo("PAID");
        assertThat(paid.json().get("price").get("total").get("minor").asLong()).isZero();
        Matcher password = Pattern.compile("пароль: (\\S+)").matcher(text(mail("vera@example.com", "ordercore")));
        assertThat(password.find()).isTrue();
        Http vera = new Http(server.getURL()).bearer(signIn("vera@example.com", password.group(1)));
        assertThat(vera.post("/api/v1/orders", order("vera@example.com", null, second)).json().get("status").asText())
                .isEqualTo("PAID");

        MimeMessage granted = mail("vera@example.com", "Купон на 10%");
        JsonNode held = vera.get("/api/v1/me/coupons").json().get("items");
        assertThat(held).hasSize(1);
        String repeat = held.get(0).get("code").asText();
        assertThat(held.get(0).get("kind").asText()).isEqualTo("REPEAT_ORDER");
        assertThat(text(granted)).contains(repeat);

        long third = vera.post("/api/v1/orders", order("vera@example.com", null)).json().get("id").asLong();
        Http.Response discounted = vera.post("/api/v1/me/orders/" + third + "/coupon", "{\"code\":\"" + repeat + "\"}");
        assertThat(discounted.status()).as(discounted.text()).isEqualTo(200);
        assertThat(discounted.json().get("status").asText()).isEqualTo("UNPAID");
        assertThat(discounted.json().get("price").get("total").get("minor").asLong()).isEqualTo(45_000);
        assertThat(vera.get("/api/v1/me/coupons").json().get("items").get(0).get("usedByYou").asBoolean()).isTrue();
        JsonNode group = admin.get("/api/v1/admin/coupons/groups").json().get("items").get(0);
        assertThat(group.get("used").asLong()).isEqualTo(2);
        assertThat(group.get("unused").asLong()).isZero();
    }

    @Test
    void aClientHearsAboutAStatusChangeAndTheAuditNamesWhoDidIt() throws Exception {
        long orderId = visitor.post("/api/v1/orders", order("boris@example.com", null)).json().get("id").asLong();

        Http.Response cancelled = admin.post("/api/v1/admin/orders/" + orderId + "/status",
                "{\"status\":\"CANCELLED\",\"reason\":\"duplicate\"}");
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);

        assertThat(mail("boris@example.com", "Заказ " + orderId + ": отменён").getSubject()).isNotBlank();
        JsonNode audit = admin.get("/api/v1/admin/audit?target=order:" + orderId).json();
        assertThat(audit.get("items").get(0).get("action").asText()).isEqualTo("order.status.cancelled");
        assertThat(audit.get("items").get(0).get("actor").get("label").asText()).isEqualTo("root@ordercore.test");
    }
}
