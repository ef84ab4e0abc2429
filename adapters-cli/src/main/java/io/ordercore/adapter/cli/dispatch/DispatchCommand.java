package io.ordercore.adapter.cli.dispatch;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore dispatch ...}: looking inside the dispatch engine and an administrator's hand on it. */
@Command(name = "dispatch",
        description = {
            "Dispatch: explain decisions, assign or remove an operator by hand, run due work.",
            "Paid orders are proposed to operators automatically; these commands show",
            "why and let an administrator step in; changes are administrators' only and",
            "audited. Site managers and supervisors may explain and list. Times are",
            "ISO-8601 UTC instants."
        },
        subcommands = {ExplainCommand.class, AssignCommand.class, RemoveOperatorCommand.class,
            CancelRefusalCommand.class, AwaitingCommand.class, RunScheduledCommand.class})
public final class DispatchCommand extends CliGroup {
}
