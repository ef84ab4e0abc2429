package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ErrorOutput;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.DeleteOrdersUseCase;
import io.ordercore.application.port.in.DeleteOrdersUseCase.DeleteOrdersResult;
import io.ordercore.application.port.in.DeleteOrdersUseCase.KeptReason;
import io.ordercore.domain.shared.OrderId;
import io.ordercore.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = {
    "Delete orders; prints what was deleted and what was kept, and why.",
    "Only UNPAID, CANCELLED and FAILED orders are deleted; any other is kept as",
    "NOT_DELETABLE, an unknown id as NOT_FOUND. Exit 0 when every order was",
    "deleted, exit 4 (ORDERS_KEPT on stderr) when any was kept.",
    "JSON: {\"deleted\":[ID...],\"kept\":[{\"id\":ID,\"reason\":\"NOT_DELETABLE\"}]}"})
final class DeleteOrdersCommand extends CliCommand {

    static final String ORDERS_KEPT = "ORDERS_KEPT";

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Up to " + DeleteOrdersUseCase.DeleteOrdersCommand.MAX_IDS + " ids.")
    List<Long> ids = new ArrayList<>();

    @Mixin
    FormatOption format;

    DeleteOrdersCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.stream().anyMatch(id -> id <= 0)) {
            throw ValidationException.of("ids", "NOT_AN_ID", "order ids are positive whole numbers");
        }
        List<OrderId> orderIds = distinct.stream().map(OrderId::new).toList();
        var command = new DeleteOrdersUseCase.DeleteOrdersCommand(orderIds, caller());
        DeleteOrdersResult result = core().deleteOrders().delete(command);
        List<OrderViews.KeptView> kept = orderIds.stream()
                .filter(result.kept()::containsKey)
                .map(id -> new OrderViews.KeptView(id.value(), result.kept().get(id).name()))
                .toList();
        if (format.json()) {
            Json.print(out(), new OrderViews.DeleteView(result.deleted().stream().map(OrderId::value).toList(), kept));
        } else {
            Table table = new Table("ID", "RESULT", "REASON");
            for (OrderId id : orderIds) {
                KeptReason reason = result.kept().get(id);
                table.row(id, reason == null ? "deleted" : "kept", reason);
            }
            table.print(out());
        }
        if (kept.isEmpty()) {
            return ExitCodes.OK;
        }
        ErrorOutput.print(err(), format.json(), ORDERS_KEPT,
                kept.size() + " of " + orderIds.size() + " orders were kept", List.of());
        return ExitCodes.CONFLICT;
    }
}
