package io.ordercore.adapter.cli.points;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManagePointsUseCase.PointForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "create", sortOptions = false, description = {
    "Create a point of sale; prints its id.",
    "JSON: {\"id\",\"name\",\"address\",\"contacts\",\"description\"|null}"})
final class CreatePointCommand extends CliCommand {

    @Option(names = "--name", paramLabel = "NAME", required = true, description = "1..200 characters.")
    String name;

    @Option(names = "--address", paramLabel = "TEXT", required = true, description = "1..500 characters.")
    String address;

    @Option(names = "--contacts", paramLabel = "TEXT", required = true, description = "Phones, e-mail, hours: 1..500 characters.")
    String contacts;

    @Option(names = "--description", paramLabel = "TEXT", description = "Its description page, up to 4000 characters.")
    String description;

    @Mixin
    FormatOption format;

    CreatePointCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        PointViews.printId(out(), format,
                core().managePoints().create(caller, new PointForm(name, address, contacts, description)));
        return ExitCodes.OK;
    }
}
