package io.ordercore.application.testing;

import io.ordercore.application.port.out.Partners;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.Commission;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.partner.ReferralCode;
import io.ordercore.domain.shared.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Partners} over {@link InMemoryStore}, with the SQL adapter's semantics. */
public final class InMemoryPartners implements Partners {

    record Attribution(AccountId partner, Instant at) {
    }

    private final InMemoryStore store;

    public InMemoryPartners(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean enrol(Partner partner) {
        return store.locked(s -> {
            if (s.partners.containsKey(partner.account().value())
                    || s.partners.values().stream().anyMatch(p -> p.code().equals(partner.code()))) {
                return false;
            }
            s.partners.put(partner.account().value(), partner);
            return true;
        });
    }

    @Override
    public Optional<Partner> find(AccountId partner) {
        return store.locked(s -> Optional.ofNullable(s.partners.get(partner.value())));
    }

    @Override
    public Optional<Partner> findByCode(ReferralCode code) {
        return store.locked(s -> s.partners.values().stream().filter(p -> p.code().equals(code)).findFirst());
    }

    @Override
    public List<Partner> list(long afterId, int limit) {
        return store.locked(s -> s.partners.tailMap(afterId, false).values().stream().limit(limit).toList());
    }

    @Override
    public boolean setCommission(AccountId partner, Optional<CommissionPercent> percent) {
        return store.locked(s -> {
            Partner p = s.partners.get(partner.value());
            if (p == null) {
                return false;
            }
            s.partners.put(partner.value(), p.withCommission(percent));
            return true;
        });
    }

    @Override
    public boolean attribute(AccountId client, AccountId partner, Instant at) {
        return store.locked(s -> s.attributions.putIfAbsent(client, new Attribution(partner, at)) == null);
    }

    @Override
    public Optional<AccountId> partnerOf(AccountId client) {
        return store.locked(s -> Optional.ofNullable(s.attributions.get(client)).map(Attribution::partner));
    }

    @Override
    public boolean recordCommission(Commission commission) {
        return store.locked(s -> s.commissions.putIfAbsent(commission.key(), commission) == null);
    }

    @Override
    public PartnerStats stats(AccountId partner, Instant from, Instant to) {
        return store.locked(s -> {
            long clients = s.attributions.values().stream()
                    .filter(a -> a.partner().equals(partner) && within(a.at(), from, to)).count();
            List<Commission> in = s.commissions.values().stream()
                    .filter(c -> c.partner().equals(partner) && within(c.at(), from, to)).toList();
            return new PartnerStats(from, to, clients, in.stream().map(Commission::order).distinct().count(),
                    in.stream().map(Commission::paid).reduce(Money.zero(Money.RUB), Money::plus),
                    in.stream().map(Commission::amount).reduce(Money.zero(Money.RUB), Money::plus));
        });
    }

    @Override
    public Banner addBanner(Banner banner) {
        return store.locked(s -> {
            Banner stored = new Banner(++s.bannerIds, banner.size(), banner.imageUrl(), banner.title(), banner.createdAt());
            s.banners.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public List<Banner> banners() {
        return store.locked(s -> s.banners.values().stream()
                .sorted(Comparator.comparing(Banner::size).thenComparingLong(Banner::id)).toList());
    }

    @Override
    public boolean deleteBanner(long id) {
        return store.locked(s -> s.banners.remove(id) != null);
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
