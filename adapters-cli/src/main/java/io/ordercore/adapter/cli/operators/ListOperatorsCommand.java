package io.ordercore.adapter.cli.operators;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OperatorView;
import io.ordercore.domain.operator.Operator;
import io.ordercore.domain.operator.OperatorState;
import io.ordercore.domain.shared.Choices;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List operators by id, a page at a time.",
    "table  aligned columns; when more may follow, the next --after is on stderr",
    "json   {\"items\":[{\"id\",\"email\",\"name\",\"gender\",\"talentIds\":[ID...],",
    "       \"tariff\":{\"amount\",\"currency\"},\"rating\",\"state\",\"capacity\",",
    "       \"workingHours\"|null,\"activeOrders\"}],\"nextAfter\":ID|null}",
    "csv    RFC 4180, the item fields as header, tariff as 'tariff' (amount) and",
    "       'currency', talentIds separated by spaces; the next --after is on stderr",
    ""})
final class ListOperatorsCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--state", paramLabel = "STATE", description = "ACTIVE, PAUSED or FROZEN.")
    String state;

    @Option(names = "--after", paramLabel = "ID", description = "Only operators with a larger id (the next page).")
    Long after;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListOperatorsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Validation v = new Validation();
        Optional<OperatorState> stateFilter = v.checkOptional("state", state, raw -> Choices.parse(OperatorState.class, raw));
        long afterId = ListInputs.id(v, "after", after).orElse(0L);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        Caller caller = caller();
        List<OperatorView> operators = core().manageOperators().list(caller, stateFilter, afterId, size);
        Long nextAfter = operators.size() == size ? operators.get(operators.size() - 1).operator().id().value() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new OperatorViews.Page(operators.stream().map(OperatorViews::json).toList(),
                    nextAfter));
            case CSV -> Csv.print(out(), OperatorViews.CSV_HEADER, operators.stream().map(OperatorViews::row).toList());
            case TABLE -> table(operators);
        }
        if (nextAfter != null && !format.json()) {
            err().println("more operators may follow: repeat with --after " + nextAfter);
            err().flush();
        }
        return ExitCodes.OK;
    }

    private void table(List<OperatorView> operators) {
        Table table = new Table("ID", "EMAIL", "NAME", "GENDER", "TALENTS", "TARIFF", "RATING", "STATE", "CAPACITY",
                "HOURS (MSK)", "ACTIVE");
        for (OperatorView v : operators) {
            Operator o = v.operator();
            table.row(o.id(), v.email(), o.name(), o.gender(), OperatorViews.talents(o), MoneyView.text(o.tariff()),
                    o.rating(), o.state(), o.capacity(), OperatorViews.hours(o), v.activeOrders());
        }
        table.print(out());
    }
}
