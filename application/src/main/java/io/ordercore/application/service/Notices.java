package io.ordercore.application.service;

import io.ordercore.application.port.out.Accounts;
import io.ordercore.application.port.out.Outbox;
import io.ordercore.domain.account.Account;
import io.ordercore.domain.account.Language;
import io.ordercore.domain.coupon.Coupon;
import io.ordercore.domain.notification.Notification;
import io.ordercore.domain.notification.NotificationType;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Email;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What ordercore tells people, and when. Called inside the transaction of the change it announces,
 * so a notification exists exactly when its change does; delivery happens later, outside.
 */
final class Notices {

    /**
     * The statuses a client hears about; the others are internal steps. Completion is announced
     * separately, once its recording is ready ({@link #completed}).
     */
    static final Set<OrderStatus> CLIENT_VISIBLE = EnumSet.of(OrderStatus.PAID, OrderStatus.IN_PROGRESS,
            OrderStatus.FAILED, OrderStatus.CANCELLED);

    private final Outbox outbox;
    private final Accounts accounts;
    private final Clock clock;

    Notices(Outbox outbox, Accounts accounts, Clock clock) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.clock = clock;
    }

    void accountCreated(Account account, String generatedPasswordOrNull) {
        Map<String, String> secret = generatedPasswordOrNull == null ? Map.of() : Map.of("password", generatedPasswordOrNull);
        outbox.enqueue(new Notification(NotificationType.ACCOUNT_CREATED, account.email(), account.language(),
                Map.of("name", account.name(), "email", account.email().value(),
                        "passwordGenerated", String.valueOf(generatedPasswordOrNull != null)), secret), clock.instant());
    }

    void orderPlaced(Order order) {
        send(NotificationType.ORDER_PLACED, order, Map.of());
    }

    void statusChanged(Order order, OrderStatus from) {
        if (CLIENT_VISIBLE.contains(order.status()) && from != order.status()) {
            send(NotificationType.ORDER_STATUS_CHANGED, order, Map.of("from", from.name()));
        }
    }

    /** Tells the operator an order waits for their answer. */
    void proposed(Order order, io.ordercore.domain.account.AccountId operator) {
        accounts.find(operator).ifPresent(account -> {
            Map<String, String> params = orderParams(order);
            params.put("name", account.name());
            outbox.enqueue(Notification.of(NotificationType.ORDER_PROPOSED, account.email(), account.language(), params),
                    clock.instant());
        });
    }

    /** The call is done and its recording ready: the client gets the order page's link. */
    void completed(Order order, String pageToken) {
        send(NotificationType.ORDER_COMPLETED, order, Map.of("pageToken", pageToken));
    }

    /** Both sides of a points transfer hear of it. */
    void pointsTransferred(Account from, Account to, io.ordercore.domain.shared.Money amount) {
        for (Account who : java.util.List.of(from, to)) {
            boolean sent = who == from;
            Map<String, String> params = new HashMap<>(Map.of("name", who.name(), "direction", sent ? "sent" : "received",
                    "counterpart", (sent ? to : from).email().value(), "amount", amount.toDecimal().toPlainString(),
                    "currency", amount.currency().getCurrencyCode()));
            if (sent) {
                params.put("sent", "yes"); // templates test presence: {{#sent}}
            }
            outbox.enqueue(Notification.of(NotificationType.POINTS_TRANSFERRED, who.email(), who.language(), params),
                    clock.instant());
        }
    }

    void payoutTransferred(Account payee, io.ordercore.domain.earning.PayoutRequest payout) {
        outbox.enqueue(Notification.of(NotificationType.PAYOUT_TRANSFERRED, payee.email(), payee.language(),
                Map.of("name", payee.name(), "payoutId", String.valueOf(payout.id()),
                        "amount", payout.amount().toDecimal().toPlainString(),
                        "currency", payout.amount().currency().getCurrencyCode())), clock.instant());
    }

    void rescheduled(Order order) {
        send(NotificationType.ORDER_RESCHEDULED, order, Map.of());
    }

    void passwordChanged(Account account) {
        outbox.enqueue(Notification.of(NotificationType.PASSWORD_CHANGED, account.email(), account.language(),
                Map.of("name", account.name())), clock.instant());
    }

    /** Sent to the old address, so that a hijacked account does not go unnoticed. */
    void emailChanged(Account account, Email oldEmail) {
        outbox.enqueue(Notification.of(NotificationType.EMAIL_CHANGED, oldEmail, account.language(),
                Map.of("name", account.name(), "newEmail", account.email().value())), clock.instant());
    }

    void couponGranted(Account account, Coupon coupon) {
        couponNotice(NotificationType.COUPON_GRANTED, account.email(), account.language(), account.name(), coupon);
    }

    void couponSent(Email to, Language language, String name, Coupon coupon) {
        couponNotice(NotificationType.COUPON_SENT, to, language, name, coupon);
    }

    private void couponNotice(NotificationType type, Email to, Language language, String name, Coupon coupon) {
        Map<String, String> params = new HashMap<>();
        params.put("name", name);
        params.put("code", coupon.code().value());
        params.put("percent", String.valueOf(coupon.percent()));
        params.put("kind", coupon.kind().name());
        coupon.expiresAt().ifPresent(at -> params.put("expiresOn",
                at.minusNanos(1).atZone(io.ordercore.domain.shared.MoscowTime.ZONE).toLocalDate().toString()));
        outbox.enqueue(Notification.of(type, to, language, params), clock.instant());
    }

    private void send(NotificationType type, Order order, Map<String, String> extra) {
        Language language = order.owner().flatMap(accounts::find).map(Account::language).orElse(Language.RU);
        Map<String, String> params = orderParams(order);
        params.putAll(extra);
        outbox.enqueue(Notification.of(type, order.details().client().email(), language, params), clock.instant());
    }

    private static Map<String, String> orderParams(Order order) {
        Map<String, String> params = new HashMap<>();
        var d = order.details();
        params.put("orderId", order.id().toString());
        params.put("status", order.status().name());
        params.put("clientName", d.client().name());
        params.put("callType", d.callType().name());
        params.put("callDate", d.window().date().toString());
        params.put("windowStart", d.window().start().toString());
        params.put("windowEnd", d.window().end().toString());
        params.put("total", order.price().total().toDecimal().toPlainString());
        params.put("currency", order.price().total().currency().getCurrencyCode());
        return params;
    }
}
