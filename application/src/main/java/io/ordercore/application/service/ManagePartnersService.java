package io.ordercore.application.service;

import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.application.port.in.PartnersUseCase;
import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Partners;
import io.ordercore.application.port.out.Settings;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.account.Role;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.partner.ReferralCode;
import io.ordercore.domain.shared.RefusedException;
import io.ordercore.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

final class ManagePartnersService implements PartnersUseCase {

    private static final Role[] VIEWERS = {Role.ADMIN, Role.SITE_MANAGER};
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CODE_ATTEMPTS = 10;

    private final PartnerProgramme programme;
    private final Partners partners;
    private final Accounts accounts;
    private final Settings settings;
    private final AuditTrail audit;
    private final Clock clock;

    ManagePartnersService(PartnerProgramme programme, Accounts accounts, Settings settings, AuditTrail audit, Clock clock) {
        this.programme = programme;
        this.partners = programme.partners();
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public PartnerView enrol(Caller caller, Long accountId, Integer commissionPercent) {
        return audit.record(caller, "partner.enrol", "account:" + accountId, () -> {
            Permissions.require(caller, Role.ADMIN);
            if (accountId == null) {
                throw ValidationException.of("accountId", "REQUIRED", "is required");
            }
            Optional<CommissionPercent> percent = percent(commissionPercent);
            Account account = accounts.find(KnownIds.account("Account", accountId))
                    .orElseThrow(() -> new NotFoundException("Account", accountId));
            if (account.role() != Role.PARTNER) {
                throw new RefusedException("NOT_A_PARTNER_ACCOUNT", account.email() + " has the role " + account.role()
                        + ", not PARTNER");
            }
            if (partners.find(account.id()).isPresent()) {
                throw new RefusedException("PARTNER_EXISTS", account.email() + " is enrolled already");
            }
            for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
                Partner partner = new Partner(account.id(), ReferralCode.random(RANDOM), percent,
                        clock.instant().truncatedTo(ChronoUnit.MICROS));
                if (partners.enrol(partner)) {
                    return programme.view(partner);
                }
                if (partners.find(account.id()).isPresent()) {
                    throw new RefusedException("PARTNER_EXISTS", account.email() + " is enrolled already");
                }
            }
            throw new IllegalStateException("no free referral code after " + CODE_ATTEMPTS + " attempts");
        });
    }

    @Override
    public List<PartnerView> list(Caller caller, Long afterId, Integer limit) {
        Permissions.require(caller, VIEWERS);
        int pageSize = limit == null ? 50 : limit;
        if (pageSize < 1 || pageSize > 1000) {
            throw ValidationException.of("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        return partners.list(afterId == null ? 0 : afterId, pageSize).stream().map(programme::view).toList();
    }

    @Override
    public PartnerView get(Caller caller, long partnerId) {
        Permissions.require(caller, VIEWERS);
        return programme.view(programme.partner(new AccountId(partnerId)));
    }

    @Override
    public PartnerView setCommission(Caller caller, long partnerId, Integer commissionPercent) {
        return audit.record(caller, "partner.commission", "account:" + partnerId, () -> {
            Permissions.require(caller, Role.ADMIN);
            Optional<CommissionPercent> percent = percent(commissionPercent);
            AccountId id = programme.partner(new AccountId(partnerId)).account();
            partners.setCommission(id, percent);
            return programme.view(programme.partner(id));
        });
    }

    @Override
    public int defaultCommission(Caller caller) {
        Permissions.require(caller, VIEWERS);
        return programme.globalCommission().value();
    }

    @Override
    public int setDefaultCommission(Caller caller, Integer commissionPercent) {
        return audit.record(caller, "partner.commission.default", "setting:" + PartnerProgramme.COMMISSION_PERCENT, () -> {
            Permissions.require(caller, Role.ADMIN);
            CommissionPercent percent = percent(commissionPercent)
                    .orElseThrow(() -> ValidationException.of("commissionPercent", "REQUIRED", "is required"));
            settings.put(PartnerProgramme.COMMISSION_PERCENT, String.valueOf(percent.value()));
            return percent.value();
        });
    }

    @Override
    public PartnerStats stats(Caller caller, long partnerId, String from, String to) {
        Permissions.require(caller, VIEWERS);
        return programme.stats(programme.partner(new AccountId(partnerId)).account(), from, to);
    }

    @Override
    public Banner addBanner(Caller caller, String size, String imageUrl, String title) {
        return audit.record(caller, "partner.banner.add", b -> "banner:" + b.id(), "banner:new", () -> {
            Permissions.require(caller, Role.ADMIN);
            return partners.addBanner(Banner.create(0, size, imageUrl, title, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        });
    }

    @Override
    public void deleteBanner(Caller caller, long bannerId) {
        audit.record(caller, "partner.banner.delete", "banner:" + bannerId, () -> {
            Permissions.require(caller, Role.ADMIN);
            if (!partners.deleteBanner(bannerId)) {
                throw new NotFoundException("Banner", bannerId);
            }
        });
    }

    @Override
    public List<Banner> banners(Caller caller) {
        Permissions.require(caller, VIEWERS);
        return partners.banners();
    }

    private static Optional<CommissionPercent> percent(Integer raw) {
        return raw == null ? Optional.empty() : Optional.of(new CommissionPercent(raw));
    }
}
