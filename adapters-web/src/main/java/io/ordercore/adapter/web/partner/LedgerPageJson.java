package io.ordercore.adapter.web.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.balance.BalanceJson;
import io.ordercore.domain.ledger.LedgerEntry;
import java.util.List;

/**
 * A partner's commission account, newest first, entries as in a points balance's history
 * ({@code cause} COMMISSION with the order's id as {@code causeRef}, or a payout's movements); pass
 * {@code nextBeforeId} as {@code beforeId} for older ones, null on the last page.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LedgerPageJson(List<BalanceJson.Entry> items, @Nullable Long nextBeforeId) {

    static LedgerPageJson page(List<LedgerEntry> page, int limit) {
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new LedgerPageJson(page.stream().map(BalanceJson.Entry::from).toList(), next);
    }
}
