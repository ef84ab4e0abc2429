package io.ordercore.domain.notification;

/** What a notification is about; each type has its own e-mail templates (plain text and HTML, RU and EN). */
public enum NotificationType {
    /** An account was opened for the recipient; carries the generated password (a secret parameter). */
    ACCOUNT_CREATED,
    /** The recipient's order was placed and waits for payment. */
    ORDER_PLACED,
    /** The recipient's order changed status in a way the client should know about. */
    ORDER_STATUS_CHANGED,
    /** An administrator moved the call window of the recipient's order. */
    ORDER_RESCHEDULED,
    /** The recipient's password was changed (a warning in case it was not them). */
    PASSWORD_CHANGED,
    /** The recipient's login e-mail was changed (sent to the old address as a warning). */
    EMAIL_CHANGED,
    /** The recipient earned a repeat-order coupon with their paid order. */
    COUPON_GRANTED,
    /** An administrator sent the recipient a coupon. */
    COUPON_SENT,
    /** An order was proposed to the recipient, an operator, who should confirm or refuse it. */
    ORDER_PROPOSED,
    /** The recipient's order was done and its recording is ready; carries the order page's link. */
    ORDER_COMPLETED,
    /** The recipient's payout request was transferred. */
    PAYOUT_TRANSFERRED,
    /** Points were transferred from or to the recipient's balance (each side gets one). */
    POINTS_TRANSFERRED
}
