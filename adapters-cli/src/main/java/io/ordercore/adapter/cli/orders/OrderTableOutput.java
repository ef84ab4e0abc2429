package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.OrderSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Aligned columns; the hint for the next page goes to stderr so stdout stays only the table. */
final class OrderTableOutput implements OrderListOutput {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Table table = new Table("ID", "STATUS", "CREATED (UTC)", "CALL DATE", "WINDOW (MSK)", "CALL TYPE",
            "CLIENT", "CLIENT EMAIL", "RECIPIENT", "PHONE", "TOTAL");

    OrderTableOutput(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void page(List<OrderSummary> items) {
        for (OrderSummary s : items) {
            table.row(s.id(), s.status(), s.createdAt(), s.window().date(),
                    OrderViews.time(s.window().start()) + "-" + OrderViews.time(s.window().end()),
                    s.callType().name(), s.clientName(), s.clientEmail(), s.recipientName(), s.recipientPhone(),
                    MoneyView.text(s.total()));
        }
    }

    @Override
    public void finish(Optional<String> nextCursor) {
        table.print(out);
        nextCursor.ifPresent(c -> NextPageHint.print(err, c));
    }
}
