package io.ordercore.adapter.cli.partners;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.PartnerView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {
    "Show one partner: code, link, commission, balance.",
    "The balance is the commission not yet requested as a payout.",
    "JSON: {\"id\",\"email\",\"name\",\"code\",\"commissionPercent\",",
    "  \"ownCommissionPercent\"|null,\"balance\":{\"amount\",\"currency\"},",
    "  \"referralLink\",\"since\"}; commissionPercent applies now,",
    "  ownCommissionPercent is null when the global percentage applies."})
final class ShowPartnerCommand extends CliCommand {

    @Parameters(paramLabel = "ID", description = "The partner's (account) id.")
    long id;

    @Mixin
    FormatOption format;

    ShowPartnerCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        long partnerId = PartnerViews.id(id);
        Caller caller = caller();
        PartnerView partner = core().partners().get(caller, partnerId);
        if (format.json()) {
            Json.print(out(), PartnerViews.json(partner));
        } else {
            PartnerViews.printRecord(out(), partner);
        }
        return ExitCodes.OK;
    }
}
