package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.RescheduleOrderUseCase.RescheduleOrderCommand;
import io.ordercore.domain.order.CallWindow;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set-window", description = {
    "Move an order's call window (Moscow time).",
    "Completed, failed and cancelled orders refuse with ORDER_FINAL (exit 4).",
    "Prints 'order ID: window DATE FROM-TO Europe/Moscow', or with --format json",
    "the order as 'show' does."})
final class SetWindowCommand extends CliCommand {

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "Call date: today or later.")
    String date;

    @Option(names = "--from", paramLabel = "HH:MM", required = true, description = "Window start.")
    String from;

    @Option(names = "--to", paramLabel = "HH:MM", required = true, description = "Window end, after the start.")
    String to;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept in the order history.")
    String reason;

    @Mixin
    FormatOption format;

    SetWindowCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OrderId orderId = OrderIds.of(id);
        Caller caller = caller();
        Order order = core().rescheduleOrder().reschedule(
                new RescheduleOrderCommand(orderId, date, from, to, caller, reason));
        if (format.json()) {
            Json.print(out(), OrderViews.order(order));
        } else {
            CallWindow w = order.details().window();
            out().println("order " + order.id() + ": window " + w.date() + " " + OrderViews.time(w.start()) + "-"
                    + OrderViews.time(w.end()) + " " + OrderViews.TIME_ZONE);
            out().flush();
        }
        return ExitCodes.OK;
    }
}
