package io.ordercore.adapter.cli.payouts;

import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.domain.earning.PayoutRequest;
import java.util.List;

/** The JSON shape of payout requests; the CSV columns are its fields, amount split into amount and currency. */
final class PayoutViews {

    static final String[] CSV_HEADER = {"id", "payeeId", "amount", "currency", "status", "createdAt", "updatedAt", "note"};

    private PayoutViews() {
    }

    /** {@code payeeId} is the operator's or partner's account id; {@code note} is null when none was given. */
    record PayoutJson(long id, long payeeId, MoneyView amount, String status, String createdAt, String updatedAt,
                      String note) {
    }

    /** {@code nextBefore} is the {@code --before} of the next page, null when this one was not full. */
    record Page(List<PayoutJson> items, Long nextBefore) {
    }

    static PayoutJson json(PayoutRequest p) {
        return new PayoutJson(p.id(), p.payee().value(), MoneyView.of(p.amount()), p.status().name(),
                p.createdAt().toString(), p.updatedAt().toString(), p.note().orElse(null));
    }

    static Object[] row(PayoutRequest p) {
        PayoutJson j = json(p);
        return new Object[] {j.id(), j.payeeId(), j.amount().amount(), j.amount().currency(), j.status(), j.createdAt(),
            j.updatedAt(), j.note()};
    }
}
