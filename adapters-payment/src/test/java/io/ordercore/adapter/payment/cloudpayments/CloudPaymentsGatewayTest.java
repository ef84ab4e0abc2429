package io.ordercore.adapter.payment.cloudpayments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.out.PaymentGateway.Call;
import io.ordercore.application.port.out.PaymentGateway.Checkout;
import io.ordercore.application.port.out.PaymentGateway.Kind;
import io.ordercore.application.port.out.PaymentGateway.Notice;
import io.ordercore.application.port.out.PaymentGateway.Reading;
import io.ordercore.application.port.out.PaymentGateway.Reply;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CloudPayments calls read and answered through the gateway, with the signed vectors of
 * shared/docs/payment-gateways.md, section C.2, as real raw bodies.
 */
class CloudPaymentsGatewayTest {

    private static final String SECRET = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json; charset=utf-8";

    static final String FORM_BODY = "TransactionId=1234567&Amount=10.00&Currency=RUB&PaymentAmount=10.00"
            + "&PaymentCurrency=RUB&OperationType=Payment&InvoiceId=ORDER-1001&AccountId=user%40example.com"
            + "&SubscriptionId=&Name=IVAN+IVANOV&Email=user%40example.com&DateTime=2024-03-15+09%3A30%3A00"
            + "&IpAddress=192.0.2.10&CardFirstSix=424242&CardLastFour=4242&CardExpDate=12%2F25&CardType=Visa"
            + "&Status=Completed&TestMode=1&Data=%7B%22orderId%22%3A42%2C%22note%22%3A%22%D1%82%D0%B5%D1%81%D1%82%22%7D"
            + "&Token=tk_0123456789abcdef&GatewayName=Test";
    static final String FORM_HMAC = "79lH4kVfhz+5UF80ksJogVinZwrDikHZzBs8nyIUTPA=";
    static final String FORM_DECODED_HMAC = "b4nvfM/48b7a2UgND3sxZt5T2fKUuG1Eipd7Q3rKqBU=";

    static final String JSON_BODY = "{\"TransactionId\":1234568,\"Amount\":1500.5,\"Currency\":\"RUB\","
            + "\"PaymentAmount\":\"1500.50\",\"PaymentCurrency\":\"RUB\",\"OperationType\":\"Payment\","
            + "\"InvoiceId\":\"ORDER-1002\",\"AccountId\":\"42\",\"Description\":\"Оплата заказа №1002\","
            + "\"DateTime\":\"2024-03-15 09:31:00\",\"CardFirstSix\":\"555555\",\"CardLastFour\":\"4444\","
            + "\"CardExpDate\":\"01/27\",\"CardType\":\"MasterCard\",\"Status\":\"Completed\",\"TestMode\":true,\"Data\":null}";
    static final String JSON_HMAC = "OQPhq+nswf2MsYGAZtnMQBGMYq/Nj+qzCfH0SYNbDzQ=";
    static final String JSON_ESCAPED = JSON_BODY.replace("Оплата заказа №1002",
            "\\u041e\\u043f\\u043b\\u0430\\u0442\\u0430 \\u0437\\u0430\\u043a\\u0430\\u0437\\u0430 \\u21161002");
    static final String JSON_ESCAPED_HMAC = "39uX38JX7HTXbgIAIpX8jNzUKWewUCBdf87lXY1+zy4=";

    private final CloudPaymentsGateway gateway = new CloudPaymentsGateway(
            new CloudPaymentsSettings("pk_0123456789abcdef0123456789abc", SECRET, true));

