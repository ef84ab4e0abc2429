package io.ordercore.adapter.cli.catalog;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.CliGroup;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.CatalogElement;
import io.ordercore.application.port.in.CatalogSection;
import io.ordercore.application.port.in.ManageCatalogUseCase.CallTypeForm;
import io.ordercore.domain.catalog.CallType;
import io.ordercore.domain.catalog.CallTypeId;
import io.ordercore.domain.catalog.TalentId;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "call-type", description = "Call types: what clients order, priced in whole roubles.",
        subcommands = {CallTypeCommand.Create.class, CallTypeCommand.Update.class, CallTypeCommand.ListAll.class,
            ElementCommands.Freeze.class, ElementCommands.Unfreeze.class, ElementCommands.Delete.class})
final class CallTypeCommand extends CliGroup implements CatalogLevel {

    @Override
    public CatalogElement element() {
        return CatalogElement.CALL_TYPE;
    }

    static void print(PrintWriter out, FormatOption format, CallType callType) {
        if (format.json()) {
            Json.print(out, CatalogViews.callType(callType));
        } else {
            out.println(callType.id());
            out.flush();
        }
    }

    static List<CallType> all(List<CatalogSection> catalog) {
        return catalog.stream().flatMap(s -> s.callTypes().stream()).map(CatalogSection.Entry::callType).toList();
    }

    @Command(name = "create", description = {
        "Create a call type; prints its id.",
        "All fields are checked together and every error is listed.",
        "JSON: {\"id\",\"categoryId\",\"name\",\"price\":{\"amount\",\"currency\"},",
        "\"description\",\"requiredGender\",\"talentIds\",\"imageUrl\",\"frozen\"}"})
    static final class Create extends CliCommand {
        @Option(names = "--category", paramLabel = "ID", required = true, description = "The category it belongs to.")
        Long category;

        @Option(names = "--name", paramLabel = "NAME", required = true, description = "1..255 characters.")
        String name;

        @Option(names = "--price", paramLabel = "ROUBLES", required = true, description = "Price in whole roubles, > 0.")
        Long price;

        @Mixin
        CallTypeOptions options;

        @Mixin
        FormatOption format;

        Create(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            CallTypeForm form = new CallTypeForm(category, name, price, options.description, options.gender,
                    options.talents, options.image);
            Caller caller = caller();
            print(out(), format, core().manageCatalog().createCallType(caller, form));
            return ExitCodes.OK;
        }
    }

    @Command(name = "update", description = {
        "Change a call type; prints its id.",
        "Options left out keep their current values; --talent replaces the whole",
        "talent list, --no-talents empties it."})
    static final class Update extends CliCommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--category", paramLabel = "ID", description = "Move it to this category.")
        Long category;

        @Option(names = "--name", paramLabel = "NAME", description = "1..255 characters.")
        String name;

        @Option(names = "--price", paramLabel = "ROUBLES", description = "Price in whole roubles, > 0.")
        Long price;

        @Option(names = "--no-talents", description = "Ask for no talent at all.")
        boolean noTalents;

        @Mixin
        CallTypeOptions options;

        @Mixin
        FormatOption format;

        Update(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            if (noTalents && !options.talents.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--talent and --no-talents cannot be used together");
            }
            CallTypeId callTypeId = CatalogIds.callType(id);
            Caller caller = caller();
            var catalog = core().manageCatalog();
            // The core replaces every field, so the ones not typed are filled in from what is stored.
            Optional<CallType> current = all(catalog.fullCatalog(caller)).stream().filter(t -> t.id().equals(callTypeId)).findFirst();
            CallTypeForm form = new CallTypeForm(
                    category != null ? category : current.map(t -> t.categoryId().value()).orElse(null),
                    name != null ? name : current.map(CallType::name).orElse(null),
                    price != null ? price : current.map(t -> t.price().minor() / 100).orElse(null),
                    options.description != null ? options.description : current.flatMap(CallType::description).orElse(null),
                    options.gender != null ? options.gender : current.map(t -> t.requiredGender().name()).orElse(null),
                    noTalents || !options.talents.isEmpty() ? options.talents
                            : current.map(t -> t.talents().stream().map(TalentId::value).toList()).orElse(List.of()),
                    options.image != null ? options.image : current.flatMap(CallType::imageUrl).orElse(null));
            print(out(), format, catalog.updateCallType(caller, callTypeId, form));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List call types, frozen ones included.")
    static final class ListAll extends CliCommand {
        @Option(names = "--category", paramLabel = "ID", description = "Only those of this category.")
        Long category;

        @Mixin
        FormatOption format;

        ListAll(CliContext cli) {
            super(cli);
        }

        @Override
        public Integer call() {
            Caller caller = caller();
            List<CallType> types = all(core().manageCatalog().fullCatalog(caller)).stream()
                    .filter(t -> category == null || t.categoryId().value() == category)
                    .toList();
            if (format.json()) {
                Json.print(out(), new CatalogViews.ItemsView<>(types.stream().map(CatalogViews::callType).toList()));
            } else {
                Table table = new Table("ID", "CATEGORY", "NAME", "PRICE", "GENDER", "TALENTS", "FROZEN");
                types.forEach(t -> table.row(t.id(), t.categoryId(), t.name(), MoneyView.text(t.price()),
                        t.requiredGender(), talents(t), Table.yesNo(t.frozen())));
                table.print(out());
            }
            return ExitCodes.OK;
        }

        private static String talents(CallType t) {
            return t.talents().isEmpty() ? null : t.talents().stream().map(TalentId::toString).collect(Collectors.joining(","));
        }
    }
}
