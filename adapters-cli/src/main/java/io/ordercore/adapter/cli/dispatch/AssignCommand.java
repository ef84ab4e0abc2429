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

@Command(name = "assign", sortOptions = false, description = {
    "Propose a PAID order to this operator by hand.",
    "The operator must pass dispatch's filters (active, gender, critical talents,",
    "not refused before, working hours): else OPERATOR_FILTERED_OUT (exit 5) names",
    "the reasons; an operator filled up meanwhile is OPERATOR_AT_CAPACITY (exit 5).",
    "--force skips the filters and is audited as such. An order that is not PAID",
    "fails with ILLEGAL_TRANSITION (exit 4). Prints 'order ID: OPERATOR_PROPOSED,",
    "operator OP', with --format json the order as 'orders show' prints it."})
final class AssignCommand extends CliCommand {

    @Parameters(paramLabel = "ORDER", description = "The order's id.")
    long order;

    @Option(names = "--operator", paramLabel = "ID", required = true, description = "The operator's (account) id.")
    long operator;

    @Option(names = "--force", description = "Propose it even when the operator fails the filters.")
    boolean force;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; kept in the order history and the audit trail.")
    String reason;

    @Mixin
    FormatOption format;

    AssignCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OrderId orderId = OrderIds.of(order);
        long operatorId = DispatchViews.operatorId(operator);
        Caller caller = caller();
        Order assigned = core().dispatch().assign(caller, orderId, operatorId, force, reason);
        DispatchViews.printOrder(out(), format, assigned);
        return ExitCodes.OK;
    }
}
