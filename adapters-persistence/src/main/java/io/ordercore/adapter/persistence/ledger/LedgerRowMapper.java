package io.ordercore.adapter.persistence.ledger;

import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.shared.Money;
import org.mapstruct.Mapper;

/** Ledger entries between domain and rows; amounts are kopecks of RUB. */
@Mapper
public interface LedgerRowMapper {

    default LedgerEntry toEntry(LedgerEntryRow row) {
        return new LedgerEntry(row.id(), row.movementKey(), new LedgerAccount(row.accountKey()), Money.kopecks(row.amountMinor()),
                Cause.valueOf(row.cause()), row.causeRef(), row.at());
    }

    /** The amount in kopecks; only RUB is stored (the columns carry no currency). */
    default long rub(Money amount) {
        if (!amount.currency().equals(Money.RUB)) {
            throw new IllegalArgumentException("the ledger is in RUB, not " + amount);
        }
        return amount.minor();
    }
}
