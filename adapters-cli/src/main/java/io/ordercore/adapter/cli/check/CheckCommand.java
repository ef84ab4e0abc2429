package io.ordercore.adapter.cli.check;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore check ...}: read-only consistency checks of what is stored. */
@Command(name = "check",
        description = {
            "Consistency checks of the stored data: the money's integrity.",
            "Checks only read; they report what they find and change nothing.",
            "Administrators only."
        },
        subcommands = IntegrityCommand.class)
public final class CheckCommand extends CliGroup {
}
