package io.ordercore.adapter.cli.points;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.users.AccountRef;
import io.ordercore.adapter.cli.users.AccountViews;
import io.ordercore.application.port.in.AccountView;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.service.Ordercore;
import io.ordercore.domain.point.PointId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "assign-manager", description = {
    "Make an account the manager of a point.",
    "Its earlier role and point are replaced. Prints",
    "'account ID (EMAIL) manages point P', with --format json the account as",
    "'users show' prints it."})
final class AssignManagerCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "POINT_ID")
    long point;

    @Parameters(index = "1", paramLabel = "ACCOUNT_ID|EMAIL")
    String account;

    @Mixin
    FormatOption format;

    AssignManagerCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        PointId pointId = PointViews.id(point);
        AccountRef ref = AccountRef.parse("account", account);
        Caller caller = caller();
        Ordercore core = core();
        AccountView manager = core.managePoints().assignManager(caller, pointId, ref.resolve(core.manageAccounts(), caller));
        AccountViews.print(out(), format, manager, AccountViews.name(manager) + " manages point " + pointId);
        return ExitCodes.OK;
    }
}
