package io.ordercore.adapter.cli.users;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ManageAccountsUseCase;
import io.ordercore.domain.point.PointId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set-role", description = {
    "Give an account another role (administrators only).",
    "CLIENT and POINT_MANAGER need --point; the other roles belong to no point.",
    "Prints 'account ID (EMAIL): ROLE [at point P]', with --format json the account."})
final class SetRoleCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID|EMAIL")
    String account;

    @Parameters(index = "1", paramLabel = "ROLE",
            description = "CLIENT, OPERATOR, POINT_MANAGER, SUPERVISOR, SITE_MANAGER, ADMIN or PARTNER.")
    String role;

    @Option(names = "--point", paramLabel = "ID", description = "The point of a CLIENT or POINT_MANAGER.")
    Long point;

    @Mixin
    FormatOption format;

    SetRoleCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        AccountRef ref = AccountRef.parse("account", account);
        Caller caller = caller();
        ManageAccountsUseCase accounts = core().manageAccounts();
        AccountView changed = accounts.setRole(caller, ref.resolve(accounts, caller), role, point);
        String at = changed.point().map(PointId::value).map(p -> " at point " + p).orElse("");
        AccountViews.print(out(), format, changed, AccountViews.name(changed) + ": " + changed.role() + at);
        return ExitCodes.OK;
    }
}
