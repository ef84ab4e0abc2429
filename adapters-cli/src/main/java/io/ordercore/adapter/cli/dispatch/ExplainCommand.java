package io.ordercore.adapter.cli.dispatch;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.orders.OrderIds;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.out.Dispatches.Decision;
import io.ordercore.domain.shared.OrderId;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = {
    "Show every dispatch decision about an order, oldest first, and why.",
    "Kinds: AUTO (the policy), MANUAL (assigned by hand), FORCED (assigned past",
    "the filters), REMOVED (operator taken off the order).",
    "table  per decision a line 'AT  KIND  operator ID|no operator  by WHO',",
    "       then the explanation as the policy wrote it, then an empty line",
    "json   {\"orderId\",\"decisions\":[{\"at\",\"kind\",\"chosenOperatorId\"|null,",
    "       \"decidedBy\",\"explanation\"}]}",
    "csv    RFC 4180, the decision fields as header",
    ""})
final class ExplainCommand extends CliCommand {

    @Parameters(paramLabel = "ORDER", description = "The order's id.")
    long order;

    @Mixin
    ListFormatOption format;

    ExplainCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        OrderId orderId = OrderIds.of(order);
        Caller caller = caller();
        List<Decision> decisions = core().dispatch().explain(caller, orderId);
        switch (format.format()) {
            case JSON -> Json.print(out(), new DispatchViews.ExplainJson(orderId.value(),
                    decisions.stream().map(DispatchViews::decision).toList()));
            case CSV -> Csv.print(out(), DispatchViews.DECISION_CSV_HEADER,
                    decisions.stream().map(DispatchViews::decisionRow).toList());
            case TABLE -> text(out(), orderId, decisions);
        }
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, OrderId order, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            out.println("order " + order + ": no dispatch decisions yet");
        }
        for (Decision d : decisions) {
            out.println(d.at() + "  " + d.kind() + "  " + d.chosen().map(id -> "operator " + id).orElse("no operator")
                    + "  by " + d.decidedBy());
            out.print(d.explanation());
            if (!d.explanation().endsWith("\n")) {
                out.println();
            }
            out.println();
        }
        out.flush();
    }
}
