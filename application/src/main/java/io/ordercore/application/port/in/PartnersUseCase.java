package io.ordercore.application.port.in;

import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.PartnerStats;
import java.util.List;

/** Administrators run the partner programme: partners, their commission, the banner catalogue. */
public interface PartnersUseCase {

    /**
     * Enrols an account of role PARTNER, giving it a referral code.
     *
     * @param commissionPercent the partner's own percentage (1..100); the global one applies when null
     */
    PartnerView enrol(Caller caller, Long accountId, Integer commissionPercent);

    /** By account id, after {@code afterId} (null or 0 = from the first). */
    List<PartnerView> list(Caller caller, Long afterId, Integer limit);

    PartnerView get(Caller caller, long partnerId);

    /** Sets the partner's own percentage, or clears it (null) so the global one applies. */
    PartnerView setCommission(Caller caller, long partnerId, Integer commissionPercent);

    /** The global percentage, for partners without their own. */
    int defaultCommission(Caller caller);

    int setDefaultCommission(Caller caller, Integer commissionPercent);

    /** Dates YYYY-MM-DD in Moscow time, both included; the current month to today when absent. */
    PartnerStats stats(Caller caller, long partnerId, String from, String to);

    Banner addBanner(Caller caller, String size, String imageUrl, String title);

    void deleteBanner(Caller caller, long bannerId);

    List<Banner> banners(Caller caller);
}
