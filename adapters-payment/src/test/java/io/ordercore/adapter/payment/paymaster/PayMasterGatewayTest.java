package io.ordercore.adapter.payment.paymaster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.application.port.out.PaymentGateway.Call;
import io.ordercore.application.port.out.PaymentGateway.Checkout;
import io.ordercore.application.port.out.PaymentGateway.Kind;
import io.ordercore.application.port.out.PaymentGateway.Notice;
import io.ordercore.application.port.out.PaymentGateway.Reading;
import io.ordercore.application.port.out.PaymentGateway.Reply;
import io.ordercore.application.port.out.PaymentGateway.Verdict;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * PayMaster calls read and answered through the gateway, with the signed vectors of
 * shared/docs/payment-gateways.md, section C.1, posted as real form bodies.
 */
class PayMasterGatewayTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String V1_MERCHANT = "11112222-3333-4444-5555-666677778888";
    private static final String V2_MERCHANT = "96e809e9-8bce-40fd-86cb-d34db39b4668";

    static PayMasterGateway gateway(String merchantId, String secret, String algorithm) {
        return new PayMasterGateway(new PayMasterSettings(merchantId, secret, algorithm, true, null, null, null,
                null, null));
    }

    static Map<String, String> vector1(String hash) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", V1_MERCHANT);
        f.put("LMI_PAYMENT_NO", "ORDER-1001");
        f.put("LMI_SYS_PAYMENT_ID", "123456789");
        f.put("LMI_SYS_PAYMENT_DATE", "2024-03-15T09:30:00");
        f.put("LMI_PAYMENT_AMOUNT", "1500.00");
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", "1500.00");
        f.put("LMI_PAID_CURRENCY", "RUB");
        f.put("LMI_PAYMENT_SYSTEM", "3");
        f.put("LMI_SIM_MODE", "0");
        f.put("LMI_HASH", hash);
        return f;
    }

    static Map<String, String> vector2(String amount, String hash) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("LMI_MERCHANT_ID", V2_MERCHANT);
        f.put("LMI_PAYMENT_NO", "Заказ-7");
        f.put("LMI_SYS_PAYMENT_ID", "987654");
        f.put("LMI_SYS_PAYMENT_DATE", "2024-12-31T23:59:59");
        f.put("LMI_PAYMENT_AMOUNT", amount);
        f.put("LMI_CURRENCY", "RUB");
        f.put("LMI_PAID_AMOUNT", "1.23");
        f.put("LMI_PAID_CURRENCY", "USD");
        f.put("LMI_PAYMENT_SYSTEM", "WebMoney");
        f.put("LMI_HASH", hash); // LMI_SIM_MODE absent on purpose
        return f;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Call call(String endpoint, String body) {
        return new Call(endpoint, FORM, Map.of("content-type", FORM), body.getBytes(StandardCharsets.UTF_8));
    }

    static Call notification(Map<String, String> fields) {
        return call(PayMasterGateway.NOTIFICATION, encode(fields));
    }

    @Nested
    class SignedVectors {

        @Test
        void thePublicCapturedNotificationIsAuthentic() {
            String body = "LMI_MERCHANT_ID=2902fb4a-d618-4b6b-aade-793b95e10c59&LMI_PAYMENT_NO=41034-20151217-e8a416ef"
                    + "&LMI_SYS_PAYMENT_ID=40599192&LMI_SYS_PAYMENT_DATE=2015-12-17T12%3A14%3A10"
                    + "&LMI_PAYMENT_AMOUNT=6000.00&LMI_CURRENCY=RUB&LMI_PAID_AMOUNT=6000.00&LMI_PAID_CURRENCY=RUB"
                    + "&LMI_PAYMENT_SYSTEM=3&LMI_SIM_MODE=0&LMI_PAYMENT_METHOD=Test"
                    + "&LMI_HASH=m8bC0NMnyUrcr%2FXZXe4HaT0OkKjDLqLG2Rqo9GZZ0ys%3D";
            Reading reading = gateway("2902fb4a-d618-4b6b-aade-793b95e10c59", "YOUR_MOMMY_SECRET", "sha256")
                    .read(call("notification", body));

            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice()).contains(new Notice(Kind.PAYMENT, "40599192",
                    Optional.of("41034-20151217-e8a416ef"), Optional.empty(), "6000.00", "RUB", true, Optional.empty()));
        }

        @ParameterizedTest
        @CsvSource({
                "md5, p93DohzbSSphH/f9rv2Iqg==",
                "sha1, FNaarI1G+AniSCBrYDdLW1tA9js=",
                "sha256, dt0+rB+XmGbpZilJ1APHvv3U/u0EF7QqMCBO8gWeVXU="})
        void vectorOneIsAuthenticWithEachAlgorithm(String algorithm, String hash) {
            Reading reading = gateway(V1_MERCHANT, "Test-Secret-1", algorithm).read(notification(vector1(hash)));

            assertThat(reading.authentic()).as(reading.problem()).isTrue();
            Notice notice = reading.notice().orElseThrow();
            assertThat(notice.kind()).isEqualTo(Kind.PAYMENT);
            assertThat(notice.externalId()).isEqualTo("123456789");
            assertThat(notice.invoice()).contains("ORDER-1001");
            assertThat(notice.amount()).isEqualTo("1500.00");
            assertThat(notice.currency()).isEqualTo("RUB");
            assertThat(notice.test()).as("LMI_SIM_MODE=0 is present: the site is in test mode").isTrue();
            assertThat(notice.account()).isEmpty();
            assertThat(notice.cardToken()).isEmpty();
        }

        @Test
        void aHashFromAnotherAlgorithmIsForged() {
            Reading reading = gateway(V1_MERCHANT, "Test-Secret-1", "sha256")
                    .read(notification(vector1("p93DohzbSSphH/f9rv2Iqg==")));

            assertThat(reading.authentic()).isFalse();
            assertThat(reading.problem()).isEqualTo("LMI_HASH mismatch");
        }

        @Test
        void theMd5DigestAsHexIsForged() {
            Reading reading = gateway(V1_MERCHANT, "Test-Secret-1", "md5")
                    .read(notification(vector1("a7ddc3a21cdb492a611ff7fdaefd88aa")));

            assertThat(reading.authentic()).isFalse();
            assertThat(reading.notice()).isEmpty();
        }

        @Test
        void vectorTwoWithUtf8AndAbsentSimModeIsAuthenticAndLive() {
            Map<String, String> fields = vector2("99.90", "2izxu40xZ22hbK2QLLEPy9Ov5GF33Lt/OHu0L6ti1Dk=");
            String body = encode(fields);
            assertThat(body).contains("LMI_PAYMENT_NO=%D0%97%D0%B0%D0%BA%D0%B0%D0%B7-7").doesNotContain("LMI_SIM_MODE");

            Reading reading = gateway(V2_MERCHANT, "Секрет#2", null).read(call("notification", body));

            assertThat(reading.authentic()).as(reading.problem()).isTrue();
            assertThat(reading.notice()).contains(new Notice(Kind.PAYMENT, "987654", Optional.of("Заказ-7"),
                    Optional.empty(), "99.90", "RUB", false, Optional.empty()));
        }

        @Test
        void vectorTwoWithTheAmountReformattedIsForged() {
            PayMasterGateway gateway = gateway(V2_MERCHANT, "Секрет#2", "sha256");

            Reading reformatted = gateway.read(notification(vector2("99.9", "2izxu40xZ22hbK2QLLEPy9Ov5GF33Lt/OHu0L6ti1Dk=")));
            assertThat(reformatted.authentic()).isFalse();

            // 99.9 with its own correct hash is authentic and keeps its text as received.
            Reading ownHash = gateway.read(notification(vector2("99.9", "E480nkOUXCwkRwKViwQjmK+pk/9qzZ7reaKnXvlhQHg=")));
            assertThat(ownHash.authentic()).isTrue();
            assertThat(ownHash.notice().orElseThrow().amount()).isEqualTo("99.9");
        }
    }

    @Nested
    class Forgeries {

        private final PayMasterGateway gateway = gateway(V1_MERCHANT, "Test-Secret-1", "sha256");
        private final String hash = "dt0+rB+XmGbpZilJ1APHvv3U/u0EF7QqMCBO8gWeVXU=";

        @Test
        void eachSignedFieldChangedInTurnIsForged() {
            assertThat(gateway.read(notification(vector1(hash))).authentic()).isTrue();
            for (String field : PayMasterHash.FIELDS) {
                Map<String, String> changed = vector1(hash);
                changed.put(field, changed.get(field) + "1");
                assertThat(gateway.read(notification(changed)).authentic()).as(field).isFalse();

                Map<String, String> removed = vector1(hash);
                removed.remove(field);
                assertThat(gateway.read(notification(removed)).authentic()).as("without " + field).isFalse();
            }
        }

        @Test
        void anUnsignedFieldMayChange() {
            Map<String, String> fields = vector1(hash);
            fields.put("LMI_PAYMENT_DESC", "not signed");
            assertThat(gateway.read(notification(fields)).authentic()).isTrue();
        }

        @Test
        void aMissingHashIsForged() {
            Map<String, String> fields = vector1(hash);
            fields.remove("LMI_HASH");
            Reading reading = gateway.read(notification(fields));
            assertThat(reading.authentic()).isFalse();
            assertThat(reading.problem()).isEqualTo("missing LMI_HASH");
        }

        @Test
        void anotherMerchantsCorrectlySignedNotificationIsForged() {
            Map<String, String> fields = vector1(hash);
            Reading reading = gateway("00000000-0000-0000-0000-000000000000", "Test-Secret-1", "sha256")
                    .read(notification(fields));
            assertThat(reading.authentic()).isFalse();
            assertThat(reading.problem()).isEqualTo("merchant id mismatch");
        }

        @Test
        void aWrongSecretIsForged() {
            assertThat(gateway(V1_MERCHANT, "other", "sha256").read(notification(vector1(hash))).authentic()).isFalse();
        }

        @Test
        void aLaterDuplicateCannotOverrideASignedValue() {
            String body = encode(vector1(hash)) + "&LMI_PAYMENT_AMOUNT=1.00";
            Reading reading = gateway.read(call("notification", body));
            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice().orElseThrow().amount()).isEqualTo("1500.00");

            String first = "LMI_PAYMENT_AMOUNT=1.00&" + encode(vector1(hash));
            assertThat(gateway.read(call("notification", first)).authentic()).isFalse();
        }

        @Test
        void aBrokenEscapeOrUnknownEndpointIsForged() {
            assertThat(gateway.read(call("notification", encode(vector1(hash)) + "&x=%G1")).authentic()).isFalse();
            assertThat(gateway.read(call("refund", encode(vector1(hash)))).problem()).isEqualTo("unknown endpoint");
            assertThat(gateway.read(new Call("notification", null, null, null)).authentic()).isFalse();
        }

        @Test
        void anAuthenticNotificationWithoutPaymentIdIsMalformed() {
            Map<String, String> fields = vector1("");
            fields.put("LMI_SYS_PAYMENT_ID", "");
            fields.remove("LMI_HASH");
            fields.put("LMI_HASH", new PayMasterHash(PayMasterHash.Algorithm.SHA256, "Test-Secret-1").sign(fields));

            Reading reading = gateway.read(notification(fields));
            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice()).isEmpty();
            assertThat(reading.problem()).isEqualTo("missing LMI_SYS_PAYMENT_ID");
        }

        @Test
        void anAuthenticAmountThatIsNotAPlainDecimalIsMalformed() {
            Map<String, String> fields = vector1("");
            fields.put("LMI_PAYMENT_AMOUNT", "1.5E3");
            fields.remove("LMI_HASH");
            fields.put("LMI_HASH", new PayMasterHash(PayMasterHash.Algorithm.SHA256, "Test-Secret-1").sign(fields));

            Reading reading = gateway.read(notification(fields));
            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice()).isEmpty();
        }
    }

    @Nested
    class PreRequest {

        private final PayMasterGateway gateway = gateway(V1_MERCHANT, "Test-Secret-1", "sha256");

        private Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("LMI_PREREQUEST", "1");
            f.put("LMI_MERCHANT_ID", V1_MERCHANT);
            f.put("LMI_PAYMENT_NO", "ORDER-1001");
            f.put("LMI_PAYMENT_AMOUNT", "1500.00");
            f.put("LMI_CURRENCY", "643");
            f.put("LMI_PAID_AMOUNT", "1500.00");
            f.put("LMI_PAID_CURRENCY", "RUB");
            f.put("LMI_PAYMENT_SYSTEM", "3");
            f.put("LMI_PAYMENT_METHOD", "BankCard");
            f.put("LMI_PAYMENT_DESC", "Заказ 1001");
            return f;
        }

        @Test
        void isReadWithoutAHash() {
            Reading reading = gateway.read(call(PayMasterGateway.INVOICE_CONFIRMATION, encode(fields())));

            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice()).contains(new Notice(Kind.PRE_CHECK, "ORDER-1001", Optional.of("ORDER-1001"),
                    Optional.empty(), "1500.00", "RUB", false, Optional.empty()));
        }

        @Test
        void aTestMethodMarksItTest() {
            Map<String, String> f = fields();
            f.put("LMI_PAYMENT_METHOD", "Test");
            assertThat(gateway.read(call("invoice-confirmation", encode(f))).notice().orElseThrow().test()).isTrue();
        }

        @Test
        void anotherMerchantIsForged() {
            Map<String, String> f = fields();
            f.put("LMI_MERCHANT_ID", "00000000-0000-0000-0000-000000000000");
            Reading reading = gateway.read(call("invoice-confirmation", encode(f)));
            assertThat(reading.authentic()).isFalse();
            assertThat(reading.problem()).isEqualTo("merchant id mismatch");

            f.remove("LMI_MERCHANT_ID");
            assertThat(gateway.read(call("invoice-confirmation", encode(f))).authentic()).isFalse();
        }

        @Test
        void withoutAnAmountIsMalformed() {
            Map<String, String> f = fields();
            f.remove("LMI_PAYMENT_AMOUNT");
            Reading reading = gateway.read(call("invoice-confirmation", encode(f)));
            assertThat(reading.authentic()).isTrue();
            assertThat(reading.notice()).isEmpty();
            assertThat(reading.problem()).isEqualTo("missing LMI_PAYMENT_AMOUNT");
        }
    }

    @Nested
    class Replies {

        private final PayMasterGateway gateway = gateway(V1_MERCHANT, "Test-Secret-1", "sha256");
        private final Call preRequest = call("invoice-confirmation", "");
        private final Call notification = call("notification", "");

        @Test
        void anAcceptedPreRequestIsYes() {
            assertThat(gateway.reply(preRequest, Optional.empty(), Verdict.ACCEPTED))
                    .isEqualTo(new Reply(200, "text/plain; charset=UTF-8", "YES"));
        }

        @ParameterizedTest
        @EnumSource(value = Verdict.class, names = {"ACCEPTED", "DUPLICATE"}, mode = EnumSource.Mode.EXCLUDE)
        void aRefusedPreRequestIsAShortNoWithStatus200(Verdict verdict) {
            Reply reply = gateway.reply(preRequest, Optional.empty(), verdict);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("text/plain");
            assertThat(reply.body()).startsWith("NO: ").isNotEqualTo("YES").hasSizeLessThan(40);
        }

        @Test
        void aWrongAmountSaysSo() {
            assertThat(gateway.reply(preRequest, Optional.empty(), Verdict.WRONG_AMOUNT).body())
                    .isEqualTo("NO: amount mismatch");
            assertThat(gateway.reply(notification, Optional.empty(), Verdict.WRONG_AMOUNT))
                    .isEqualTo(new Reply(400, "text/plain; charset=UTF-8", "amount mismatch"));
        }

        @ParameterizedTest
        @EnumSource(value = Verdict.class, names = {"ACCEPTED", "DUPLICATE"})
        void aRecordedNotificationFirstOrRepeatedIs200Empty(Verdict verdict) {
            assertThat(gateway.reply(notification, Optional.empty(), verdict))
                    .isEqualTo(new Reply(200, "text/plain; charset=UTF-8", ""));
        }

        @ParameterizedTest
        @EnumSource(value = Verdict.class, names = {"ACCEPTED", "DUPLICATE"}, mode = EnumSource.Mode.EXCLUDE)
        void aRefusedNotificationIs400WithAReason(Verdict verdict) {
            Reply reply = gateway.reply(notification, Optional.empty(), verdict);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("text/plain");
            assertThat(reply.body()).isNotBlank().hasSizeLessThan(40);
        }

        @Test
        void anUnknownEndpointIs404() {
            assertThat(gateway.reply(call("other", ""), Optional.empty(), Verdict.BAD_SIGNATURE).status()).isEqualTo(404);
        }
    }

    @Nested
    class CheckoutForm {

        @Test
        void carriesTheFieldsAndOverrides() {
            PayMasterGateway gateway = new PayMasterGateway(new PayMasterSettings(V1_MERCHANT, "s", "md5", false,
                    "", "https://shop.example/pay/paymaster/notification",
                    "https://shop.example/pay/paymaster/invoice-confirmation", "https://shop.example/ok", " "));

            Checkout checkout = gateway.checkout("ORDER-1001", "1500.00", "RUB", "Заказ №1001",
                    Optional.of("user@example.com"));

            assertThat(checkout.url()).isEqualTo("https://paymaster.ru/payment/init");
            assertThat(checkout.fields()).containsExactly(
                    Map.entry("LMI_MERCHANT_ID", V1_MERCHANT),
                    Map.entry("LMI_PAYMENT_AMOUNT", "1500.00"),
                    Map.entry("LMI_CURRENCY", "RUB"),
                    Map.entry("LMI_PAYMENT_NO", "ORDER-1001"),
                    Map.entry("LMI_PAYMENT_DESC_BASE64", Base64.getEncoder().encodeToString(
                            "Заказ №1001".getBytes(StandardCharsets.UTF_8))),
                    Map.entry("LMI_PAYER_EMAIL", "user@example.com"),
                    Map.entry("LMI_INVOICE_CONFIRMATION_URL", "https://shop.example/pay/paymaster/invoice-confirmation"),
                    Map.entry("LMI_PAYMENT_NOTIFICATION_URL", "https://shop.example/pay/paymaster/notification"),
                    Map.entry("LMI_SUCCESS_URL", "https://shop.example/ok"));
        }

        @Test
        void leavesOutWhatIsNotGivenAndCutsTheDescriptionAt255() {
            PayMasterGateway gateway = new PayMasterGateway(new PayMasterSettings(V1_MERCHANT, "s", null, false,
                    "https://paymaster.example/init", null, null, null, null));
            String description = "д".repeat(300);

            Checkout checkout = gateway.checkout("ORDER-2", "99.90", "RUB", description, Optional.empty());

            assertThat(checkout.url()).isEqualTo("https://paymaster.example/init");
            assertThat(checkout.fields()).containsOnlyKeys("LMI_MERCHANT_ID", "LMI_PAYMENT_AMOUNT", "LMI_CURRENCY",
                    "LMI_PAYMENT_NO", "LMI_PAYMENT_DESC_BASE64");
            assertThat(checkout.fields().get("LMI_PAYMENT_AMOUNT")).isEqualTo("99.90");
            String decoded = new String(Base64.getDecoder().decode(checkout.fields().get("LMI_PAYMENT_DESC_BASE64")),
                    StandardCharsets.UTF_8);
            assertThat(decoded).isEqualTo("д".repeat(255));
        }

        @Test
        void neverCutsASurrogatePair() {
            String description = "a".repeat(254) + "😀";
            assertThat(PayMasterGateway.truncate(description)).isEqualTo("a".repeat(254));
        }
    }

    @Nested
    class Settings {

        @Test
        void defaultAndValidateTheAlgorithm() {
            assertThat(new PayMasterSettings(V1_MERCHANT, "s", null, false, null, null, null, null, null)
                    .hashAlgorithm()).isEqualTo(PayMasterHash.Algorithm.SHA256);
            assertThat(new PayMasterSettings(V1_MERCHANT, "s", "SHA1", false, null, null, null, null, null)
                    .hashAlgorithm()).isEqualTo(PayMasterHash.Algorithm.SHA1);
            assertThatThrownBy(() -> new PayMasterSettings(V1_MERCHANT, "s", "crc32", false, null, null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new PayMasterSettings(" ", "s", null, false, null, null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new PayMasterSettings(V1_MERCHANT, "", null, false, null, null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void neverPrintTheSecret() {
            assertThat(new PayMasterSettings(V1_MERCHANT, "Test-Secret-1", null, true, null, null, null, null, null))
                    .asString().doesNotContain("Test-Secret-1");
        }

        @Test
        void theGatewayReportsItsNameAndTestSetting() {
            PayMasterGateway gateway = new PayMasterGateway(
                    new PayMasterSettings(V1_MERCHANT, "s", null, false, null, null, null, null, null));
            assertThat(gateway.name()).isEqualTo("paymaster");
            assertThat(gateway.testPaymentsAllowed()).isFalse();
        }
    }
}
