package io.ordercore.adapter.web.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.domain.payment.Payment;
import java.util.List;

/** Payments, newest first; pass {@code nextBeforeId} as {@code beforeId} for the next page (null on the last). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaymentListJson(List<PaymentJson> items, @Nullable Long nextBeforeId) {

    static PaymentListJson page(List<Payment> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new PaymentListJson(page.stream().map(PaymentJson::from).toList(), next);
    }
}
