package io.ordercore.adapter.payment.cloudpayments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The worked vectors of shared/docs/payment-gateways.md, section C.2. */
class CloudPaymentsSignatureTest {

    private static final String SECRET = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    private static final String FORM_BODY = "TransactionId=1234567&Amount=10.00&Currency=RUB&PaymentAmount=10.00"
            + "&PaymentCurrency=RUB&OperationType=Payment&InvoiceId=ORDER-1001&AccountId=user%40example.com"
            + "&SubscriptionId=&Name=IVAN+IVANOV&Email=user%40example.com&DateTime=2024-03-15+09%3A30%3A00"
            + "&IpAddress=192.0.2.10&CardFirstSix=424242&CardLastFour=4242&CardExpDate=12%2F25&CardType=Visa"
            + "&Status=Completed&TestMode=1&Data=%7B%22orderId%22%3A42%2C%22note%22%3A%22%D1%82%D0%B5%D1%81%D1%82%22%7D"
            + "&Token=tk_0123456789abcdef&GatewayName=Test";

    private static final String JSON_BODY = "{\"TransactionId\":1234568,\"Amount\":1500.5,\"Currency\":\"RUB\","
            + "\"PaymentAmount\":\"1500.50\",\"PaymentCurrency\":\"RUB\",\"OperationType\":\"Payment\","
            + "\"InvoiceId\":\"ORDER-1002\",\"AccountId\":\"42\",\"Description\":\"Оплата заказа №1002\","
            + "\"DateTime\":\"2024-03-15 09:31:00\",\"CardFirstSix\":\"555555\",\"CardLastFour\":\"4444\","
            + "\"CardExpDate\":\"01/27\",\"CardType\":\"MasterCard\",\"Status\":\"Completed\",\"TestMode\":true,\"Data\":null}";

    private final CloudPaymentsSignature signature = new CloudPaymentsSignature(SECRET);

    @Test
    void theFormVectorMatchesOverRawBytes() {
        byte[] body = FORM_BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(body).hasSize(490);
        assertThat(signature.sign(body)).isEqualTo("79lH4kVfhz+5UF80ksJogVinZwrDikHZzBs8nyIUTPA=");
        assertThat(signature.verify(body, "79lH4kVfhz+5UF80ksJogVinZwrDikHZzBs8nyIUTPA=", null)).isTrue();
    }

    @Test
    void xContentHmacIsAcceptedOverTheDecodedBody() {
        byte[] body = FORM_BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verify(body, null, "b4nvfM/48b7a2UgND3sxZt5T2fKUuG1Eipd7Q3rKqBU=")).isTrue();
        assertThat(signature.verify(body, null, "79lH4kVfhz+5UF80ksJogVinZwrDikHZzBs8nyIUTPA=")).isTrue();
        assertThat(signature.verify(body, "b4nvfM/48b7a2UgND3sxZt5T2fKUuG1Eipd7Q3rKqBU=", null))
                .as("Content-HMAC is over the raw bytes only").isFalse();
    }

    @Test
    void theJsonVectorMatchesAndAReserialisedBodyDoesNot() {
        byte[] body = JSON_BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(signature.sign(body)).isEqualTo("OQPhq+nswf2MsYGAZtnMQBGMYq/Nj+qzCfH0SYNbDzQ=");
        String escaped = JSON_BODY.replace("Оплата заказа №1002",
                "\\u041e\\u043f\\u043b\\u0430\\u0442\\u0430 \\u0437\\u0430\\u043a\\u0430\\u0437\\u0430 \\u21161002");
        assertThat(signature.sign(escaped.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("39uX38JX7HTXbgIAIpX8jNzUKWewUCBdf87lXY1+zy4=");
        assertThat(signature.verify(escaped.getBytes(StandardCharsets.UTF_8), "OQPhq+nswf2MsYGAZtnMQBGMYq/Nj+qzCfH0SYNbDzQ=", null)).isFalse();
    }

    @Test
    void aTamperedOrMissingSignatureIsRefused() {
        byte[] body = FORM_BODY.replace("Amount=10.00", "Amount=11.00").getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verify(body, "79lH4kVfhz+5UF80ksJogVinZwrDikHZzBs8nyIUTPA=", null)).isFalse();
        assertThat(signature.verify(FORM_BODY.getBytes(StandardCharsets.UTF_8), null, null)).isFalse();
        assertThat(new CloudPaymentsSignature("wrong").verify(FORM_BODY.getBytes(StandardCharsets.UTF_8),
                "79lH4kVfhz+5UF80ksJogVinZwrDikHZzBs8nyIUTPA=", null)).isFalse();
    }

    @Test
    void aBodyWithABrokenEscapeIsRefusedNotThrown() {
        byte[] body = "a=%7G".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.verify(body, null, "anything")).isFalse();
        assertThat(signature.verify(body, signature.sign(body), null)).isTrue();
    }
}
