package io.ordercore.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.ordercore.adapter.payment.cloudpayments.CloudPaymentsApiClient;
import io.ordercore.adapter.payment.cloudpayments.CloudPaymentsGateway;
import io.ordercore.adapter.payment.cloudpayments.CloudPaymentsSettings;
import io.ordercore.adapter.payment.paymaster.PayMasterApiClient;
import io.ordercore.adapter.payment.paymaster.PayMasterApiSettings;
import io.ordercore.adapter.payment.paymaster.PayMasterGateway;
import io.ordercore.adapter.payment.paymaster.PayMasterSettings;
import io.ordercore.application.port.out.CardCharges;
import io.ordercore.application.port.out.PayMasterApi;
import io.ordercore.application.port.out.PaymentGateway;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The payment gateways this installation has credentials for; a gateway without them is simply absent (404). */
@Factory
class PaymentGatewaysFactory {

    /** The configured gateways, as one bean (so the core gets exactly these). */
    record ConfiguredGateways(List<PaymentGateway> all, Optional<PayMasterApi> payMasterApi, boolean payMasterTestAllowed,
                              Optional<CardCharges> cardCharges) {
    }

    @Singleton
    ConfiguredGateways gateways(@Value("${ordercore.paymaster.merchant-id:}") String payMasterMerchant,
                                @Value("${ordercore.paymaster.secret:}") String payMasterSecret,
                                @Value("${ordercore.paymaster.algorithm:sha256}") String payMasterAlgorithm,
                                @Value("${ordercore.paymaster.test-allowed:false}") boolean payMasterTest,
                                @Value("${ordercore.paymaster.payment-url:}") String payMasterUrl,
                                @Value("${ordercore.public-url:`http://localhost:8080`}") String publicUrl,
                                @Value("${ordercore.cloudpayments.public-id:}") String cloudPublicId,
                                @Value("${ordercore.cloudpayments.api-secret:}") String cloudSecret,
                                @Value("${ordercore.cloudpayments.test-allowed:false}") boolean cloudTest,
                                @Value("${ordercore.paymaster.api-token:}") String payMasterApiToken,
                                @Value("${ordercore.paymaster.api-base-url:}") String payMasterApiUrl,
                                @Value("${ordercore.cloudpayments.api-base-url:}") String cloudApiUrl) {
        List<PaymentGateway> gateways = new ArrayList<>();
        if (!payMasterMerchant.isBlank() && !payMasterSecret.isEmpty()) {
            String base = publicUrl.replaceAll("/$", "") + "/api/v1/payments/paymaster/";
            gateways.add(new PayMasterGateway(new PayMasterSettings(payMasterMerchant, payMasterSecret, payMasterAlgorithm,
                    payMasterTest, payMasterUrl, base + "notification", base + "invoice-confirmation", "", "")));
        }
        Optional<CardCharges> cardCharges = Optional.empty();
        if (!cloudPublicId.isBlank() && !cloudSecret.isEmpty()) {
            CloudPaymentsSettings cloud = new CloudPaymentsSettings(cloudPublicId, cloudSecret, cloudTest);
            gateways.add(new CloudPaymentsGateway(cloud));
            // Saved cards are charged with the same site's credentials (HTTP Basic: public id and API secret).
            cardCharges = Optional.of(new CloudPaymentsApiClient(cloud,
                    cloudApiUrl.isBlank() ? CloudPaymentsApiClient.DEFAULT_BASE_URL : cloudApiUrl, Duration.ofSeconds(15)));
        }
        Optional<PayMasterApi> api = payMasterApiToken.isBlank() ? Optional.empty()
                : Optional.of(new PayMasterApiClient(new PayMasterApiSettings(payMasterApiToken, payMasterApiUrl, null)));
        return new ConfiguredGateways(gateways, api, payMasterTest, cardCharges);
    }
}
