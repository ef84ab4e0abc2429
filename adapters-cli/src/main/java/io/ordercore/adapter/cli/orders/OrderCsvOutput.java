package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.application.port.in.OrderSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break), with
 * the JSON item's field names as header and the total split into {@code total} and {@code currency}.
 * Free-text cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) get
 * a leading apostrophe: clients type those names, and the admin opens the file.
 */
final class OrderCsvOutput implements OrderListOutput {

    static final String[] HEADER = {"id", "status", "createdAt", "callDate", "windowStart", "windowEnd", "timeZone",
        "callTypeId", "callTypeName", "clientName", "clientEmail", "recipientName", "recipientPhone", "total", "currency"};

    private final PrintWriter err;
    private final CSVPrinter csv;

    OrderCsvOutput(PrintWriter out, PrintWriter err) {
        this.err = err;
        try {
            this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void page(List<OrderSummary> items) {
        try {
            for (OrderSummary s : items) {
                OrderViews.ListItem i = OrderViews.item(s);
                csv.printRecord(i.id(), i.status(), i.createdAt(), i.callDate(), i.windowStart(), i.windowEnd(),
                        i.timeZone(), i.callTypeId(), inert(i.callTypeName()), inert(i.clientName()),
                        inert(i.clientEmail()), inert(i.recipientName()), i.recipientPhone(),
                        MoneyView.amount(s.total()), i.total().currency());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(Optional<String> nextCursor) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nextCursor.ifPresent(c -> NextPageHint.print(err, c));
    }

    static String inert(String text) {
        return Csv.inert(text);
    }
}
