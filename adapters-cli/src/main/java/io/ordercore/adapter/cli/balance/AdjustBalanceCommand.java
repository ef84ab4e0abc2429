package io.ordercore.adapter.cli.balance;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.shared.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "adjust", sortOptions = false, description = {
    "Correct a client's points balance by hand, with a reason.",
    "A positive amount credits the balance, a negative one (--amount -500)",
    "debits it. Zero is refused (VALIDATION_FAILED, exit 2), a debit larger than",
    "the balance with INSUFFICIENT_BALANCE (exit 5), an account that is not a",
    "client's with NOT_FOUND (exit 3). Administrators only; audited. Prints",
    "'account ID: balance AMOUNT', with --format json",
    "{\"accountId\",\"balance\":{\"amount\",\"currency\"}}."})
final class AdjustBalanceCommand extends CliCommand {

    @Parameters(paramLabel = "ACCOUNT_ID", description = "The client's account id.")
    long account;

    @Option(names = "--amount", paramLabel = "KOPECKS", required = true,
            description = "Kopecks to add (positive) or take away (negative).")
    long amount;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why; kept with the entry and audited.")
    String reason;

    @Mixin
    FormatOption format;

    AdjustBalanceCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        long id = ShowBalanceCommand.accountId(account);
        Caller caller = caller();
        Money balance = core().balance().adjust(caller, id, amount, reason);
        if (format.json()) {
            Json.print(out(), new BalanceViews.AdjustedJson(id, MoneyView.of(balance)));
        } else {
            out().println("account " + id + ": balance " + MoneyView.text(balance));
            out().flush();
        }
        return ExitCodes.OK;
    }
}
