package io.ordercore.adapter.cli.payments;

import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.application.port.out.Payments;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.shared.OrderId;
import java.util.List;

/** The JSON shapes of payments and the gateway log; the CSV columns are their fields, amount split in two. */
final class PaymentViews {

    static final String[] PAYMENT_CSV_HEADER = {"id", "orderId", "payerId", "kind", "gateway", "externalId", "amount",
        "currency", "reference", "at"};
    static final String[] LOG_CSV_HEADER = {"id", "at", "gateway", "endpoint", "verdict", "externalId", "orderId", "headers",
        "body"};

    private PaymentViews() {
    }

    /**
     * {@code payerId} is the paying client's account id; {@code gateway} and {@code externalId} (the
     * gateway's own payment id) are null except for GATEWAY payments; {@code reference} is null when none.
     */
    record PaymentJson(long id, long orderId, Long payerId, String kind, String gateway, String externalId,
                       MoneyView amount, String reference, String at) {
    }

    /** {@code nextBefore} is the {@code --before} of the next page, null when this one was not full. */
    record Page(List<PaymentJson> items, Long nextBefore) {
    }

    /**
     * A gateway call as received and ordercore's verdict on it: {@code headers} one {@code name: value}
     * a line (then, for a call that could not be read, ordercore's reason), {@code body} the raw body as text.
     */
    record LogEntryJson(long id, String at, String gateway, String endpoint, String verdict, String externalId,
                        Long orderId, String headers, String body) {
    }

    record LogPage(List<LogEntryJson> items, Long nextBefore) {
    }

    static PaymentJson json(Payment p) {
        return new PaymentJson(p.id(), p.order().value(), p.payer().map(AccountId::value).orElse(null), p.kind().name(),
                p.gateway().orElse(null), p.externalId().orElse(null), MoneyView.of(p.amount()),
                p.reference().orElse(null), p.at().toString());
    }

    static Object[] row(Payment p) {
        PaymentJson j = json(p);
        return new Object[] {j.id(), j.orderId(), j.payerId(), j.kind(), j.gateway(), j.externalId(), j.amount().amount(),
            j.amount().currency(), j.reference(), j.at()};
    }

    static LogEntryJson json(Payments.LogEntry e) {
        return new LogEntryJson(e.id(), e.at().toString(), e.gateway(), e.endpoint(), e.verdict(),
                e.externalId().orElse(null), e.order().map(OrderId::value).orElse(null), e.headers(), e.body());
    }

    static Object[] row(Payments.LogEntry e) {
        LogEntryJson j = json(e);
        return new Object[] {j.id(), j.at(), j.gateway(), j.endpoint(), j.verdict(), j.externalId(), j.orderId(), j.headers(),
            j.body()};
    }
}
