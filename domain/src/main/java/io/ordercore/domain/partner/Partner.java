package io.ordercore.domain.partner;

import io.ordercore.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account of role PARTNER enrolled in the programme: clients who register through its referral
 * code are attributed to it, and it earns a commission on what they pay for orders.
 *
 * @param commission the partner's own percentage; the global setting applies when empty
 */
public record Partner(AccountId account, ReferralCode code, Optional<CommissionPercent> commission, Instant since) {

    public Partner {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(since, "since");
    }

    /** The percentage that applies: the partner's own, else the global one. */
    public CommissionPercent effectiveCommission(CommissionPercent global) {
        return commission.orElse(global);
    }

    public Partner withCommission(Optional<CommissionPercent> percent) {
        return new Partner(account, code, percent, since);
    }

    /** The link a partner hands out: the site's address with the code as {@code ref}. */
    public String referralLink(String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/?ref=" + code.value();
    }
}
