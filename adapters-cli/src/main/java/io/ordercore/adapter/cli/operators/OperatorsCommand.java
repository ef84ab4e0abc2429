package io.ordercore.adapter.cli.operators;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore operators ...}: operators' dispatch profiles. */
@Command(name = "operators",
        description = {
            "Operators' dispatch profiles: add, update, list, show, pause, resume, freeze.",
            "An operator is an OPERATOR account (see 'users create') with a profile;",
            "its id is the account's id. Only ACTIVE operators get new orders. Working",
            "hours are Moscow time; money is an exact decimal string with its currency.",
            "Administrators and site managers; supervisors may list and show."
        },
        subcommands = {AddOperatorCommand.class, UpdateOperatorCommand.class, ListOperatorsCommand.class,
            ShowOperatorCommand.class, OperatorStateCommands.Pause.class, OperatorStateCommands.Resume.class,
            OperatorStateCommands.Freeze.class})
public final class OperatorsCommand extends CliGroup {
}
