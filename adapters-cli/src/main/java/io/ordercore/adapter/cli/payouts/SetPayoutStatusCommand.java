package io.ordercore.adapter.cli.payouts;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import io.ordercore.domain.earning.PayoutRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set-status", description = {
    "Move a payout request to another status.",
    "PROCESSING -> TRANSFERRED, CANCELLED or ERROR; ERROR -> PROCESSING,",
    "TRANSFERRED or CANCELLED; TRANSFERRED and CANCELLED are final. Any other",
    "move is refused with PAYOUT_STATUS_REFUSED (exit 5). TRANSFERRED e-mails the",
    "payee (operator or partner). Prints 'payout ID: STATUS', with --format json",
    "the request as 'payouts list' prints it."})
final class SetPayoutStatusCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The payout request's id.")
    long id;

    @Parameters(index = "1", paramLabel = "STATUS", description = "PROCESSING, TRANSFERRED, CANCELLED or ERROR (any case).")
    String status;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the request, e.g. the transfer reference.")
    String note;

    @Mixin
    FormatOption format;

    SetPayoutStatusCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        if (id <= 0) {
            throw new NotFoundException("Payout request", id);
        }
        Caller caller = caller();
        PayoutRequest changed = core().payouts().setStatus(caller, id, status, note);
        if (format.json()) {
            Json.print(out(), PayoutViews.json(changed));
        } else {
            out().println("payout " + changed.id() + ": " + changed.status());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
