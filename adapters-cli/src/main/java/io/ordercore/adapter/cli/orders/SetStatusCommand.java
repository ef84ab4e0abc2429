package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ChangeOrderStatusUseCase.ChangeOrderStatusCommand;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.order.OrderHistoryEntry;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.order.OrderStatus;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set-status", description = {
    "Move an order to another status, along the workflow only.",
    "A move the workflow does not allow fails with ILLEGAL_TRANSITION (exit 4).",
    "Prints 'order ID: FROM -> TO', or with --format json the order as 'show' does."})
final class SetStatusCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "STATUS", description = "UNPAID, PAID, OPERATOR_PROPOSED, IN_PROGRESS, COMPLETED, FAILED, "
            + "CANCELLED or ERROR (any case).")
    String status;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why; kept in the order history.")
    String reason;

    @Mixin
    FormatOption format;

    SetStatusCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Validation v = new Validation();
        OrderStatus target = v.check("status", () -> Choices.parse(OrderStatus.class, status));
        v.require("reason", reason);
        v.throwIfInvalid();
        OrderId orderId = OrderIds.of(id);
        Caller caller = caller();
        Order order = core().changeOrderStatus().changeStatus(
                new ChangeOrderStatusCommand(orderId, target, caller, reason));
        if (format.json()) {
            Json.print(out(), OrderViews.order(order));
        } else {
            OrderHistoryEntry last = order.history().get(order.history().size() - 1);
            out().println("order " + order.id() + ": " + last.from().map(Enum::name).orElse("-") + " -> " + order.status());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
