package io.ordercore.adapter.persistence.earning;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Earning entries and payout requests between domain and rows; amounts are kopecks of RUB. */
@Mapper
public interface EarningRowMapper {

    @Mapping(target = "operatorId", source = "operator.value")
    @Mapping(target = "orderId", source = "order.value")
    @Mapping(target = "amountMinor", expression = "java(rub(entry.amount()))")
    @Mapping(target = "entryKey", source = "key")
    EarningEntryRow toRow(EarningEntry entry);

    default EarningEntry toEntry(EarningEntryRow row) {
        return new EarningEntry(row.id(), new AccountId(row.operatorId()), new OrderId(row.orderId()),
                EarningKind.valueOf(row.kind()), Money.kopecks(row.amountMinor()), row.entryKey(), row.at());
    }

    @Mapping(target = "payeeId", source = "payee.value")
    @Mapping(target = "amountMinor", expression = "java(rub(request.amount()))")
    @Mapping(target = "note", expression = "java(request.note().orElse(null))")
    PayoutRequestRow toRow(PayoutRequest request);

    default PayoutRequest toPayout(PayoutRequestRow row) {
        return new PayoutRequest(row.id(), new AccountId(row.payeeId()), Money.kopecks(row.amountMinor()),
                PayoutStatus.valueOf(row.status()), row.createdAt(), row.updatedAt(), Optional.ofNullable(row.note()));
    }

    /** The amount in kopecks; only RUB is stored (the columns carry no currency). */
    default long rub(Money amount) {
        if (!amount.currency().equals(Money.RUB)) {
            throw new IllegalArgumentException("earnings and payouts are in RUB, not " + amount);
        }
        return amount.minor();
    }
}
