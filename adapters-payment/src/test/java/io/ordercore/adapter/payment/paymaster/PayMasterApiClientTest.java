package io.ordercore.adapter.payment.paymaster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.adapter.payment.support.LocalApi;
import io.ordercore.application.port.out.GatewayApiException;
import io.ordercore.application.port.out.PayMasterApi.Invoice;
import io.ordercore.application.port.out.PayMasterApi.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PayMaster API v2 client against a local server that checks each request and answers like PayMaster. */
class PayMasterApiClientTest {

    private final LocalApi api = new LocalApi();
    private final PayMasterApiClient client = new PayMasterApiClient(
            new PayMasterApiSettings("tok-123", api.baseUrl(), Duration.ofSeconds(2)));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anInvoiceIsCreatedWithTheBearerTokenAndTheAmountAsAnExactNumber() {
        api.answer(200, "{\"paymentId\":\"12345\",\"url\":\"https://paymaster.ru/payment/12345\"}");

        Invoice invoice = client.createInvoice("5a4ad3d1-8b16-4a1b-b1e8-e4b3a8c64d1b", "ORDER-7", "500.50", "RUB",
                "Заказ \"7\"", "https://shop.example/pm/callback", "https://shop.example/orders/7");

        assertThat(invoice).isEqualTo(new Invoice("12345", "https://paymaster.ru/payment/12345"));
        LocalApi.Received request = api.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v2/invoices");
        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.body()).isEqualTo("{\"merchantId\":\"5a4ad3d1-8b16-4a1b-b1e8-e4b3a8c64d1b\","
                + "\"invoice\":{\"description\":\"Заказ \\\"7\\\"\",\"orderNo\":\"ORDER-7\"},"
                + "\"amount\":{\"value\":500.50,\"currency\":\"RUB\"},"
                + "\"protocol\":{\"returnUrl\":\"https://shop.example/orders/7\","
                + "\"callbackUrl\":\"https://shop.example/pm/callback\"}}");
    }

    @Test
    void aPaymentIsReadBackWithItsAmountAsReceived() {
        api.answer(200, """
                {"id":"12345","created":"2026-11-23T09:00:00+03:00","testMode":false,"status":"Settled",
                "merchantId":"5a4ad3d1-8b16-4a1b-b1e8-e4b3a8c64d1b","amount":{"value":500.5000,"currency":"RUB"},
                "invoice":{"description":"Заказ 7","orderNo":"ORDER-7","params":{"a":"b"}},
                "paymentData":{"paymentMethod":"BankCard","paymentInstrumentTitle":"220000******0001"}}""");

        PaymentStatus payment = client.payment("12345");

        assertThat(payment).isEqualTo(new PaymentStatus("12345", "Settled", "500.5000", "RUB", "ORDER-7", false));
        LocalApi.Received request = api.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/v2/payments/12345");
        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(request.body()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeTheReplyIsSkippedAndANumericIdAndTestModeAreRead() {
        api.answer(200, ("\uFEFF{\"id\":987,\"testMode\":true,\"status\":\"Authorized\","
                + "\"amount\":{\"value\":10.50,\"currency\":\"RUB\"},\"invoice\":{\"orderNo\":\"ORDER-9\"}}")
                .getBytes(StandardCharsets.UTF_8), 0);

        assertThat(client.payment("987")).isEqualTo(new PaymentStatus("987", "Authorized", "10.50", "RUB", "ORDER-9", true));
    }

    @Test
    void thePaymentIdIsEncodedIntoThePath() {
        api.answer(404, "{\"code\":\"not_found\",\"message\":\"Payment not found\"}");

        assertThatThrownBy(() -> client.payment("../x y")).isInstanceOf(GatewayApiException.class);

        assertThat(api.only().path()).isEqualTo("/api/v2/payments/..%2Fx%20y");
    }

    @Test
    void anUnknownPaymentIsAGatewayApiExceptionWithStatus404AndPayMastersMessage() {
        api.answer(404, "{\"code\":\"not_found\",\"message\":\"Payment not found\",\"errors\":[]}");

        assertThatThrownBy(() -> client.payment("1"))
                .isInstanceOfSatisfying(GatewayApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(OptionalInt.of(404));
                    assertThat(e.gateway()).isEqualTo("paymaster-v2");
                    assertThat(e.getMessage()).contains("not_found", "Payment not found");
                });
    }

    @Test
    void aRefusedInvoiceIsAGatewayApiException() {
        api.answer(400, "{\"code\":\"validation_error\",\"message\":\"Invalid amount\",\"errors\":[]}");

        assertThatThrownBy(() -> client.createInvoice("m", "ORDER-1", "1.00", "RUB", "d", "", ""))
                .isInstanceOf(GatewayApiException.class).hasMessageContaining("validation_error");
    }

    @Test
    void aReplyWithoutTheNeededFieldsIsAGatewayApiException() {
        api.answer(200, "{\"paymentId\":\"1\"}");
        assertThatThrownBy(() -> client.createInvoice("m", "ORDER-1", "1.00", "RUB", "d", "", ""))
                .isInstanceOf(GatewayApiException.class).hasMessageContaining("url");

        api.answer(200, "{\"id\":\"1\",\"status\":\"Settled\"}");
        assertThatThrownBy(() -> client.payment("1")).isInstanceOf(GatewayApiException.class)
                .hasMessageContaining("value");

        api.answer(200, "not json");
        assertThatThrownBy(() -> client.payment("1")).isInstanceOf(GatewayApiException.class);
    }

    @Test
    void anAmountThatIsNoPlainDecimalIsNeverSent() {
        assertThatThrownBy(() -> client.createInvoice("m", "ORDER-1", "1e2", "RUB", "d", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(api.received()).isEmpty();
    }

    @Test
    void settingsDefaultToPayMasterAndNeverPrintTheToken() {
        PayMasterApiSettings settings = new PayMasterApiSettings(" tok-123 ", "", null);
        assertThat(settings.baseUrl()).isEqualTo("https://paymaster.ru");
        assertThat(settings.token()).isEqualTo("tok-123");
        assertThat(settings.toString()).doesNotContain("tok-123");
        assertThatThrownBy(() -> new PayMasterApiSettings(" ", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
