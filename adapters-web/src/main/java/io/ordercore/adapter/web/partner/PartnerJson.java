package io.ordercore.adapter.web.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.ordercore.adapter.web.json.MoneyJson;
import io.ordercore.application.port.in.PartnerView;
import io.ordercore.domain.partner.CommissionPercent;

/**
 * A partner (identified by its account's {@code id}): its referral {@code code} and the
 * {@code referralLink} carrying it, {@code commissionPercent} the percentage that applies now,
 * {@code ownCommissionPercent} the partner's own (null when the global one applies), {@code balance}
 * the commission earned and not yet requested as a payout, {@code since} when it was enrolled.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PartnerJson(long id, String name, String email, String code, String referralLink,
                          int commissionPercent, @Nullable Integer ownCommissionPercent, MoneyJson balance,
                          String since) {

    static PartnerJson from(PartnerView view) {
        return new PartnerJson(view.partner().account().value(), view.name(), view.email(),
                view.partner().code().value(), view.referralLink(), view.commission().value(),
                view.partner().commission().map(CommissionPercent::value).orElse(null), MoneyJson.from(view.balance()),
                view.partner().since().toString());
    }
}
