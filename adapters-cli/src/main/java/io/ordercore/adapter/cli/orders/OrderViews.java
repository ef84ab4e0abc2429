package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.application.port.in.OrderSummary;
import io.ordercore.domain.account.AccountId;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.order.OrderPrice;
import io.ordercore.domain.shared.MoscowTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The JSON shapes of order output; their component names are the field names scripts rely on.
 * Instants are ISO-8601 UTC ({@code 2026-11-23T06:00:00Z}); the call date and window are
 * {@code YYYY-MM-DD} and {@code HH:MM} in {@link MoscowTime#ZONE}, named in {@code timeZone}.
 */
final class OrderViews {

    static final String TIME_ZONE = MoscowTime.ZONE.getId();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private OrderViews() {
    }

    /** One line of the order list; also the CSV columns, in this order, with total split into total and currency. */
    record ListItem(long id, String status, String createdAt, String callDate, String windowStart, String windowEnd,
                    String timeZone, long callTypeId, String callTypeName, String clientName, String clientEmail,
                    String recipientName, String recipientPhone, MoneyView total) {
    }

    /** Every detail of one order, its price snapshot and its history; {@code operatorId} is null while no operator holds it. */
    record OrderView(long id, String status, Long operatorId, String createdAt, String updatedAt, long version, ClientView client,
                     RecipientView recipient, CallTypeRef callType, WindowView window, String preferredGender,
                     String wishes, boolean anonymous, String consentedAt, String couponCode, PriceView price,
                     List<HistoryView> history) {
    }

    record ClientView(String name, String email) {
    }

    record RecipientView(String name, String phone, String country, String city) {
    }

    record CallTypeRef(long id, String name) {
    }

    /** {@code startsAt}/{@code endsAt} are the same window as UTC instants. */
    record WindowView(String date, String start, String end, String timeZone, String startsAt, String endsAt) {
    }

    /** The price snapshot: the call type's price, the coupon applied (null when none), its discount, the total. */
    record PriceView(MoneyView price, MoneyView discount, CouponRef coupon, MoneyView total) {
    }

    /** The coupon as it was when applied; {@code kind} is PERCENT, REPEAT_ORDER, SUPER or FULL. */
    record CouponRef(String code, String kind, int percent) {
    }

    /** {@code from} is null for the placement; {@code kind} is STATUS or WINDOW. */
    record HistoryView(int seq, String at, ActorView actor, String kind, String from, String to, String reason) {
    }

    record ActorView(String kind, String id) {
    }

    /** The result of a bulk delete; {@code kept} in the order the ids were given. */
    record DeleteView(List<Long> deleted, List<KeptView> kept) {
    }

    record KeptView(long id, String reason) {
    }

    static ListItem item(OrderSummary s) {
        CallWindow w = s.window();
        return new ListItem(s.id().value(), s.status().name(), s.createdAt().toString(), w.date().toString(),
                time(w.start()), time(w.end()), TIME_ZONE, s.callType().id().value(), s.callType().name(),
                s.clientName(), s.clientEmail().value(), s.recipientName(), s.recipientPhone().e164(),
                MoneyView.of(s.total()));
    }

    static OrderView order(Order o) {
        CallOrderDetails d = o.details();
        CallWindow w = d.window();
        return new OrderView(o.id().value(), o.status().name(), o.operator().map(AccountId::value).orElse(null),
                o.createdAt().toString(), o.updatedAt().toString(),
                o.version(),
                new ClientView(d.client().name(), d.client().email().value()),
                new RecipientView(d.recipient().name(), d.recipient().phone().e164(), d.recipient().country().value(),
                        d.recipient().city()),
                new CallTypeRef(d.callType().id().value(), d.callType().name()),
                new WindowView(w.date().toString(), time(w.start()), time(w.end()), TIME_ZONE,
                        w.startsAt().toString(), w.endsAt().toString()),
                d.preferredGender().name(), d.wishes().orElse(null), d.anonymous(), d.consentedAt().toString(),
                o.price().coupon().map(c -> c.code().value()).orElse(null),
                price(o.price()),
                o.history().stream().map(OrderViews::history).toList());
    }

    static PriceView price(OrderPrice p) {
        CouponRef coupon = p.coupon().map(c -> new CouponRef(c.code().value(), c.kind().name(), c.percent())).orElse(null);
        return new PriceView(MoneyView.of(p.price()), MoneyView.of(p.discount()), coupon, MoneyView.of(p.total()));
    }

    static HistoryView history(OrderHistoryEntry e) {
        return new HistoryView(e.seq(), e.at().toString(), new ActorView(e.actor().kind().name(), e.actor().id()),
                e.kind().name(), e.from().map(Enum::name).orElse(null), e.to().name(), e.reason().orElse(null));
    }

    static String time(java.time.LocalTime t) {
        return HH_MM.format(t);
    }
}
