package io.ordercore.adapter.cli.payments;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.orders.OrderIds;
import io.ordercore.adapter.cli.orders.OrderPrinter;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mark-offline", sortOptions = false, description = {
    "Record money paid for an order by hand: cash, a bank transfer.",
    "Partial amounts are allowed: the order becomes PAID once its payments cover",
    "the total, and is then dispatched. More than is outstanding is refused",
    "(VALIDATION_FAILED, exit 2), an order that is not UNPAID with",
    "ORDER_NOT_PAYABLE (exit 5). Audited. Prints 'order ID: STATUS; WHAT WAS",
    "RECORDED', with --format json the order as 'orders show' prints it."})
final class MarkOfflineCommand extends CliCommand {

    @Parameters(paramLabel = "ORDER", description = "The order's id.")
    long order;

    @Option(names = "--amount", paramLabel = "KOPECKS", required = true, description = "What was paid, in kopecks.")
    long amount;

    @Option(names = "--reference", paramLabel = "TEXT", required = true,
            description = "The receipt or bank document, kept with the payment.")
    String reference;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it was paid, Moscow (default: today).")
    String date;

    @Mixin
    FormatOption format;

    MarkOfflineCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OrderId orderId = OrderIds.of(order);
        Caller caller = caller();
        Order paid = core().payments().markOffline(caller, orderId, amount, reference, date);
        if (format.json()) {
            OrderPrinter.print(out(), format, paid);
        } else {
            // The order's own history says what the payment did: "offline payment N of X[; partially paid: Y of Z]".
            List<OrderHistoryEntry> history = paid.history();
            String recorded = history.isEmpty() ? "" : history.get(history.size() - 1).reason().map(r -> "; " + r).orElse("");
            out().println("order " + paid.id() + ": " + paid.status() + recorded);
            out().flush();
        }
        return ExitCodes.OK;
    }
}
