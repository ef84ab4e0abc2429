package io.ordercore.adapter.cli.reviews;

import io.ordercore.adapter.cli.CliGroup;
import picocli.CommandLine.Command;

/** {@code ordercore reviews ...}: moderating clients' reviews of completed orders. */
@Command(name = "reviews",
        description = {
            "Reviews of completed orders: list, approve, reject.",
            "A review waits as PENDING until moderated; only APPROVED ones are published",
            "and move the operator's rating by their attitude (+1, -1 or none).",
            "Administrators and site managers. Times are ISO-8601 UTC instants."
        },
        subcommands = {ListReviewsCommand.class, ModerateCommands.Approve.class, ModerateCommands.Reject.class})
public final class ReviewsCommand extends CliGroup {
}
