package io.ordercore.application.port.in;

import io.ordercore.domain.earning.PayoutRequest;
import java.util.List;

/** Administrators handle payout requests by hand. */
public interface PayoutsUseCase {

    /** Optional status and payee filters; newest first, before {@code beforeId} (null or 0 = newest). */
    List<PayoutRequest> list(Caller caller, String status, Long payeeId, Long beforeId, Integer limit);

    /** Moves a request along PROCESSING -> TRANSFERRED / CANCELLED / ERROR; the payee is e-mailed on TRANSFERRED. */
    PayoutRequest setStatus(Caller caller, long payoutId, String status, String note);
}
