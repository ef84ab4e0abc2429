package io.ordercore.adapter.cli.reviews;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.application.port.in.ReviewsUseCase.ListForm;
import io.ordercore.domain.review.Review;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List reviews, newest first, a page at a time.",
    "table  aligned columns; when more may follow, the next --before is on stderr",
    "json   {\"items\":[{\"id\",\"orderId\",\"clientId\",\"operatorId\",\"attitude\",",
    "       \"status\",\"createdAt\",\"moderatedAt\"|null,\"text\"}],\"nextBefore\":ID|null}",
    "csv    RFC 4180, the item fields as header; the next --before is on stderr",
    ""})
final class ListReviewsCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--status", paramLabel = "STATUS", description = "PENDING, APPROVED or REJECTED.")
    String status;

    @Option(names = "--text", paramLabel = "TEXT", description = "The text contains this, ignoring case.")
    String text;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Written on this day (Moscow) or later.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Written on this day (Moscow) or earlier.")
    String to;

    @Option(names = "--client", paramLabel = "EMAIL", description = "Written by the client with this e-mail.")
    String client;

    @Option(names = "--before", paramLabel = "ID", description = "Only reviews with a smaller id (the next page).")
    Long before;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListReviewsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        // The core checks the filters; the page size is settled here, since the next page depends on it.
        Validation v = new Validation();
        ListInputs.id(v, "before", before);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        Caller caller = caller();
        List<Review> reviews = core().reviews().list(caller, new ListForm(status, text, from, to, client, before, size));
        Long nextBefore = reviews.size() == size ? reviews.get(reviews.size() - 1).id() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new ReviewViews.Page(reviews.stream().map(ReviewViews::json).toList(), nextBefore));
            case CSV -> Csv.print(out(), ReviewViews.CSV_HEADER, reviews.stream().map(ReviewViews::row).toList());
            case TABLE -> {
                Table table = new Table("ID", "ORDER", "CLIENT", "OPERATOR", "ATTITUDE", "STATUS", "CREATED (UTC)", "TEXT");
                reviews.forEach(r -> table.row(r.id(), r.order(), r.client(), r.operator(), r.attitude(), r.status(),
                        r.createdAt(), r.text()));
                table.print(out());
            }
        }
        if (nextBefore != null && !format.json()) {
            err().println("more reviews may follow: repeat with --before " + nextBefore);
            err().flush();
        }
        return ExitCodes.OK;
    }
}
