package io.ordercore.adapter.cli.audit;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore audit ...}: the audit trail of state-changing actions. */
@Command(name = "audit",
        description = {
            "The audit trail: who did what to what, when, and how it ended.",
            "Every state-changing action is recorded, refused ones included, the CLI's",
            "under the account it acts as."
        },
        subcommands = ListAuditCommand.class)
public final class AuditCommand extends CliGroup {
}
