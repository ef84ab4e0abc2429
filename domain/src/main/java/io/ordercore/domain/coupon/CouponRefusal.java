package io.ordercore.domain.coupon;

/** Why a coupon cannot be applied. Each has a stable code for problem+json and the CLI. */
public enum CouponRefusal {
    /** No coupon has this code. */
    UNKNOWN("COUPON_UNKNOWN", "No coupon has this code"),
    /** A single-use coupon already activated on an order. */
    ALREADY_USED("COUPON_ALREADY_USED", "This coupon has already been used"),
    /** Past its expiry. */
    EXPIRED("COUPON_EXPIRED", "This coupon has expired"),
    /** A super coupon this client has used before. */
    ALREADY_USED_BY_YOU("COUPON_ALREADY_USED_BY_YOU", "You have already used this coupon"),
    /** A repeat-order coupon granted to someone else. */
    NOT_YOURS("COUPON_NOT_YOURS", "This coupon was granted to another client"),
    /** A super coupon whose total limit of uses is reached. */
    LIMIT_REACHED("COUPON_LIMIT_REACHED", "This coupon has been used as many times as it may be"),
    /** Coupons apply to Unpaid orders only. */
    ORDER_NOT_UNPAID("ORDER_NOT_UNPAID", "A coupon applies to an unpaid order only"),
    /** One coupon per order. */
    ORDER_HAS_COUPON("ORDER_HAS_COUPON", "This order already has a coupon");

    private final String code;
    private final String message;

    CouponRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }
}
