package io.ordercore.application.port.in;

import io.ordercore.application.port.out.Payments;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import java.util.Map;

/** Payments as staff see them: offline payments, the list, the gateway log, the integrity check. */
public interface PaymentsUseCase {

    /**
     * A manager of the order's point (or an administrator) records money paid outside: amount,
     * reference, date (Moscow). Partial amounts allowed; the order becomes Paid once covered.
     */
    Order markOffline(Caller caller, OrderId order, Long amountKopecks, String reference, String date);

    /** Filters as typed: from/to dates, clientEmail, gateway, kind, minKopecks/maxKopecks; all optional. */
    record ListForm(String from, String to, String clientEmail, String gateway, String kind, Long minKopecks,
                    Long maxKopecks, Long beforeId, Integer limit) {
    }

    List<Payment> list(Caller caller, ListForm form);

    List<Payments.LogEntry> log(Caller caller, String gateway, String verdict, Long beforeId, Integer limit);

    /** What the integrity check found: each check's name with its problems (all empty: consistent). */
    record IntegrityReport(Map<String, List<String>> findings) {
        public boolean consistent() {
            return findings.values().stream().allMatch(List::isEmpty);
        }
    }

    IntegrityReport checkIntegrity(Caller caller);
}
