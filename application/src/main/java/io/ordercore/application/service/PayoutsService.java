package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.PayoutsUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.Text;
import io.ordercore.domain.shared.Validation;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

final class PayoutsService implements PayoutsUseCase {

    private static final Role[] VIEWERS = {Role.ADMIN, Role.SITE_MANAGER};

    private final Earnings earnings;
    private final Accounts accounts;
    private final Notices notices;
    private final AuditTrail audit;
    private final Clock clock;

    PayoutsService(Earnings earnings, Accounts accounts, Notices notices, AuditTrail audit, Clock clock) {
        this.earnings = earnings;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<PayoutRequest> list(Caller caller, String status, Long payeeId, Long beforeId, Integer limit) {
        Permissions.require(caller, VIEWERS);
        Validation v = new Validation();
        Optional<PayoutStatus> s = v.checkOptional("status", status, raw -> Choices.parse(PayoutStatus.class, raw));
        int pageSize = limit == null ? 50 : limit;
        if (pageSize < 1 || pageSize > 1000) {
            v.reject("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        v.throwIfInvalid();
        return earnings.payouts(Optional.ofNullable(payeeId).map(id -> KnownIds.account("Payee", id)), s, beforeId == null ? 0 : beforeId, pageSize);
    }

    @Override
    public PayoutRequest setStatus(Caller caller, long payoutId, String status, String note) {
        return audit.record(caller, "payout.status", "payout:" + payoutId, () -> {
            Permissions.require(caller, Role.ADMIN);
            Validation v = new Validation();
            PayoutStatus to = v.require("status", status) ? v.check("status", () -> Choices.parse(PayoutStatus.class, status))
                    : null;
            String cleanNote = v.check("note", () -> Text.optional(note, 1000));
            v.throwIfInvalid();
            PayoutRequest current = earnings.payout(payoutId).orElseThrow(() -> new NotFoundException("Payout", payoutId));
            if (!current.status().next().contains(to)) {
                throw new RefusedException("PAYOUT_STATUS_REFUSED", "a payout " + current.status() + " cannot become " + to
                        + "; it can become " + current.status().next());
            }
            if (!earnings.setPayoutStatus(payoutId, current.status(), to, clock.instant().truncatedTo(ChronoUnit.MICROS),
                    Optional.ofNullable(cleanNote))) {
                throw new io.ordercore.application.port.out.ConcurrentUpdateException("Payout " + payoutId);
            }
            PayoutRequest updated = earnings.payout(payoutId).orElseThrow();
            if (to == PayoutStatus.TRANSFERRED) {
                accounts.find(updated.payee()).ifPresent(a -> notices.payoutTransferred(a, updated));
            }
            return updated;
        });
    }
}
