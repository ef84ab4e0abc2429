package io.ordercore.application.port.in;

/**
 * The admin coupon list's filters as typed (query string or command line); all optional.
 *
 * @param used        "true" (used only) or "false" (unused only)
 * @param code        the start of the code, typed loosely (case and dashes ignored)
 * @param clientEmail coupons held by or used by the client with this e-mail
 * @param afterId     paging: coupons with a larger id
 */
public record CouponListForm(String groupId, String kind, String used, String code, String clientEmail, String afterId,
                             String limit) {

    public static CouponListForm empty() {
        return new CouponListForm(null, null, null, null, null, null, null);
    }
}
