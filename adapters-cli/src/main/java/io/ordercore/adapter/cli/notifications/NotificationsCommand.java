package io.ordercore.adapter.cli.notifications;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore notifications ...}: the e-mail outbox. */
@Command(name = "notifications",
        description = {
            "The e-mail outbox: list messages, retry a failed one.",
            "Secret parameters (generated passwords) are never shown."
        },
        subcommands = {ListNotificationsCommand.class, RetryNotificationCommand.class})
public final class NotificationsCommand extends CliGroup {
}
