package io.ordercore.adapter.cli.catalog;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore catalog ...}: categories, call types, examples, talents and priority categories. */
@Command(name = "catalog",
        description = {
            "Manage the catalog: categories, call types, examples, talents, priority.",
            "Categories hold call types, call types hold examples. Each of these levels",
            "has create, list, freeze, unfreeze and delete: 'catalog <level> <command>'.",
            "Creating or changing something prints its id, or with --format json the",
            "whole object; lists print {\"items\":[...]} in JSON."
        },
        subcommands = {CatalogTreeCommand.class, CategoryCommand.class, CallTypeCommand.class, ExampleCommand.class,
            TalentCommand.class, PriorityCommand.class})
public final class CatalogCommand extends CliGroup {
}
