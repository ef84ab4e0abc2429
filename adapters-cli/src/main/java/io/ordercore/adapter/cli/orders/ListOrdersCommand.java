package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormat;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.FindOrdersUseCase;
import io.ordercore.application.port.in.OrderCursor;
import io.ordercore.application.port.in.OrderListForm;
import io.ordercore.application.port.in.OrderListQuery;
import io.ordercore.application.port.in.OrderPage;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List orders, a page at a time, newest first by default.",
    "Text filters match the start of the value, ignoring case; --recipient-phone",
    "matches the start of the E.164 number. TIME is YYYY-MM-DD (Moscow midnight)",
    "or an ISO-8601 instant; 'from' is inclusive, 'to' exclusive. All filters are",
    "checked together before anything is read. Pages follow a keyset cursor.",
    "",
    "table  aligned columns; the next page's cursor is printed on stderr",
    "json   {\"items\":[{\"id\",\"status\",\"createdAt\",\"callDate\",\"windowStart\",",
    "       \"windowEnd\",\"timeZone\",\"callTypeId\",\"callTypeName\",\"clientName\",",
    "       \"clientEmail\",\"recipientName\",\"recipientPhone\",",
    "       \"total\":{\"amount\",\"currency\"}}],\"nextCursor\":\"...\"|null}",
    "csv    RFC 4180, the item fields as header, total split into total,currency;",
    "       the next page's cursor is printed on stderr. Free-text cells starting",
    "       with = + - @ get a leading ' so spreadsheets do not run them.",
    ""})
final class ListOrdersCommand extends CliCommand {

    @Option(names = "--id", paramLabel = "ID", description = "Only this order.")
    String id;

    @Option(names = "--client-email", paramLabel = "PREFIX", description = "Client e-mail starts with this.")
    String clientEmail;

    @Option(names = "--client-name", paramLabel = "PREFIX", description = "Client name starts with this.")
    String clientName;

    @Option(names = "--call-type", paramLabel = "ID", description = "Only orders of this call type.")
    String callType;

    @Option(names = "--recipient-name", paramLabel = "PREFIX", description = "Recipient name starts with this.")
    String recipientName;

    @Option(names = "--recipient-phone", paramLabel = "PREFIX", description = "Recipient phone starts with these digits (+ optional).")
    String recipientPhone;

    @Option(names = "--created-from", paramLabel = "TIME", description = "Placed at or after.")
    String createdFrom;

    @Option(names = "--created-to", paramLabel = "TIME", description = "Placed before.")
    String createdTo;

    @Option(names = "--scheduled-from", paramLabel = "TIME", description = "Call window starting at or after.")
    String scheduledFrom;

    @Option(names = "--scheduled-to", paramLabel = "TIME", description = "Call window starting before.")
    String scheduledTo;

    @Option(names = "--status", paramLabel = "STATUS", description = "UNPAID, PAID, OPERATOR_PROPOSED, IN_PROGRESS, COMPLETED, FAILED, "
            + "CANCELLED or ERROR; repeat it or separate with commas for several.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "SORT",
            description = "created_desc (default), created_asc, scheduled_asc or scheduled_desc.")
    String sort;

    @Option(names = "--limit", paramLabel = "N",
            description = "Page size, 1.." + OrderListQuery.MAX_LIMIT + " (default " + OrderListQuery.DEFAULT_LIMIT
                    + "; with --all " + OrderListQuery.MAX_LIMIT + ").")
    String limit;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after the page that gave this cursor.")
    String cursor;

    @Option(names = "--all", description = "Follow the cursors and print every matching order (nextCursor is then null).")
    boolean all;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ListFormat format = ListFormat.TABLE;

    ListOrdersCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        String pageSize = all && (limit == null || limit.isBlank()) ? String.valueOf(OrderListQuery.MAX_LIMIT) : limit;
        OrderListQuery query = OrderListQuery.parse(new OrderListForm(id, clientEmail, clientName, callType,
                recipientName, recipientPhone, createdFrom, createdTo, scheduledFrom, scheduledTo, statuses, sort,
                pageSize, cursor));
        Caller caller = caller();
        FindOrdersUseCase orders = core().findOrders();
        OrderListOutput output = switch (format) {
            case TABLE -> new OrderTableOutput(out(), err());
            case JSON -> new OrderJsonOutput(out());
            case CSV -> new OrderCsvOutput(out(), err());
        };
        OrderPage page = orders.list(caller, query);
        output.page(page.items());
        while (all && page.nextCursor().isPresent()) {
            query = query.after(OrderCursor.decode(page.nextCursor().get(), query.sort()));
            page = orders.list(caller, query);
            output.page(page.items());
        }
        output.finish(page.nextCursor());
        return ExitCodes.OK;
    }
}
