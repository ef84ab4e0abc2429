package io.ordercore.application.port.out;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.Commission;
import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.partner.PartnerStats;
import io.ordercore.domain.partner.ReferralCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The partner programme's records: partners, which partner each client came through, the
 * commissions credited (their money is on the ledger) and the banner catalogue.
 */
public interface Partners {

    /** Stores a new partner; false when the account is a partner already or the code is taken. */
    boolean enrol(Partner partner);

    Optional<Partner> find(AccountId partner);

    Optional<Partner> findByCode(ReferralCode code);

    /** By account id, after {@code afterId} (0 = from the first). */
    List<Partner> list(long afterId, int limit);

    /** Sets or clears (empty) the partner's own percentage; false when it is not a partner. */
    boolean setCommission(AccountId partner, Optional<CommissionPercent> percent);

    /** Attributes the client to the partner; a client is attributed once, the first time wins. */
    boolean attribute(AccountId client, AccountId partner, Instant at);

    Optional<AccountId> partnerOf(AccountId client);

    /** Records a commission unless its key is recorded already; returns whether it was recorded. */
    boolean recordCommission(Commission commission);

    /** Clients attributed, and commissions with their payments, over [from, to). */
    PartnerStats stats(AccountId partner, Instant from, Instant to);

    Banner addBanner(Banner banner);

    /** Grouped by the caller; ordered by size, then id. */
    List<Banner> banners();

    boolean deleteBanner(long id);
}
