package io.ordercore.adapter.cli.dispatch;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.orders.OrderIds;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.order.Order;
import io.ordercore.domain.shared.OrderId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove-operator", sortOptions = false, description = {
    "Take an order from its operator (last resort) and dispatch it again.",
    "The operator is not proposed this order again (see 'cancel-refusal'); with",
    "--penalty it is fined its tariff fee. An order no operator holds fails with",
    "ILLEGAL_TRANSITION (exit 4). Prints the order as it then is, 'order ID:",
    "STATUS, operator OP|no operator', with --format json as 'orders show' does."})
final class RemoveOperatorCommand extends CliCommand {

    @Parameters(paramLabel = "ORDER", description = "The order's id.")
    long order;

    @Option(names = "--penalty", description = "Fine the removed operator its tariff fee.")
    boolean penalty;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept in the order history and the audit trail.")
    String reason;

    @Mixin
    FormatOption format;

    RemoveOperatorCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OrderId orderId = OrderIds.of(order);
        Caller caller = caller();
        Order redispatched = core().dispatch().removeOperator(caller, orderId, penalty, reason);
        DispatchViews.printOrder(out(), format, redispatched);
        return ExitCodes.OK;
    }
}
