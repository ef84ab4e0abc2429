package io.ordercore.domain.ledger;

import io.ordercore.domain.account.AccountId;
import java.util.Objects;

/**
 * An account of the ledger: a person's (client points, operator earnings, partner commission) or
 * one of the system's own. Its key is what the ledger stores, e.g. {@code client:42} or
 * {@code system:gateway-clearing}.
 */
public record LedgerAccount(String key) {

    /** Money received through gateways, not yet settled by them: goes negative as they collect for us. */
    public static final LedgerAccount GATEWAY_CLEARING = new LedgerAccount("system:gateway-clearing");
    /** Money received by hand (offline payments). */
    public static final LedgerAccount OFFLINE_CLEARING = new LedgerAccount("system:offline-clearing");
    /** What clients paid for orders. */
    public static final LedgerAccount SALES = new LedgerAccount("system:sales");
    /** Points given away as bonuses. */
    public static final LedgerAccount BONUS_EXPENSE = new LedgerAccount("system:bonus-expense");
    /** Administrators' corrections of balances. */
    public static final LedgerAccount ADJUSTMENTS = new LedgerAccount("system:adjustments");
    /** Paid orders cancelled: what is owed back to clients outside their balance. */
    public static final LedgerAccount REFUNDS_DUE = new LedgerAccount("system:refunds-due");
    /** Commissions credited to partners. */
    public static final LedgerAccount PARTNER_COMMISSION = new LedgerAccount("system:partner-commission");
    /** Fees credited to operators for their calls. */
    public static final LedgerAccount OPERATOR_FEES = new LedgerAccount("system:operator-fees");
    /** Penalties taken from operators. */
    public static final LedgerAccount PENALTIES = new LedgerAccount("system:penalties");
    /** Payout requests being handled: taken from the payee, not yet sent. */
    public static final LedgerAccount PAYOUTS_PROCESSING = new LedgerAccount("system:payouts-processing");
    /** Payouts sent to operators and partners. */
    public static final LedgerAccount PAYOUTS_TRANSFERRED = new LedgerAccount("system:payouts-transferred");

    public LedgerAccount {
        Objects.requireNonNull(key, "key");
        if (!key.matches("(client|operator|partner):\\d+|system:[a-z-]+")) {
            throw new IllegalArgumentException("not a ledger account key: " + key);
        }
    }

    public static LedgerAccount clientPoints(AccountId client) {
        return new LedgerAccount("client:" + client.value());
    }

    /** An operator's earnings: fees in, penalties and payouts out. */
    public static LedgerAccount operatorEarnings(AccountId operator) {
        return new LedgerAccount("operator:" + operator.value());
    }

    /** A partner's commissions: credited on clients' payments, taken by payouts. */
    public static LedgerAccount partnerCommission(AccountId partner) {
        return new LedgerAccount("partner:" + partner.value());
    }

    /**
     * A client's points and a partner's commission may never go below zero. An operator's earnings
     * may (a penalty larger than the fees earned is a debt), and so may the system's accounts.
     */
    public boolean mayGoNegative() {
        return !key.startsWith("client:") && !key.startsWith("partner:");
    }

    /**
     * Whether the ledger keeps a running balance next to the entries. People's accounts do (a spend is
     * decided by a conditional update of it); the system's accounts do not: every payment touches
     * them, and one kept row per account would make all payments queue on it. Their balance is the
     * sum of their entries.
     */
    public boolean keepsBalance() {
        return !key.startsWith("system:");
    }

    @Override
    public String toString() {
        return key;
    }
}
