package io.ordercore.adapter.cli.balance;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.BalanceUseCase.BalanceView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.NotFoundException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {
    "Show a client's points balance and its latest entries, newest first.",
    "At most the latest 100 entries are shown.",
    "table  'account ID: balance AMOUNT', then the entries in aligned columns",
    "json   {\"accountId\",\"balance\":{\"amount\",\"currency\"},\"entries\":[{\"id\",",
    "       \"movementKey\",\"amount\":{\"amount\",\"currency\"},\"cause\",\"causeRef\",",
    "       \"at\"}]}  (an entry's amount is negative when it left the balance)",
    "csv    RFC 4180, the entries only, their fields as header, amount as",
    "       'amount' and 'currency'",
    ""})
final class ShowBalanceCommand extends CliCommand {

    @Parameters(paramLabel = "ACCOUNT_ID", description = "The client's account id.")
    long account;

    @Mixin
    ListFormatOption format;

    ShowBalanceCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        long id = accountId(account);
        Caller caller = caller();
        BalanceView view = core().balance().of(caller, id);
        switch (format.format()) {
            case JSON -> Json.print(out(), new BalanceViews.BalanceJson(id, MoneyView.of(view.balance()),
                    view.entries().stream().map(BalanceViews::json).toList()));
            case CSV -> Csv.print(out(), BalanceViews.ENTRY_CSV_HEADER, view.entries().stream().map(BalanceViews::row).toList());
            case TABLE -> table(out(), id, view);
        }
        return ExitCodes.OK;
    }

    private static void table(PrintWriter out, long id, BalanceView view) {
        out.println("account " + id + ": balance " + MoneyView.text(view.balance()));
        if (view.entries().isEmpty()) {
            out.println("no entries yet");
            out.flush();
            return;
        }
        out.println();
        Table table = new Table("ID", "AT (UTC)", "AMOUNT", "CAUSE", "FOR", "MOVEMENT");
        view.entries().forEach(e -> table.row(e.id(), e.at(), MoneyView.text(e.amount()), e.cause(), e.causeRef(),
                e.movementKey()));
        table.print(out);
    }

    /** Account ids typed on the command line (here and in 'adjust'); a non-positive one names no account. */
    static long accountId(long id) {
        if (id <= 0) {
            throw new NotFoundException("Account", id);
        }
        return id;
    }
}
