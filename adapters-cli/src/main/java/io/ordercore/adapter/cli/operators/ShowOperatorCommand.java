package io.ordercore.adapter.cli.operators;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OperatorView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {
    "Show one operator's profile and how many orders it holds now.",
    "JSON: the profile as 'operators add' prints it."})
final class ShowOperatorCommand extends CliCommand {

    @Parameters(paramLabel = "ID", description = "The operator's (account) id.")
    long id;

    @Mixin
    FormatOption format;

    ShowOperatorCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        long operatorId = OperatorViews.id(id);
        Caller caller = caller();
        OperatorView operator = core().manageOperators().get(caller, operatorId);
        if (format.json()) {
            Json.print(out(), OperatorViews.json(operator));
        } else {
            OperatorViews.printRecord(out(), operator);
        }
        return ExitCodes.OK;
    }
}
