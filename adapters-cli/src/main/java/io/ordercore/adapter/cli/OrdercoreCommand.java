package io.ordercore.adapter.cli;

import io.ordercore.adapter.cli.catalog.CatalogCommand;
import io.ordercore.adapter.cli.orders.OrdersCommand;
import picocli.CommandLine.Command;

/** The root: {@code ordercore <group> <command>}. The host adds its own commands next to these. */
@Command(name = "ordercore",
        description = {
            "Admin commands of the order-processing core.",
            "They run in-process against the configured database; help and usage errors",
            "never open it. Every command takes --help."
        },
        subcommands = {CatalogCommand.class, OrdersCommand.class})
final class OrdercoreCommand extends CliGroup {
}
