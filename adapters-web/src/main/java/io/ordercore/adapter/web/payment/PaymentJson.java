package io.ordercore.adapter.web.payment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.payment.Payment;

/**
 * One payment towards an order: {@code kind} GATEWAY, BALANCE, OFFLINE or COUPON; {@code gateway}
 * and {@code externalId} (the gateway's payment id) for gateway payments only; {@code reference}
 * an offline payment's reference; {@code payerId} null when the order has no client account.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PaymentJson(long id, long orderId, @Nullable Long payerId, String kind, @Nullable String gateway,
                          @Nullable String externalId, MoneyJson amount, @Nullable String reference, String at) {

    static PaymentJson from(Payment p) {
        return new PaymentJson(p.id(), p.order().value(), p.payer().map(AccountId::value).orElse(null), p.kind().name(),
                p.gateway().orElse(null), p.externalId().orElse(null), MoneyJson.from(p.amount()),
                p.reference().orElse(null), p.at().toString());
    }
}