    static Call call(String endpoint, String contentType, byte[] body, String contentHmac, String xContentHmac) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", contentType);
        if (contentHmac != null) {
            headers.put("content-hmac", contentHmac);
        }
        if (xContentHmac != null) {
            headers.put("x-content-hmac", xContentHmac);
        }
        return new Call(endpoint, contentType, headers, body);
    }

    static Call call(String endpoint, String contentType, String body, String contentHmac) {
        return call(endpoint, contentType, body.getBytes(StandardCharsets.UTF_8), contentHmac, null);
    }

    private Call signed(String endpoint, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return call(endpoint, contentType, bytes, new CloudPaymentsSignature(SECRET).sign(bytes), null);
    }

    @Nested
    class SignedVectors {

        @Test
        void theFormPayNotificationIsAuthenticAndReadExactly() {
            Reading reading = gateway.read(call("pay", FORM, FORM_BODY, FORM_HMAC));

            assertThat(reading.authentic()).as(reading.problem()).isTrue();
            assertThat(reading.notice()).contains(new Notice(Kind.PAYMENT, "1234567", Optional.of("ORDER-1001"),
                    Optional.of("user@example.com"), "10.00", "RUB", true, Optional.of("tk_0123456789abcdef")));
            assertThat(gateway.reply(call("pay", FORM, FORM_BODY, FORM_HMAC), reading.notice(), Verdict.ACCEPTED))
                    .isEqualTo(new Reply(200, "application/json", "{\"code\":0}"));
        }

        @Test
        void theFormBodyIsAuthenticByXContentHmacOverTheDecodedBodyOrTheRawBody() {
            byte[] body = FORM_BODY.getBytes(StandardCharsets.UTF_8);
            assertThat(gateway.read(call("pay", FORM, body, null, FORM_DECODED_HMAC)).authentic()).isTrue();
            assertThat(gateway.read(call("pay", FORM, body, null, FORM_HMAC)).authentic()).isTrue();
            assertThat(gateway.read(call("pay", FORM, body, FORM_DECODED_HMAC, null)).authentic())
                    .as("Content-HMAC is over the raw bytes only").isFalse();
        }

        @Test
        void theJsonCheckNotificationIsAuthenticAndKeepsTheNumberText() {
            Reading reading = gateway.read(call("check", JSON, JSON_BODY, JSON_HMAC));

            assertThat(reading.authentic()).as(reading.problem()).isTrue();
            assertThat(reading.notice()).contains(new Notice(Kind.PRE_CHECK, "1234568", Optional.of("ORDER-1002"),
                    Optional.of("42"), "1500.5", "RUB", true, Optional.empty()));
        }

        @Test
        void theJsonCheckRepliesZeroOrTwelve() {
            Call check = call("check", JSON, JSON_BODY, JSON_HMAC);
            Optional<Notice> notice = gateway.read(check).notice();
            assertThat(gateway.reply(check, notice, Verdict.ACCEPTED).body()).isEqualTo("{\"code\":0}");
            assertThat(gateway.reply(check, notice, Verdict.WRONG_AMOUNT).body()).isEqualTo("{\"code\":12}");
        }

        @Test
        void theReserialisedJsonIsForgedUnderTheOriginalSignature() {
            Reading reading = gateway.read(call("check", JSON, JSON_ESCAPED, JSON_HMAC));
            assertThat(reading.authentic()).isFalse();
            assertThat(reading.notice()).isEmpty();

            // Under its own signature the escaped body is authentic and reads the same.
            Reading own = gateway.read(call("check", JSON, JSON_ESCAPED, JSON_ESCAPED_HMAC));
            assertThat(own.authentic()).isTrue();
            assertThat(own.notice()).isEqualTo(gateway.read(call("check", JSON, JSON_BODY, JSON_HMAC)).notice());
        }
    }

    @Nested
    class Forgeries {

        @Test
        void eachByteOfTheBodyChangedInTurnIsForged() {
            byte[] original = FORM_BODY.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < original.length; i++) {
                byte[] tampered = original.clone();
                tampered[i] ^= 0x01;
                assertThat(gateway.read(call("pay", FORM, tampered, FORM_HMAC, FORM_DECODED_HMAC)).authentic())
                        .as("byte %d", i).isFalse();
            }
        }

        @Test
        void aChangedAmountIsForged() {
            String body = FORM_BODY.replace("Amount=10.00", "Amount=1000.00");
            Reading reading = gateway.read(call("pay", FORM, body, FORM_HMAC));
            assertThat(reading.authentic()).isFalse();
            assertThat(reading.notice()).isEmpty();
        }

        @Test
        void aMissingSignatureOrAnotherSecretIsForged() {
            assertThat(gateway.read(call("pay", FORM, FORM_BODY, null)).authentic()).isFalse();
            assertThat(gateway.read(call("pay", FORM, FORM_BODY, "")).authentic()).isFalse();
            assertThat(new CloudPaymentsGateway(new CloudPaymentsSettings("pk", "another", true))
                    .read(call("pay", FORM, FORM_BODY, FORM_HMAC)).authentic()).isFalse();
            assertThat(gateway.read(new Call("pay", null, null, null)).authentic()).isFalse();
        }

        @Test
        void headerNamesInAnyCaseAreFound() {
            Call call = new Call("pay", FORM, Map.of("Content-HMAC", FORM_HMAC),
                    FORM_BODY.getBytes(StandardCharsets.UTF_8));
            assertThat(gateway.read(call).authentic()).isTrue();
        }
    }

    @Nested
    class Bodies {

        @ParameterizedTest
        @CsvSource({"check, PRE_CHECK", "pay, PAYMENT", "fail, FAIL", "refund, REFUND", "confirm, OTHER",
                "cancel, OTHER", "anything, OTHER"})
        void theEndpointNamesTheKind(String endpoint, Kind kind) {
            Reading reading = gateway.read(signed(endpoint, FORM, FORM_BODY));
            assertThat(reading.notice().orElseThrow().kind()).isEqualTo(kind);
        }

        @Test
        void aRefundUsesItsOwnTransactionIdAndMayLackCurrency() {
            Reading reading = gateway.read(signed("refund", FORM,
                    "TransactionId=555&PaymentTransactionId=1234567&Amount=5.00&InvoiceId=ORDER-1001&AccountId=42"));
            assertThat(reading.notice()).contains(new Notice(Kind.REFUND, "555", Optional.of("ORDER-1001"),
                    Optional.of("42"), "5.00", "", false, Optional.empty()));
        }

        @Test
        void aRecurrentNotificationIsOtherKeyedBySubscriptionId() {
            Reading reading = gateway.read(signed("recurrent", JSON,
                    "{\"Id\":\"sc_8cf8a9338fb8ebf7202b08d09c938\",\"AccountId\":\"42\",\"Amount\":100,"
                            + "\"Currency\":\"RUB\",\"Status\":\"Active\",\"RequireConfirmation\":false}"));
            assertThat(reading.notice()).contains(new Notice(Kind.OTHER, "sc_8cf8a9338fb8ebf7202b08d09c938",
                    Optional.empty(), Optional.of("42"), "100", "RUB", false, Optional.empty()));
        }

        @ParameterizedTest
        @CsvSource({"TestMode=0, false", "TestMode=1, true", "TestMode=true, true", "TestMode=False, false",
                "Other=x, false"})
        void testModeIsReadLeniently(String field, boolean test) {
            Reading reading = gateway.read(signed("pay", FORM,
                    "TransactionId=1&Amount=1.00&Currency=RUB&" + field));
            assertThat(reading.notice().orElseThrow().test()).isEqualTo(test);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Amount=1.00&Currency=RUB",
                "TransactionId=1&Currency=RUB",
                "TransactionId=1&Amount=1.00",
                "TransactionId=1&Amount=1e2&Currency=RUB",
                "TransactionId=1&Amount=-1.00&Currency=RUB",
                "TransactionId=1&Amount=1.00&Currency=RUB&TestMode=yes",
                "TransactionId=1&Amount=1.00&Currency=RUB&x=%zz"})
        void anAuthenticButIncompleteFormIsMalformed(String body) {
            Reading reading = gateway.read(signed("pay", FORM, body));
            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice()).isEmpty();
            assertThat(reading.problem()).isNotBlank();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "[]", "{\"TransactionId\":1,}", "{\"TransactionId\":1} x", "{\"a\":tru}",
                "{\"TransactionId\":\"1\\x\"}", "{\"Amount\":01}"})
        void anAuthenticButBrokenJsonIsMalformed(String body) {
            Reading reading = gateway.read(signed("pay", JSON, body));
            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice()).isEmpty();
        }

        @Test
        void jsonNestedValuesAndNullsAreTolerated() {
            Reading reading = gateway.read(signed("pay", JSON,
                    "\uFEFF{ \"TransactionId\" : 7 , \"Amount\" : \"20.00\", \"Currency\":\"RUB\","
                            + " \"Data\": {\"a\":[1,2,{\"b\":null}]}, \"Token\": null, \"InvoiceId\":\"\" }"));
            assertThat(reading.notice()).contains(new Notice(Kind.PAYMENT, "7", Optional.empty(), Optional.empty(),
                    "20.00", "RUB", false, Optional.empty()));
        }

        @Test
        void aLaterDuplicateNameCannotOverrideTheFirst() {
            assertThat(gateway.read(signed("pay", FORM, "TransactionId=1&Amount=1.00&Currency=RUB&Amount=900.00"))
                    .notice().orElseThrow().amount()).isEqualTo("1.00");
            assertThat(gateway.read(signed("pay", JSON,
                    "{\"TransactionId\":1,\"Amount\":1.00,\"Currency\":\"RUB\",\"Amount\":900}"))
                    .notice().orElseThrow().amount()).isEqualTo("1.00");
        }
    }

    @Nested
    class Replies {

        private final Call check = call("check", JSON, JSON_BODY, JSON_HMAC);

        @ParameterizedTest
        @CsvSource({"ACCEPTED, 0", "DUPLICATE, 0", "UNKNOWN_ORDER, 10", "WRONG_ACCOUNT, 11", "WRONG_AMOUNT, 12",
                "NOT_PAYABLE, 13", "WRONG_CURRENCY, 13", "TEST_NOT_ALLOWED, 13", "MALFORMED, 13"})
        void aCheckAnswersItsCode(Verdict verdict, int code) {
            assertThat(gateway.reply(check, Optional.empty(), verdict))
                    .isEqualTo(new Reply(200, "application/json", "{\"code\":" + code + "}"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"check", "pay", "fail", "refund", "recurrent", "other"})
        void aBadSignatureIs401WithCode13(String endpoint) {
            assertThat(gateway.reply(call(endpoint, FORM, "", null), Optional.empty(), Verdict.BAD_SIGNATURE))
                    .isEqualTo(new Reply(401, "application/json", "{\"code\":13}"));
        }

        @ParameterizedTest
        @EnumSource(value = Verdict.class, names = "BAD_SIGNATURE", mode = EnumSource.Mode.EXCLUDE)
        void everyOtherNotificationAnswersZeroOnceProcessed(Verdict verdict) {
            for (String endpoint : new String[] {"pay", "fail", "refund", "recurrent", "confirm"}) {
                assertThat(gateway.reply(call(endpoint, FORM, "", null), Optional.empty(), verdict))
                        .as(endpoint).isEqualTo(new Reply(200, "application/json", "{\"code\":0}"));
            }
        }
    }

    @Nested
    class Widget {

        @Test
        void checkoutGivesTheWidgetItsParameters() {
            Checkout checkout = gateway.checkout("ORDER-1001", "1500.00", "RUB", "Заказ №1001",
                    Optional.of("user@example.com"));

            assertThat(checkout.url()).isEqualTo("cloudpayments-widget");
            assertThat(checkout.fields()).containsExactly(
                    Map.entry("publicId", "pk_0123456789abcdef0123456789abc"),
                    Map.entry("description", "Заказ №1001"),
                    Map.entry("amount", "1500.00"),
                    Map.entry("currency", "RUB"),
                    Map.entry("invoiceId", "ORDER-1001"),
                    Map.entry("accountId", "user@example.com"));
        }

        @Test
        void aTopUpHasNoInvoiceAndNoEmailMeansNoAccount() {
            Checkout checkout = gateway.checkout("", "300.00", "RUB", "Пополнение", Optional.empty());
            assertThat(checkout.fields()).containsOnlyKeys("publicId", "description", "amount", "currency");
        }
    }

    @Nested
    class Settings {

        @Test
        void requireBothValuesAndNeverPrintTheSecret() {
            assertThatThrownBy(() -> new CloudPaymentsSettings("", SECRET, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new CloudPaymentsSettings("pk", null, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new CloudPaymentsSettings("pk", SECRET, false)).asString().doesNotContain(SECRET);
        }

        @Test
        void theGatewayReportsItsNameAndTestSetting() {
            assertThat(gateway.name()).isEqualTo("cloudpayments");
            assertThat(gateway.testPaymentsAllowed()).isTrue();
        }
    }
}
