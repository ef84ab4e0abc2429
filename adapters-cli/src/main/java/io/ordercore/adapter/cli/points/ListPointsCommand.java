package io.ordercore.adapter.cli.points;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.point.Point;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", description = {
    "List the points of sale you may see.",
    "JSON: {\"items\":[{\"id\",\"name\",\"address\",\"contacts\",\"description\"}]};",
    "CSV: the same fields as header."})
final class ListPointsCommand extends CliCommand {

    @Mixin
    ListFormatOption format;

    ListPointsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        List<Point> points = core().managePoints().list(caller);
        switch (format.format()) {
            case JSON -> Json.print(out(), new PointViews.ItemsView(points.stream().map(PointViews::json).toList()));
            case CSV -> Csv.print(out(), PointViews.CSV_HEADER, points.stream().map(PointViews::row).toList());
            case TABLE -> {
                Table table = new Table("ID", "NAME", "ADDRESS", "CONTACTS");
                points.forEach(p -> table.row(p.id(), p.name(), p.address(), p.contacts()));
                table.print(out());
            }
        }
        return ExitCodes.OK;
    }
}
