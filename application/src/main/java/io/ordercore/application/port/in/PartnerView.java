package io.ordercore.application.port.in;

import io.ordercore.domain.partner.CommissionPercent;
import io.ordercore.domain.partner.Partner;
import io.ordercore.domain.shared.Money;

/**
 * A partner as shown to themselves and to administrators.
 *
 * @param commission the percentage that applies now (the partner's own, else the global one)
 * @param balance    the commission on the ledger not yet requested as a payout
 */
public record PartnerView(Partner partner, String name, String email, CommissionPercent commission, Money balance,
                          String referralLink) {
}
