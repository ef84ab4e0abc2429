package io.ordercore.application.port.in;

import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import java.util.List;

/** The signed-in operator's own work: proposals, orders, earnings and payout requests. */
public interface OperatorCabinetUseCase {

    /** Orders proposed to me, waiting for my answer. */
    List<Order> proposals(Caller caller);

    /** Orders I hold or held (in progress first, then the rest), newest first. */
    List<Order> myOrders(Caller caller, int limit);

    /** I take the proposed order: InProgress, and I can no longer refuse it. */
    Order confirm(Caller caller, OrderId order);

    /** I decline the proposed order: it goes to the next candidate. */
    Order refuse(Caller caller, OrderId order, String reason);

    /** My balance (fees minus penalties minus payouts held) and latest entries. */
    record EarningsView(Money available, List<EarningEntry> entries) {
    }

    EarningsView earnings(Caller caller);

    /** @throws io.ordercore.domain.shared.RefusedException OVER_BALANCE */
    PayoutRequest requestPayout(Caller caller, Long amountKopecks);

    List<PayoutRequest> myPayouts(Caller caller);
}
