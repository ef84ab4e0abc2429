package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "set-commission", sortOptions = false, description = {
    "Set a partner's own commission percentage, or clear it.",
    "With --default the global percentage applies again. Either way it applies",
    "to payments from now on. Administrators only; audited. Prints",
    "'partner ID (EMAIL): commission P%% (own|default)', with --format json the",
    "partner as 'partners show' prints it."})
final class SetCommissionCommand extends CliCommand {

    @Parameters(paramLabel = "ID", description = "The partner's (account) id.")
    long id;

    @Option(names = "--percent", paramLabel = "P", description = "The partner's own percentage, 1..100.")
    Integer percent;

    @Option(names = "--default", description = "Clear the partner's own percentage: the global one applies.")
    boolean useDefault;

    @Mixin
    FormatOption format;

    SetCommissionCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        if (percent != null && useDefault) {
            throw new ParameterException(spec.commandLine(), "--percent and --default cannot be used together");
        }
        if (percent == null && !useDefault) {
            throw new ParameterException(spec.commandLine(), "give --percent P, or --default for the global percentage");
        }
        long partnerId = PartnerViews.id(id);
        Caller caller = caller();
        PartnerView changed = core().partners().setCommission(caller, partnerId, percent);
        PartnerViews.print(out(), format, changed, PartnerViews.name(changed) + ": commission "
                + PartnerViews.commission(changed));
        return ExitCodes.OK;
    }
}
