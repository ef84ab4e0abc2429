package io.ordercore.adapter.cli.dispatch;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.orders.OrderIds;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.shared.OrderId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cancel-refusal", description = {
    "Let dispatch propose an order again to an operator who refused it.",
    "An operator who refused an order, or let its proposal time out, is not",
    "proposed it again unless this is done; without such a refusal it is",
    "NOT_FOUND (exit 3). Prints 'order ID may be proposed to operator OP again',",
    "with --format json {\"orderId\",\"operatorId\",\"refusalCancelled\":true}."})
final class CancelRefusalCommand extends CliCommand {

    @Parameters(paramLabel = "ORDER", description = "The order's id.")
    long order;

    @Option(names = "--operator", paramLabel = "ID", required = true, description = "The operator's (account) id.")
    long operator;

    @Mixin
    FormatOption format;

    CancelRefusalCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OrderId orderId = OrderIds.of(order);
        long operatorId = DispatchViews.operatorId(operator);
        Caller caller = caller();
        core().dispatch().cancelRefusal(caller, orderId, operatorId);
        if (format.json()) {
            Json.print(out(), new DispatchViews.RefusalCancelledJson(orderId.value(), operatorId, true));
        } else {
            out().println("order " + orderId + " may be proposed to operator " + operatorId + " again");
            out().flush();
        }
        return ExitCodes.OK;
    }
}
