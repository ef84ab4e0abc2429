package io.ordercore.application.port.in;

import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.ledger.LedgerEntry;
import io.ordercore.domain.partner.Banner;
import io.ordercore.domain.partner.PartnerStats;
import java.util.List;

/** A partner's own cabinet: their link, statistics, commission, banners and payouts. */
public interface PartnerCabinetUseCase {

    PartnerView me(Caller caller);

    /** Dates YYYY-MM-DD in Moscow time, both included; the current month to today when absent. */
    PartnerStats stats(Caller caller, String from, String to);

    /** The partner's commission account, newest first, before {@code beforeId} (null or 0 = newest). */
    List<LedgerEntry> ledger(Caller caller, Long beforeId, Integer limit);

    /** The catalogue grouped by size, each banner with the partner's own link and HTML to paste. */
    List<BannerGroup> banners(Caller caller);

    /** Takes the amount from the commission balance at once; refused (OVER_BALANCE) when it is larger. */
    PayoutRequest requestPayout(Caller caller, Long amountKopecks);

    List<PayoutRequest> payouts(Caller caller);

    record BannerGroup(String size, List<BannerLink> banners) {
    }

    record BannerLink(Banner banner, String link, String html) {
    }
}
