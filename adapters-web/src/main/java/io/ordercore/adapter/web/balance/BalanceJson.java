package io.ordercore.adapter.web.balance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.application.port.in.BalanceUseCase.BalanceView;
import io.ordercore.domain.ledger.LedgerEntry;
import java.util.List;

/**
 * A client's points balance and its latest entries, newest first. An entry's {@code amount} is
 * signed (negative when points left the balance); {@code cause} ORDER_PAYMENT, OVERPAYMENT,
 * TRANSFER, TOP_UP, BONUS, REFUND or ADJUSTMENT; {@code causeRef} what it was for (an order id,
 * a payment id, an adjustment's reason).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BalanceJson(MoneyJson balance, List<Entry> entries) {

    static BalanceJson from(BalanceView view) {
        return new BalanceJson(MoneyJson.from(view.balance()), view.entries().stream().map(Entry::from).toList());
    }

    /** One movement of the balance. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(long id, MoneyJson amount, String cause, String causeRef, String at) {

        public static Entry from(LedgerEntry e) {
            return new Entry(e.id(), MoneyJson.from(e.amount()), e.cause().name(), e.causeRef(), e.at().toString());
        }
    }
}
