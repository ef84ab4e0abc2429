package io.ordercore.adapter.cli.operators;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.OperatorForm;
import io.ordercore.application.port.in.OperatorView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "update", sortOptions = false, description = {
    "Change an operator's profile; prints the operator's id.",
    "Options left out keep their current values; --talent replaces the whole",
    "talent list, --no-talents empties it, --hours \"\" means any time. The state",
    "changes only by pause, resume and freeze; the rating only by reviews.",
    "JSON: the profile as 'operators show' prints it."})
final class UpdateOperatorCommand extends CliCommand {

    @Parameters(paramLabel = "ID", description = "The operator's (account) id.")
    long id;

    @Option(names = "--gender", paramLabel = "GENDER", description = "MALE or FEMALE.")
    String gender;

    @Option(names = "--tariff", paramLabel = "KOPECKS", description = "The fee earned per completed order, in kopecks (0 or more).")
    Long tariff;

    @Option(names = "--no-talents", description = "The operator holds no talent at all.")
    boolean noTalents;

    @Mixin
    OperatorOptions options;

    @Mixin
    FormatOption format;

    UpdateOperatorCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        if (noTalents && !options.talents.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--talent and --no-talents cannot be used together");
        }
        long operatorId = OperatorViews.id(id);
        // A null field keeps the stored value, so only what was typed is sent.
        List<Long> talents = noTalents ? List.of() : options.talents.isEmpty() ? null : options.talents;
        Caller caller = caller();
        OperatorView updated = core().manageOperators().update(caller, operatorId,
                new OperatorForm(null, gender, talents, tariff, options.capacity, options.hours));
        OperatorViews.print(out(), format, updated, updated.operator().id().toString());
        return ExitCodes.OK;
    }
}
