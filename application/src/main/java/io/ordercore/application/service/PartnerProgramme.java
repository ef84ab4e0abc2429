package io.ordercore.application.service;

import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.application.port.out.Partners;
import io.ordercore.application.port.out.Settings;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.ledger.Cause;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.Movement;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.partner.Commission;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.shared.MoscowTime;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What the partner programme's use cases and the money desk share: views, the period, commissions. */
final class PartnerProgramme {

    static final String COMMISSION_PERCENT = "partners.commission-percent";
    static final int DEFAULT_COMMISSION_PERCENT = 10;

    private final Partners partners;
    private final Accounts accounts;
    private final Ledger ledger;
    private final Settings settings;
    private final String publicUrl;
    private final Clock clock;

    PartnerProgramme(Partners partners, Accounts accounts, Ledger ledger, Settings settings, String publicUrl, Clock clock) {
        this.partners = partners;
        this.accounts = accounts;
        this.ledger = ledger;
        this.settings = settings;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    Partners partners() {
        return partners;
    }

    String publicUrl() {
        return publicUrl;
    }

    CommissionPercent globalCommission() {
        return settings.get(COMMISSION_PERCENT).map(Integer::parseInt).map(CommissionPercent::new)
                .orElse(new CommissionPercent(DEFAULT_COMMISSION_PERCENT));
    }

    Partner partner(AccountId id) {
        return partners.find(id).orElseThrow(() -> new NotFoundException("Partner", id.value()));
    }

    PartnerView view(Partner p) {
        Account account = accounts.find(p.account()).orElseThrow(() -> new NotFoundException("Account", p.account().value()));
        return new PartnerView(p, account.name(), account.email().value(), p.effectiveCommission(globalCommission()),
                ledger.balance(LedgerAccount.partnerCommission(p.account())), p.referralLink(publicUrl));
    }

    /** The period [from 00:00, to + 1 day 00:00) in Moscow time; the current month to today by default. */
    PartnerStats stats(AccountId partner, String from, String to) {
        Validation v = new Validation();
        LocalDate today = MoscowTime.today(clock);
        LocalDate first = v.checkOptional("from", from, FormInputs::parseDate).orElse(today.withDayOfMonth(1));
        LocalDate last = v.checkOptional("to", to, FormInputs::parseDate).orElse(today);
        if (!v.hasErrors() && last.isBefore(first)) {
            v.reject("to", "BEFORE_FROM", "must not be before from");
        }
        v.throwIfInvalid();
        Instant start = first.atStartOfDay(MoscowTime.ZONE).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(MoscowTime.ZONE).toInstant();
        return partners.stats(partner, start, end);
    }

    /**
     * Credits the commission on a payment towards an order of an attributed client, in the paying
     * transaction; once per payment (the movement's key). Nothing for clients who came on their own.
     */
    void creditCommission(Order order, Money paid, long paymentId, Instant at) {
        Optional<AccountId> client = order.owner();
        Optional<Partner> partner = client.flatMap(partners::partnerOf).flatMap(partners::find);
        if (partner.isEmpty()) {
            return;
        }
        CommissionPercent percent = partner.get().effectiveCommission(globalCommission());
        Money amount = Commission.on(paid, percent);
        if (!amount.isPositive()) {
            return;
        }
        String key = "commission:payment:" + paymentId;
        AccountId partnerId = partner.get().account();
        if (ledger.post(new Movement(key, LedgerAccount.PARTNER_COMMISSION, LedgerAccount.partnerCommission(partnerId),
                amount, Cause.COMMISSION, String.valueOf(order.id().value()), at)) == Ledger.Posted.POSTED) {
            partners.recordCommission(new Commission(key, partnerId, client.get(), order.id(), paid, percent, amount, at));
        }
    }
}
