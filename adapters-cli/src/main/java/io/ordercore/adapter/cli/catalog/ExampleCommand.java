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
import io.ordercore.application.port.in.ManageCatalogUseCase.CallExampleForm;
import io.ordercore.domain.catalog.CallExample;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "example", description = "Call examples: sample texts or recordings shown with a call type.",
        subcommands = {ExampleCommand.Create.class, ExampleCommand.ListAll.class,
            ElementCommands.Freeze.class, ElementCommands.Unfreeze.class, ElementCommands.Delete.class})
final class ExampleCommand extends CliGroup implements CatalogLevel {

    @Override
    public CatalogElement element() {
        return CatalogElement.CALL_EXAMPLE;
    }

    @Command(name = "create", description = {
        "Create a call example; prints its id.",
        "JSON: {\"id\",\"callTypeId\",\"title\",\"text\",\"recordingUrl\",\"frozen\"}"})
    static final class Create extends CliCommand {
        @Option(names = "--call-type", paramLabel = "ID", required = true, description = "The call type it illustrates.")
        Long callType;

        @Option(names = "--title", paramLabel = "TITLE", required = true, description = "1..255 characters.")
        String title;

        @Option(names = "--text", paramLabel = "TEXT", description = "The call's text, up to 4000 characters.")
        String text;

        @Option(names = "--recording", paramLabel = "URL", description = "http(s) address of a recording.")
        String recording;

        @Mixin
        FormatOption format;

        Create(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            CallExample example = core().manageCatalog().createCallExample(caller,
                    new CallExampleForm(callType, title, text, recording));
            if (format.json()) {
                Json.print(out(), CatalogViews.example(example));
            } else {
                out().println(example.id());
                out().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List call examples, frozen ones included.")
    static final class ListAll extends CliCommand {
        @Option(names = "--call-type", paramLabel = "ID", description = "Only those of this call type.")
        Long callType;

        @Mixin
        FormatOption format;

        ListAll(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            List<CallExample> examples = core().manageCatalog().fullCatalog(caller).stream()
                    .flatMap(s -> s.callTypes().stream())
                    .flatMap((CatalogSection.Entry e) -> e.examples().stream())
                    .filter(e -> callType == null || e.callTypeId().value() == callType)
                    .toList();
            if (format.json()) {
                Json.print(out(), new CatalogViews.ItemsView<>(examples.stream().map(CatalogViews::example).toList()));
            } else {
                Table table = new Table("ID", "CALL TYPE", "TITLE", "RECORDING", "FROZEN");
                examples.forEach(e -> table.row(e.id(), e.callTypeId(), e.title(), e.recordingUrl().orElse(null),
                        Table.yesNo(e.frozen())));
                table.print(out());
            }
            return ExitCodes.OK;
        }
    }
}
