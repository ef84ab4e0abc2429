package io.ordercore.adapter.persistence.payment;

import io.ordercore.adapter.persistence.support.ValueMappings;
import io.ordercore.application.port.out.Payments.LogEntry;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.payment.PaymentKind;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Payments and gateway log entries between domain and rows; amounts are kopecks of RUB. Rebuilding
 * goes through the domain constructor, so every stored payment is checked again on the way in.
 */
@Mapper(uses = ValueMappings.class, imports = {AccountId.class, OrderId.class})
public interface PaymentRowMapper {

    @Mapping(target = "orderId", source = "order.value")
    @Mapping(target = "payerId", expression = "java(payment.payer().map(AccountId::value).orElse(null))")
    @Mapping(target = "amountMinor", expression = "java(rub(payment.amount()))")
    PaymentRow toRow(Payment payment);

    default Payment toPayment(PaymentRow row) {
        return new Payment(row.id(), new OrderId(row.orderId()), Optional.ofNullable(row.payerId()).map(AccountId::new),
                PaymentKind.valueOf(row.kind()), Optional.ofNullable(row.gateway()), Optional.ofNullable(row.externalId()),
                Money.kopecks(row.amountMinor()), Optional.ofNullable(row.reference()), row.at());
    }

    @Mapping(target = "orderId", expression = "java(entry.order().map(OrderId::value).orElse(null))")
    GatewayLogRow toRow(LogEntry entry);

    default LogEntry toEntry(GatewayLogRow row) {
        return new LogEntry(row.id(), row.gateway(), row.endpoint(), row.headers(), row.body(), row.verdict(),
                Optional.ofNullable(row.externalId()), Optional.ofNullable(row.orderId()).map(OrderId::new), row.at());
    }

    /** The amount in kopecks; only RUB is stored (the columns carry no currency). */
    default long rub(Money amount) {
        if (!amount.currency().equals(Money.RUB)) {
            throw new IllegalArgumentException("payments are in RUB, not " + amount);
        }
        return amount.minor();
    }
}
