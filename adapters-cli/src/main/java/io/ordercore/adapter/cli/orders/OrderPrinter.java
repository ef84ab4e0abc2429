package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.domain.order.CallOrderDetails;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import java.io.PrintWriter;

/** One order with every field, its price snapshot and its history. */
public final class OrderPrinter {

    private OrderPrinter() {
    }

    public static void print(PrintWriter out, FormatOption format, Order order) {
        if (format.json()) {
            Json.print(out, OrderViews.order(order));
            return;
        }
        CallOrderDetails d = order.details();
        Table.record()
                .row("id", order.id())
                .row("status", order.status())
                .row("operator", order.operator().orElse(null))
                .row("created", order.createdAt())
                .row("updated", order.updatedAt())
                .row("version", order.version())
                .row("client name", d.client().name())
                .row("client email", d.client().email())
                .row("recipient name", d.recipient().name())
                .row("recipient phone", d.recipient().phone())
                .row("recipient country", d.recipient().country())
                .row("recipient city", d.recipient().city())
                .row("call type", d.callType().id() + " " + d.callType().name())
                .row("call date", d.window().date())
                .row("window", OrderViews.time(d.window().start()) + "-" + OrderViews.time(d.window().end())
                        + " " + OrderViews.TIME_ZONE)
                .row("preferred gender", d.preferredGender())
                .row("wishes", d.wishes().orElse(null))
                .row("anonymous", Table.yesNo(d.anonymous()))
                .row("consented", d.consentedAt())
                .row("coupon", order.price().coupon()
                        .map(c -> c.code() + " (" + c.kind() + " " + c.percent() + "%)").orElse(null))
                .row("price", MoneyView.text(order.price().price()))
                .row("discount", MoneyView.text(order.price().discount()))
                .row("total", MoneyView.text(order.price().total()))
                .print(out);
        out.println();
        out.println("history:");
        Table history = new Table("SEQ", "AT (UTC)", "ACTOR", "KIND", "FROM", "TO", "REASON");
        for (OrderHistoryEntry e : order.history()) {
            history.row(e.seq(), e.at(), e.actor(), e.kind(), e.from().orElse(null), e.to(), e.reason().orElse(null));
        }
        history.print(out);
    }
}
