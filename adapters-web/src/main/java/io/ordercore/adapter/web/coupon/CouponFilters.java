package io.ordercore.adapter.web.coupon;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.ordercore.application.port.in.CouponListForm;

/**
 * The filters and paging of the admin coupon list, as raw query text; the core checks them all and
 * reports every bad one together. {@code used} is true or false, {@code code} matches from the start
 * (case and dashes ignored), {@code clientEmail} finds coupons held or used by that client.
 */
@Introspected
public record CouponFilters(@Nullable @QueryValue String groupId,
                            @Nullable @QueryValue String kind,
                            @Nullable @QueryValue String used,
                            @Nullable @QueryValue String code,
                            @Nullable @QueryValue String clientEmail,
                            @Nullable @QueryValue String afterId,
                            @Nullable @QueryValue String limit) {

    static final int DEFAULT_LIMIT = 100;

    /** Always names the page size, so that this adapter knows it when deciding whether a next page exists. */
    CouponListForm toForm() {
        return new CouponListForm(groupId, kind, used, code, clientEmail, afterId, pageSizeText());
    }

    /** The page size asked for; read only after the core has accepted {@link #toForm()}. */
    int pageSize() {
        return Integer.parseInt(pageSizeText().trim());
    }

    private String pageSizeText() {
        return limit == null || limit.isBlank() ? String.valueOf(DEFAULT_LIMIT) : limit;
    }
}
