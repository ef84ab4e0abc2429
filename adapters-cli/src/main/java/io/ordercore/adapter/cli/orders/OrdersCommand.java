package io.ordercore.adapter.cli.orders;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore orders ...}: the admin order list and what an administrator may change. */
@Command(name = "orders",
        description = {
            "Orders: list, show, change the status or the call window, delete.",
            "Times are ISO-8601 UTC instants; call dates and windows are Moscow time",
            "(Europe/Moscow). Money is an exact decimal string with its currency."
        },
        subcommands = {ListOrdersCommand.class, ShowOrderCommand.class, SetStatusCommand.class, SetWindowCommand.class,
            DeleteOrdersCommand.class})
public final class OrdersCommand extends CliGroup {
}
