package io.ordercore.adapter.web.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.application.port.out.PaymentGateway;
import java.util.Map;
import java.util.TreeMap;

/** Where to send the buyer to pay: post {@code fields} as a form to {@code url} (or feed them to the gateway's widget). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CheckoutJson(String url, Map<String, String> fields) {

    public static CheckoutJson from(PaymentGateway.Checkout checkout) {
        return new CheckoutJson(checkout.url(), new TreeMap<>(checkout.fields()));
    }
}
