package io.ordercore.adapter.cli.notifications;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.FormatOption;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.application.port.in.Caller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "retry", description = {
    "Retry a FAILED message (administrators only).",
    "It is queued for another delivery attempt; any other id is NOT_FOUND",
    "(exit 3). Prints 'notification ID queued again', with --format json",
    "{\"id\",\"retried\":true}."})
final class RetryNotificationCommand extends CliCommand {

    @Parameters(paramLabel = "ID")
    long id;

    @Mixin
    FormatOption format;

    RetryNotificationCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        Caller caller = caller();
        core().notifications().retry(caller, id);
        if (format.json()) {
            Json.print(out(), new NotificationViews.RetryJson(id, true));
        } else {
            out().println("notification " + id + " queued again");
            out().flush();
        }
        return ExitCodes.OK;
    }
}
