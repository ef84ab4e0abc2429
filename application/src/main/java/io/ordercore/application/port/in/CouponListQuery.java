package io.ordercore.application.port.in;

import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.coupon.CouponGroupId;
import io.ordercore.domain.coupon.CouponKind;
import java.util.Optional;

/**
 * Filters of the admin coupon list, by id.
 *
 * @param used       true: used ones only; false: unused ones only
 * @param codePrefix upper-case start of the code
 * @param client     coupons held by, or used by, this client
 */
public record CouponListQuery(Optional<CouponGroupId> group, Optional<CouponKind> kind, Optional<Boolean> used,
                              Optional<String> codePrefix, Optional<AccountId> client, Optional<Long> afterId, int limit) {

    /** What a code prefix may hold once normalised: letters and digits, never a wildcard of any store's query language. */
    private static final java.util.regex.Pattern CODE_PREFIX = java.util.regex.Pattern.compile("^[A-Z0-9]{1,64}$");

    public CouponListQuery {
        if (limit < 1 || limit > 1000) {
            throw io.ordercore.domain.shared.ValidationException.of("limit", "OUT_OF_RANGE", "must be 1..1000");
        }
        codePrefix = codePrefix.map(p -> p.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT)).filter(p -> !p.isEmpty());
        if (codePrefix.isPresent() && !CODE_PREFIX.matcher(codePrefix.get()).matches()) {
            throw io.ordercore.domain.shared.ValidationException.of("code", "INVALID_COUPON_CODE",
                    "must be the start of a code: letters and digits");
        }
    }

    public static CouponListQuery all() {
        return new CouponListQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 1000);
    }
}
