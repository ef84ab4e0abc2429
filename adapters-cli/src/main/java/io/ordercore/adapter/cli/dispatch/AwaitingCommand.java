package io.ordercore.adapter.cli.dispatch;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.out.Dispatches.Task;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "awaiting", sortOptions = false, description = {
    "List paid orders no operator could take yet, the longest waiting first.",
    "Dispatch keeps trying them; 'explain' tells why nobody qualified.",
    "table  aligned columns",
    "json   {\"items\":[{\"orderId\",\"stage\",\"dueAt\"}]}  (dueAt: the next attempt)",
    "csv    RFC 4180, the item fields as header",
    ""})
final class AwaitingCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--limit", paramLabel = "N", description = "At most this many, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    AwaitingCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Validation v = new Validation();
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        Caller caller = caller();
        List<Task> tasks = core().dispatch().awaitingOperator(caller, size);
        switch (format.format()) {
            case JSON -> Json.print(out(), new DispatchViews.TasksJson(tasks.stream().map(DispatchViews::task).toList()));
            case CSV -> Csv.print(out(), DispatchViews.TASK_CSV_HEADER, tasks.stream().map(DispatchViews::taskRow).toList());
            case TABLE -> {
                Table table = new Table("ORDER", "STAGE", "NEXT ATTEMPT (UTC)");
                tasks.forEach(task -> table.row(task.order(), task.stage(), task.dueAt()));
                table.print(out());
            }
        }
        return ExitCodes.OK;
    }
}
