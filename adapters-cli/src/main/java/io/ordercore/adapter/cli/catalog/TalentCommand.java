package io.ordercore.adapter.cli.catalog;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.CliGroup;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.catalog.Talent;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "talent", description = "Operator talents call types can ask for.",
        subcommands = {TalentCommand.Create.class, TalentCommand.ListAll.class, TalentCommand.Delete.class})
final class TalentCommand extends CliGroup {

    @Command(name = "create", description = {"Create a talent; prints its id.", "JSON: {\"id\",\"name\",\"critical\"}"})
    static final class Create extends CliCommand {
        @Parameters(paramLabel = "NAME", description = "1..100 characters, unique.")
        String name;

        @Option(names = "--critical", description = "Dispatch requires it (otherwise it only raises an operator's priority).")
        boolean critical;

        @Mixin
        FormatOption format;

        Create(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            Talent talent = core().manageCatalog().createTalent(caller, name, critical);
            if (format.json()) {
                Json.print(out(), CatalogViews.talent(talent));
            } else {
                out().println(talent.id());
                out().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List talents.")
    static final class ListAll extends CliCommand {
        @Mixin
        FormatOption format;

        ListAll(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            List<Talent> talents = core().manageCatalog().talents(caller);
            if (format.json()) {
                Json.print(out(), new CatalogViews.ItemsView<>(talents.stream().map(CatalogViews::talent).toList()));
            } else {
                Table table = new Table("ID", "NAME", "CRITICAL");
                talents.forEach(t -> table.row(t.id(), t.name(), Table.yesNo(t.critical())));
                table.print(out());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = "Delete a talent; call types stop asking for it.")
    static final class Delete extends CliCommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Mixin
        FormatOption format;

        Delete(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            core().manageCatalog().deleteTalent(caller, id);
            if (format.json()) {
                Json.print(out(), new CatalogViews.ChangeView("talent", id, null, true));
            } else {
                out().println("deleted talent " + id);
                out().flush();
            }
            return ExitCodes.OK;
        }
    }
}
