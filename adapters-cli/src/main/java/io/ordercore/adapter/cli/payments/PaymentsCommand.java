package io.ordercore.adapter.cli.payments;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore payments ...}: payments as staff see them, the gateways' raw log, offline payments. */
@Command(name = "payments",
        description = {
            "Payments: list, read the gateway log, mark an offline payment.",
            "Administrators, site managers and supervisors may list payments; the",
            "gateway log is for administrators; administrators and point managers (for",
            "orders of their point) record offline payments, audited. Amounts are typed",
            "in kopecks and printed as an exact decimal string with their currency.",
            "Times are ISO-8601 UTC instants; dates are Moscow days."
        },
        subcommands = {ListPaymentsCommand.class, PaymentLogCommand.class, MarkOfflineCommand.class})
public final class PaymentsCommand extends CliGroup {
}
