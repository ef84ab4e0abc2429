package io.ordercore.adapter.cli.points;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore points ...}: points of sale and their managers. */
@Command(name = "points",
        description = {
            "Points of sale: create, update, list, show, assign a manager.",
            "Clients and point managers belong to exactly one point."
        },
        subcommands = {CreatePointCommand.class, UpdatePointCommand.class, ListPointsCommand.class,
            ShowPointCommand.class, AssignManagerCommand.class})
public final class PointsCommand extends CliGroup {
}
