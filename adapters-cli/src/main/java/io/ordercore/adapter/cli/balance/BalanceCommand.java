package io.ordercore.adapter.cli.balance;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore balance ...}: clients' points balances, read from the ledger and corrected by hand. */
@Command(name = "balance",
        description = {
            "Clients' points balances: show, adjust.",
            "A balance is the sum of its ledger entries and never goes below zero.",
            "Staff (administrators, site managers, supervisors) may show; only",
            "administrators adjust, audited. Amounts are typed in kopecks and printed as",
            "an exact decimal string with their currency. Times are ISO-8601 UTC",
            "instants."
        },
        subcommands = {ShowBalanceCommand.class, AdjustBalanceCommand.class})
public final class BalanceCommand extends CliGroup {
}
