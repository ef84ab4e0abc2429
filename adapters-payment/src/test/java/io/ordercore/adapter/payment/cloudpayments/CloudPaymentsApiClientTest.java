package io.ordercore.adapter.payment.cloudpayments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordercore.adapter.payment.support.LocalApi;
import io.ordercore.application.port.out.CardCharges.ChargeResult;
import io.ordercore.application.port.out.CardCharges.RefundResult;
import io.ordercore.application.port.out.GatewayApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CloudPayments API client against a local server that checks each request and answers like CloudPayments. */
class CloudPaymentsApiClientTest {

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("pk_test_1:a1b2c3d4e5f60718293a4b5c6d7e8f90".getBytes(StandardCharsets.UTF_8));

    private final LocalApi api = new LocalApi();
    private final CloudPaymentsApiClient client = new CloudPaymentsApiClient(
            new CloudPaymentsSettings("pk_test_1", "a1b2c3d4e5f60718293a4b5c6d7e8f90", false), api.baseUrl(),
            Duration.ofSeconds(2));

    @AfterEach
    void stop() {
        api.close();
    }

    private static final String APPROVED = """
            {"Model":{"TransactionId":504,"Amount":1500.5,"Currency":"RUB","InvoiceId":"ORDER-7","AccountId":"42",
            "Status":"Completed","StatusCode":3,"Reason":"Approved","ReasonCode":0,"CardHolderMessage":"Оплата успешно проведена"},
            "Success":true,"Message":null}""";

    @Test
    void anApprovedChargeSendsTheTokenMerchantInitiatedWithBasicAuth() {
        api.answer(200, APPROVED);

        ChargeResult result = client.chargeToken("tk_\"abc\\", "42", "1500.50", "RUB", "ORDER-7", "Заказ 7\nкарта");

        assertThat(result).isEqualTo(new ChargeResult(true, Optional.of("504"), Optional.empty()));
        LocalApi.Received request = api.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/payments/tokens/charge");
        assertThat(request.header("Authorization")).isEqualTo(BASIC);
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.body()).isEqualTo("{\"Amount\":1500.50,\"Currency\":\"RUB\",\"AccountId\":\"42\","
                + "\"Token\":\"tk_\\\"abc\\\\\",\"TrInitiatorCode\":0,\"InvoiceId\":\"ORDER-7\","
                + "\"Description\":\"Заказ 7\\nкарта\"}");
        Map<String, String> json = request.json();
        assertThat(json).containsEntry("Token", "tk_\"abc\\").containsEntry("TrInitiatorCode", "0")
                .containsEntry("Amount", "1500.50").containsEntry("Description", "Заказ 7\nкарта");
    }

    @Test
    void noInvoiceOrDescriptionLeavesThemOut() {
        api.answer(200, APPROVED);

        client.chargeToken("tk_1", "42", "100", "RUB", "", null);

        assertThat(api.only().json()).containsOnlyKeys("Amount", "Currency", "AccountId", "Token", "TrInitiatorCode");
    }

    @Test
    void aDeclineIsAResultWithTheReasonAndItsCode() {
        api.answer(200, """
                {"Model":{"TransactionId":505,"Amount":1500.5,"Status":"Declined","StatusCode":5,
                "Reason":"InsufficientFunds","ReasonCode":5051,"CardHolderMessage":"Недостаточно средств на карте"},
                "Success":false,"Message":null}""");

        ChargeResult result = client.chargeToken("tk_1", "42", "1500.50", "RUB", "ORDER-7", "");

        assertThat(result).isEqualTo(new ChargeResult(false, Optional.of("505"),
                Optional.of("InsufficientFunds (ReasonCode 5051)")));
    }

    @Test
    void aRefusedRequestIsADeclineWithTheMessage() {
        api.answer(200, "{\"Success\":false,\"Message\":\"Token not found\"}");

        assertThat(client.chargeToken("tk_x", "42", "1.00", "RUB", "", ""))
                .isEqualTo(new ChargeResult(false, Optional.empty(), Optional.of("Token not found")));
    }

    @Test
    void anHttpErrorIsAGatewayApiExceptionWithTheStatus() {
        api.answer(401, "");

        assertThatThrownBy(() -> client.chargeToken("tk_1", "42", "1.00", "RUB", "", ""))
                .isInstanceOfSatisfying(GatewayApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(OptionalInt.of(401));
                    assertThat(e.gateway()).isEqualTo("cloudpayments");
                    assertThat(e.getMessage()).doesNotContain("a1b2c3d4");
                });
    }

    @Test
    void aReplyThatIsNoEnvelopeIsAGatewayApiException() {
        api.answer(200, "<html>maintenance</html>");
        assertThatThrownBy(() -> client.chargeToken("tk_1", "42", "1.00", "RUB", "", ""))
                .isInstanceOf(GatewayApiException.class);

        api.answer(200, "{\"Model\":{}}");
        assertThatThrownBy(() -> client.chargeToken("tk_1", "42", "1.00", "RUB", "", ""))
                .isInstanceOf(GatewayApiException.class).hasMessageContaining("Success");
    }

    @Test
    void anApprovalWithoutATransactionIdIsNotTakenForADecline() {
        api.answer(200, "{\"Success\":true,\"Model\":{\"Status\":\"Completed\"}}");

        assertThatThrownBy(() -> client.chargeToken("tk_1", "42", "1.00", "RUB", "", ""))
                .isInstanceOf(GatewayApiException.class).hasMessageContaining("TransactionId");
    }

    @Test
    void aSlowAnswerTimesOutAsAGatewayApiExceptionWithoutStatus() {
        api.answer(200, APPROVED.getBytes(StandardCharsets.UTF_8), 3_000);

        assertThatThrownBy(() -> client.chargeToken("tk_1", "42", "1.00", "RUB", "", ""))
                .isInstanceOfSatisfying(GatewayApiException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(OptionalInt.empty()));
    }

    @Test
    void anAmountThatIsNoPlainDecimalIsNeverSent() {
        assertThatThrownBy(() -> client.chargeToken("tk_1", "42", "1e3", "RUB", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.refund("504", "1,00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.refund("abc", "1.00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(api.received()).isEmpty();
    }

    @Test
    void aRefundSendsTheTransactionAndAmountAsNumbers() {
        api.answer(200, "{\"Model\":{\"TransactionId\":601},\"Success\":true,\"Message\":null}");

        RefundResult result = client.refund("504", "500.00");

        assertThat(result).isEqualTo(new RefundResult(true, Optional.empty()));
        LocalApi.Received request = api.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/payments/refund");
        assertThat(request.header("Authorization")).isEqualTo(BASIC);
        assertThat(request.body()).isEqualTo("{\"TransactionId\":504,\"Amount\":500.00}");
    }

    @Test
    void aRefusedRefundCarriesTheMessage() {
        api.answer(200, "{\"Success\":false,\"Message\":\"Сумма возврата больше суммы оплаты\"}");

        assertThat(client.refund("504", "9000.00"))
                .isEqualTo(new RefundResult(false, Optional.of("Сумма возврата больше суммы оплаты")));
    }

    @Test
    void theDefaultBaseUrlIsCloudPayments() {
        assertThat(CloudPaymentsApiClient.DEFAULT_BASE_URL).isEqualTo("https://api.cloudpayments.ru");
    }
}
