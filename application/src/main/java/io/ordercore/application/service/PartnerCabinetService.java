package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerCabinetUseCase;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.application.port.out.Earnings;
import io.ordercore.application.port.out.Ids;
import io.ordercore.application.port.out.Ledger;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.earning.PayoutStatus;
import io.ordercore.domain.ledger.LedgerAccount;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.shared.Money;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class PartnerCabinetService implements PartnerCabinetUseCase {

    private final PartnerProgramme programme;
    private final Earnings earnings;
    private final Ledger ledger;
    private final Ids ids;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerCabinetService(PartnerProgramme programme, Earnings earnings, Ledger ledger, Ids ids, AuditTrail audit,
                          Clock clock) {
        this.programme = programme;
        this.earnings = earnings;
        this.ledger = ledger;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PartnerView me(Caller caller) {
        return programme.view(partner(caller));
    }

    @Override
    public PartnerStats stats(Caller caller, String from, String to) {
        return programme.stats(partner(caller).account(), from, to);
    }

    @Override
    public List<LedgerEntry> ledger(Caller caller, Long beforeId, Integer limit) {
        Partner me = partner(caller);
        int pageSize = limit == null ? 50 : limit;
        if (pageSize < 1 || pageSize > 1000) {
            throw ValidationException.of("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        return ledger.entries(LedgerAccount.partnerCommission(me.account()), beforeId == null ? 0 : beforeId, pageSize);
    }

    @Override
    public List<BannerGroup> banners(Caller caller) {
        String link = partner(caller).referralLink(programme.publicUrl());
        Map<String, List<BannerLink>> bySize = new LinkedHashMap<>();
        for (Banner banner : programme.partners().banners()) {
            bySize.computeIfAbsent(banner.size().toString(), size -> new ArrayList<>())
                    .add(new BannerLink(banner, link, banner.html(link)));
        }
        return bySize.entrySet().stream().map(e -> new BannerGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /*
     * The payout row and the movement that takes its amount are written in one transaction, and the
     * movement is a guarded debit of the partner's account (it may not go negative): of two
     * concurrent requests that together exceed the balance, one is refused and leaves no row behind.
     */
    @Override
    public PayoutRequest requestPayout(Caller caller, Long amountKopecks) {
        return audit.record(caller, "payout.request", p -> "payout:" + p.id(), "payout:new", () -> {
            Partner me = partner(caller);
            if (amountKopecks == null) {
                throw ValidationException.of("amountKopecks", "REQUIRED", "is required");
            }
            if (amountKopecks <= 0) {
                throw ValidationException.of("amountKopecks", "NOT_POSITIVE", "must be more than zero");
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            PayoutRequest request = new PayoutRequest(ids.nextPayoutId(), me.account(), Money.kopecks(amountKopecks),
                    PayoutStatus.PROCESSING, now, now, Optional.empty());
            earnings.storePayout(request);
            LedgerAccount account = LedgerAccount.partnerCommission(me.account());
            if (ledger.post(LedgeredEarnings.requested(request, account)) == Ledger.Posted.INSUFFICIENT) {
                throw new RefusedException("OVER_BALANCE", "you can request at most " + ledger.balance(account));
            }
            return request;
        });
    }

    @Override
    public List<PayoutRequest> payouts(Caller caller) {
        return earnings.payouts(Optional.of(partner(caller).account()), Optional.empty(), 0, 100);
    }

    private Partner partner(Caller caller) {
        Caller.SignedIn me = Permissions.signedIn(caller);
        Permissions.require(caller, Role.PARTNER);
        return programme.partners().find(me.id()).orElseThrow(() -> new RefusedException("NOT_ENROLLED",
                "your account is not enrolled in the partner programme yet; an administrator enrols it"));
    }
}
