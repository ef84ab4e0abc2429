package io.ordercore.adapter.cli.points;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {
    "Show one point of sale.",
    "JSON: {\"id\",\"name\",\"address\",\"contacts\",\"description\"|null}"})
final class ShowPointCommand extends CliCommand {

    @Parameters(paramLabel = "ID")
    long id;

    @Mixin
    FormatOption format;

    ShowPointCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        PointId pointId = PointViews.id(id);
        Caller caller = caller();
        Point point = core().managePoints().get(caller, pointId);
        if (format.json()) {
            Json.print(out(), PointViews.json(point));
        } else {
            PointViews.printRecord(out(), point);
        }
        return ExitCodes.OK;
    }
}
