package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnersUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "default-commission", sortOptions = false, description = {
    "Show or set the global commission percentage.",
    "It applies to partners without their own percentage, to payments from now",
    "on (10 unless set). Site managers may show it; only administrators set it,",
    "audited. Prints 'default partner commission: P%%', with --format json",
    "{\"commissionPercent\":P}."})
final class DefaultCommissionCommand extends CliCommand {

    @Option(names = "--set", paramLabel = "P", description = "The new global percentage, 1..100.")
    Integer set;

    @Mixin
    FormatOption format;

    DefaultCommissionCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        PartnersUseCase partners = core().partners();
        int percent = set == null ? partners.defaultCommission(caller) : partners.setDefaultCommission(caller, set);
        if (format.json()) {
            Json.print(out(), new PartnerViews.DefaultCommissionJson(percent));
        } else {
            out().println("default partner commission: " + percent + "%");
            out().flush();
        }
        return ExitCodes.OK;
    }
}
