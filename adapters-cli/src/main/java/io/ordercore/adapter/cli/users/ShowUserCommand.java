package io.ordercore.adapter.cli.users;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = {
    "Show one account.",
    "JSON: {\"id\",\"email\",\"name\",\"role\",\"pointId\"|null,\"blocked\",",
    "  \"lockedUntil\"|null,\"language\",\"createdAt\"}"})
final class ShowUserCommand extends CliCommand {

    @Parameters(paramLabel = "ID|EMAIL")
    String account;

    @Mixin
    FormatOption format;

    ShowUserCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        AccountRef ref = AccountRef.parse("account", account);
        Caller caller = caller();
        ManageAccountsUseCase accounts = core().manageAccounts();
        AccountView found = accounts.get(caller, ref.resolve(accounts, caller));
        if (format.json()) {
            Json.print(out(), AccountViews.json(found));
        } else {
            AccountViews.printRecord(out(), found);
        }
        return ExitCodes.OK;
    }
}
