package io.ordercore.adapter.cli.payouts;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore payouts ...}: payout requests of operators and partners, handled by hand. */
@Command(name = "payouts",
        description = {
            "Payout requests (operators, partners): list, set the status.",
            "A request is PROCESSING until handled, then TRANSFERRED (money sent; the",
            "payee is e-mailed), CANCELLED (the amount goes back to the balance) or",
            "ERROR (held until resolved; back to PROCESSING, TRANSFERRED or CANCELLED).",
            "Administrators; site managers may list. Money is an exact decimal string with",
            "its currency."
        },
        subcommands = {ListPayoutsCommand.class, SetPayoutStatusCommand.class})
public final class PayoutsCommand extends CliGroup {
}
