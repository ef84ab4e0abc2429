package io.ordercore.adapter.cli.catalog;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.CliGroup;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.domain.catalog.Category;
import io.ordercore.domain.catalog.CategoryId;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "category", description = "Categories, the top level of the catalog.",
        subcommands = {CategoryCommand.Create.class, CategoryCommand.Rename.class, CategoryCommand.ListAll.class,
            ElementCommands.Freeze.class, ElementCommands.Unfreeze.class, ElementCommands.Delete.class})
final class CategoryCommand extends CliGroup implements CatalogLevel {

    @Override
    public CatalogElement element() {
        return CatalogElement.CATEGORY;
    }

    static void print(PrintWriter out, FormatOption format, Category category) {
        if (format.json()) {
            Json.print(out, CatalogViews.category(category));
        } else {
            out.println(category.id());
            out.flush();
        }
    }

    @Command(name = "create", description = {"Create a category; prints its id.", "JSON: {\"id\",\"name\",\"frozen\"}"})
    static final class Create extends CliCommand {
        @Parameters(paramLabel = "NAME", description = "1..255 characters.")
        String name;

        @Mixin
        FormatOption format;

        Create(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            print(out(), format, core().manageCatalog().createCategory(caller, name));
            return ExitCodes.OK;
        }
    }

    @Command(name = "rename", description = "Rename a category; prints its id.")
    static final class Rename extends CliCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "NAME", description = "1..255 characters.")
        String name;

        @Mixin
        FormatOption format;

        Rename(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            CategoryId categoryId = CatalogIds.category(id);
            Caller caller = caller();
            print(out(), format, core().manageCatalog().renameCategory(caller, categoryId, name));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List categories, frozen ones included.")
    static final class ListAll extends CliCommand {
        @Mixin
        FormatOption format;

        ListAll(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            List<Category> categories = core().manageCatalog().fullCatalog(caller).stream().map(CatalogSection::category).toList();
            if (format.json()) {
                Json.print(out(), new CatalogViews.ItemsView<>(categories.stream().map(CatalogViews::category).toList()));
            } else {
                Table table = new Table("ID", "NAME", "FROZEN");
                categories.forEach(c -> table.row(c.id(), c.name(), Table.yesNo(c.frozen())));
                table.print(out());
            }
            return ExitCodes.OK;
        }
    }
}
