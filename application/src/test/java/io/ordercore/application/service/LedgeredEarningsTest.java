package io.ordercore.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.testing.InMemoryCore;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.EarningEntry;
import io.ordercore.domain.earning.EarningKind;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.testing.MutableClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Operators' fees, penalties and payouts are mirrored on the ledger, each once, and agree with the earnings store. */
class LedgeredEarningsTest {

    private final MutableClock clock = MutableClock.atDefaultNow();
    private final InMemoryCore memory = new InMemoryCore(clock);
    private final LedgeredEarnings earnings = new LedgeredEarnings(memory.earnings, memory.ledger, memory.accounts);
    private final Caller.SignedIn operator = memory.signedIn(Role.OPERATOR, "op@example.com");
    private final LedgerAccount account = LedgerAccount.operatorEarnings(operator.id());
    private final Instant now = clock.instant();

    @Test
    void feesAndPenaltiesMoveBetweenTheOperatorAndTheSystemOnce() {
        EarningEntry fee = entry(1, EarningKind.FEE, 30_000, "fee:1");
        assertThat(earnings.append(fee)).isTrue();
        assertThat(earnings.append(fee)).as("a repeat").isFalse();
        assertThat(earnings.append(entry(2, EarningKind.PENALTY, -50_000, "penalty:2:1"))).isTrue();

        assertThat(memory.ledger.balance(account)).as("a penalty larger than the fees is a debt")
                .isEqualTo(Money.kopecks(-20_000)).isEqualTo(memory.earnings.available(operator.id()));
        assertThat(memory.ledger.balance(LedgerAccount.OPERATOR_FEES)).isEqualTo(Money.kopecks(-30_000));
        assertThat(memory.ledger.balance(LedgerAccount.PENALTIES)).isEqualTo(Money.kopecks(50_000));
        assertThat(memory.ledger.entries(account, 0, 10)).extracting(e -> e.cause()).containsOnly(Cause.EARNING);
    }

    @Test
    void aPayoutIsTakenOnRequestReturnedOnCancelAndSentOnTransfer() {
        earnings.append(entry(1, EarningKind.FEE, 30_000, "fee:1"));
        PayoutRequest first = earnings.requestPayout(payout(1, 10_000)).orElseThrow();
        PayoutRequest second = earnings.requestPayout(payout(2, 15_000)).orElseThrow();
        assertThat(memory.ledger.balance(account)).isEqualTo(Money.kopecks(5_000)).isEqualTo(memory.earnings.available(operator.id()));

        earnings.setPayoutStatus(first.id(), PayoutStatus.PROCESSING, PayoutStatus.CANCELLED, now, Optional.empty());
        earnings.setPayoutStatus(second.id(), PayoutStatus.PROCESSING, PayoutStatus.TRANSFERRED, now, Optional.empty());

        assertThat(memory.ledger.balance(account)).isEqualTo(Money.kopecks(15_000)).isEqualTo(memory.earnings.available(operator.id()));
        assertThat(memory.ledger.balance(LedgerAccount.PAYOUTS_PROCESSING)).isEqualTo(Money.kopecks(0));
        assertThat(memory.ledger.balance(LedgerAccount.PAYOUTS_TRANSFERRED)).isEqualTo(Money.kopecks(15_000));
        assertThat(earnings.setPayoutStatus(first.id(), PayoutStatus.PROCESSING, PayoutStatus.CANCELLED, now, Optional.empty()))
                .as("a stale change moves nothing").isFalse();
        assertThat(memory.ledger.balance(account)).isEqualTo(Money.kopecks(15_000));
    }

    private EarningEntry entry(long order, EarningKind kind, long kopecks, String key) {
        return new EarningEntry(memory.ids.nextEarningId(), operator.id(), new OrderId(order), kind, Money.kopecks(kopecks), key, now);
    }

    private PayoutRequest payout(long id, long kopecks) {
        return new PayoutRequest(id, operator.id(), Money.kopecks(kopecks), PayoutStatus.PROCESSING, now, now, Optional.empty());
    }
}
