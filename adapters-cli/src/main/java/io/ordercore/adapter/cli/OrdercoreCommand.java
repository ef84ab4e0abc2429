package io.ordercore.adapter.cli;

import io.ordercore.adapter.cli.audit.AuditCommand;
import io.ordercore.adapter.cli.balance.BalanceCommand;
import io.ordercore.adapter.cli.catalog.CatalogCommand;
import io.ordercore.adapter.cli.check.CheckCommand;
import io.ordercore.adapter.cli.coupons.CouponsCommand;
import io.ordercore.adapter.cli.dispatch.DispatchCommand;
import io.ordercore.adapter.cli.notifications.NotificationsCommand;
import io.ordercore.adapter.cli.operators.OperatorsCommand;
import io.ordercore.adapter.cli.orders.OrdersCommand;
import io.ordercore.adapter.cli.partners.PartnersCommand;
import io.ordercore.adapter.cli.payments.PaymentsCommand;
import io.ordercore.adapter.cli.payouts.PayoutsCommand;
import io.ordercore.adapter.cli.points.PointsCommand;
import io.ordercore.adapter.cli.reviews.ReviewsCommand;
import io.ordercore.adapter.cli.users.UsersCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root: {@code ordercore <group> <command>}. The host adds its own commands next to these. */
@Command(name = "ordercore",
        description = {
            "Admin commands of the order-processing core.",
            "They run in-process against the configured database; help and usage errors",
            "never open it. Every command takes --help.",
            "Commands act as an account, named by --as or " + CliContext.AS_VARIABLE + ": its role",
            "decides what it may do, and changes are audited under its name. The one",
            "exception seeds the first administrator of an empty installation:",
            "  ordercore users create --role ADMIN --email E --password-stdin"
        },
        subcommands = {CatalogCommand.class, OrdersCommand.class, UsersCommand.class, PointsCommand.class,
            AuditCommand.class, NotificationsCommand.class, CouponsCommand.class, OperatorsCommand.class,
            DispatchCommand.class, ReviewsCommand.class, PayoutsCommand.class, PaymentsCommand.class,
            BalanceCommand.class, PartnersCommand.class, CheckCommand.class})
final class OrdercoreCommand extends CliGroup {

    // Read by CliContext through the command spec, so that help never resolves the account.
    @Option(names = CliContext.AS_OPTION, paramLabel = "EMAIL",
            description = "Act as this account (default: the " + CliContext.AS_VARIABLE + " environment variable).")
    String as;
}
