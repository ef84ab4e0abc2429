package io.ordercore.adapter.cli.payouts;

import io.ordercore.adapter.cli.CliCommand;
import io.ordercore.adapter.cli.CliContext;
import io.ordercore.adapter.cli.ExitCodes;
import io.ordercore.adapter.cli.ListFormatOption;
import io.ordercore.adapter.cli.ListInputs;
import io.ordercore.adapter.cli.output.Csv;
import io.ordercore.adapter.cli.output.Json;
import io.ordercore.adapter.cli.output.MoneyView;
import io.ordercore.adapter.cli.output.Table;
import io.ordercore.application.port.in.Caller;
import io.ordercore.domain.earning.PayoutRequest;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List payout requests, newest first, a page at a time.",
    "table  aligned columns; when more may follow, the next --before is on stderr",
    "json   {\"items\":[{\"id\",\"payeeId\",\"amount\":{\"amount\",\"currency\"},",
    "       \"status\",\"createdAt\",\"updatedAt\",\"note\"|null}],\"nextBefore\":ID|null}",
    "csv    RFC 4180, the item fields as header, amount as 'amount' and",
    "       'currency'; the next --before is on stderr",
    ""})
final class ListPayoutsCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--status", paramLabel = "STATUS", description = "PROCESSING, TRANSFERRED, CANCELLED or ERROR.")
    String status;

    @Option(names = "--payee", paramLabel = "ID", description = "Only requests of this payee (an operator's or partner's account id).")
    Long payee;

    @Option(names = "--before", paramLabel = "ID", description = "Only requests with a smaller id (the next page).")
    Long before;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListPayoutsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        // The core checks the status; ids and the page size are settled here, since the next page depends on them.
        Validation v = new Validation();
        ListInputs.id(v, "payee", payee);
        ListInputs.id(v, "before", before);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        Caller caller = caller();
        List<PayoutRequest> payouts = core().payouts().list(caller, status, payee, before, size);
        Long nextBefore = payouts.size() == size ? payouts.get(payouts.size() - 1).id() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new PayoutViews.Page(payouts.stream().map(PayoutViews::json).toList(), nextBefore));
            case CSV -> Csv.print(out(), PayoutViews.CSV_HEADER, payouts.stream().map(PayoutViews::row).toList());
            case TABLE -> {
                Table table = new Table("ID", "PAYEE", "AMOUNT", "STATUS", "CREATED (UTC)", "UPDATED (UTC)", "NOTE");
                payouts.forEach(p -> table.row(p.id(), p.payee(), MoneyView.text(p.amount()), p.status(), p.createdAt(),
                        p.updatedAt(), p.note().orElse(null)));
                table.print(out());
            }
        }
        if (nextBefore != null && !format.json()) {
            err().println("more payout requests may follow: repeat with --before " + nextBefore);
            err().flush();
        }
        return ExitCodes.OK;
    }
}
