package io.ordercore.application.service;

import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Puts operators' earnings and everyone's payouts on the ledger, in the same transaction as the
 * earnings store records them: a fee or penalty moves between the operator and the system; a payout
 * request moves the amount to "payouts processing", from where a transfer sends it out and a
 * cancellation gives it back. Keys ({@code earning:<key>}, {@code payout:<id>}...) make each happen once.
 */
final class LedgeredEarnings implements Earnings {

    private final Earnings store;
    private final Ledger ledger;
    private final Accounts accounts;

    LedgeredEarnings(Earnings store, Ledger ledger, Accounts accounts) {
        this.store = store;
        this.ledger = ledger;
        this.accounts = accounts;
    }

    /** The ledger account a payout to this payee comes from: a partner's commission or an operator's earnings. */
    LedgerAccount payeeAccount(AccountId payee) {
        boolean partner = accounts.find(payee).map(a -> a.role() == Role.PARTNER).orElse(false);
        return partner ? LedgerAccount.partnerCommission(payee) : LedgerAccount.operatorEarnings(payee);
    }

    @Override
    public boolean append(EarningEntry entry) {
        if (!store.append(entry)) {
            return false;
        }
        LedgerAccount operator = LedgerAccount.operatorEarnings(entry.operator());
        boolean fee = entry.kind() == EarningKind.FEE;
        Money amount = fee ? entry.amount() : Money.zero(entry.amount().currency()).minus(entry.amount());
        if (amount.isPositive()) {
            ledger.post(new Movement("earning:" + entry.key(), fee ? LedgerAccount.OPERATOR_FEES : operator,
                    fee ? operator : LedgerAccount.PENALTIES, amount, Cause.EARNING, String.valueOf(entry.order().value()),
                    entry.at()));
        }
        return true;
    }

    @Override
    public Optional<PayoutRequest> requestPayout(PayoutRequest request) {
        Optional<PayoutRequest> stored = store.requestPayout(request);
        stored.ifPresent(p -> ledger.post(requested(p, LedgerAccount.operatorEarnings(p.payee()))));
        return stored;
    }

    @Override
    public void storePayout(PayoutRequest request) {
        store.storePayout(request);
    }

    /** The movement that takes a requested payout from the payee's balance. */
    static Movement requested(PayoutRequest p, LedgerAccount from) {
        return new Movement("payout:" + p.id(), from, LedgerAccount.PAYOUTS_PROCESSING, p.amount(), Cause.PAYOUT,
                String.valueOf(p.id()), p.createdAt());
    }

    @Override
    public boolean setPayoutStatus(long id, PayoutStatus from, PayoutStatus to, Instant at, Optional<String> note) {
        if (!store.setPayoutStatus(id, from, to, at, note)) {
            return false;
        }
        if (to == PayoutStatus.CANCELLED || to == PayoutStatus.TRANSFERRED) {
            PayoutRequest p = store.payout(id).orElseThrow();
            LedgerAccount target = to == PayoutStatus.CANCELLED ? payeeAccount(p.payee()) : LedgerAccount.PAYOUTS_TRANSFERRED;
            ledger.post(new Movement("payout-" + to.name().toLowerCase(java.util.Locale.ROOT) + ":" + id,
                    LedgerAccount.PAYOUTS_PROCESSING, target, p.amount(), Cause.PAYOUT, String.valueOf(id), at));
        }
        return true;
    }

    @Override
    public List<EarningEntry> entries(AccountId operator, int limit) {
        return store.entries(operator, limit);
    }

    @Override
    public Money available(AccountId operator) {
        return store.available(operator);
    }

    @Override
    public Optional<PayoutRequest> payout(long id) {
        return store.payout(id);
    }

    @Override
    public List<PayoutRequest> payouts(Optional<AccountId> payee, Optional<PayoutStatus> status, long beforeId, int limit) {
        return store.payouts(payee, status, beforeId, limit);
    }

    @Override
    public long countPayouts(PayoutStatus status) {
        return store.countPayouts(status);
    }
}
