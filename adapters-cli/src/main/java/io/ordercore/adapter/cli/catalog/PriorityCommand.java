package io.ordercore.adapter.cli.catalog;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.CliGroup;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.service.Ordercore;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "priority", description = "Priority categories: up to three, shown in the quick-order widget.",
        subcommands = {PriorityCommand.Set.class, PriorityCommand.Show.class})
final class PriorityCommand extends CliGroup {

    /** Table: the choice as set and what the widget shows. JSON: {"priority":[...],"quickOrder":[...]}. */
    static void show(PrintWriter out, FormatOption format, Ordercore core, Caller caller) {
        List<Category> priority = core.manageCatalog().priorityCategories(caller);
        List<Category> quickOrder = core.browseCatalog().quickOrderCategories();
        if (format.json()) {
            Json.print(out, new CatalogViews.PriorityView(priority.stream().map(CatalogViews::category).toList(),
                    quickOrder.stream().map(CatalogViews::category).toList()));
        } else {
            out.println("priority:    " + (priority.isEmpty() ? "none (the widget shows the lowest ids)" : names(priority)));
            out.println("quick order: " + (quickOrder.isEmpty() ? "none" : names(quickOrder)));
            out.flush();
        }
    }

    private static String names(List<Category> categories) {
        return categories.stream()
                .map(c -> c.id() + " " + Table.cell(c.name()) + (c.frozen() ? " [frozen]" : ""))
                .collect(Collectors.joining(", "));
    }

    @Command(name = "set", description = {
        "Choose up to three priority categories, most important first.",
        "With no ID the choice is cleared. Prints the same as 'priority show'."})
    static final class Set extends CliCommand {
        @Parameters(paramLabel = "ID", arity = "0..*", description = "Category ids, most important first.")
        List<Long> ids = new ArrayList<>();

        @Mixin
        FormatOption format;

        Set(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            List<CategoryId> chosen = ids.stream().map(CatalogIds::category).toList();
            Caller caller = caller();
            Ordercore core = core();
            core.manageCatalog().setPriorityCategories(caller, chosen);
            show(out(), format, core, caller);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = {
        "Show the priority categories and what the quick-order widget shows.",
        "JSON: {\"priority\":[{\"id\",\"name\",\"frozen\"}],\"quickOrder\":[...]}"})
    static final class Show extends CliCommand {
        @Mixin
        FormatOption format;

        Show(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            show(out(), format, core(), caller);
            return ExitCodes.OK;
        }
    }
}
