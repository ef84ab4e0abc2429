package io.ordercore.adapter.cli.points;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManagePointsUseCase;
import io.ordercore.application.port.in.ManagePointsUseCase.PointForm;
import io.ordercore.domain.point.Point;
import io.ordercore.domain.point.PointId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "update", sortOptions = false, description = {
    "Change a point of sale; prints its id.",
    "Options left out keep their current values; --description \"\" clears it.",
    "JSON: the point as 'points create' prints it."})
final class UpdatePointCommand extends CliCommand {

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--name", paramLabel = "NAME", description = "1..200 characters.")
    String name;

    @Option(names = "--address", paramLabel = "TEXT", description = "1..500 characters.")
    String address;

    @Option(names = "--contacts", paramLabel = "TEXT", description = "1..500 characters.")
    String contacts;

    @Option(names = "--description", paramLabel = "TEXT", description = "Up to 4000 characters.")
    String description;

    @Mixin
    FormatOption format;

    UpdatePointCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        PointId pointId = PointViews.id(id);
        Caller caller = caller();
        ManagePointsUseCase points = core().managePoints();
        // The core replaces every field, so the ones not typed are filled in from what is stored.
        Point current = points.get(caller, pointId);
        PointForm form = new PointForm(name != null ? name : current.name(),
                address != null ? address : current.address(),
                contacts != null ? contacts : current.contacts(),
                description != null ? description : current.description().orElse(null));
        PointViews.printId(out(), format, points.update(caller, pointId, form));
        return ExitCodes.OK;
    }
}
