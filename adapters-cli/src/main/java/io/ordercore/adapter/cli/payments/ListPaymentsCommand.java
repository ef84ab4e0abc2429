package io.ordercore.adapter.cli.payments;

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
import io.ordercore.application.port.in.PaymentsUseCase.ListForm;
import io.ordercore.domain.payment.Payment;
import io.ordercore.domain.shared.Validation;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", sortOptions = false, description = {
    "List payments, newest first, a page at a time.",
    "Kinds: GATEWAY (through a payment gateway), BALANCE (from the client's",
    "points), OFFLINE (marked by a manager), COUPON (a 100%% coupon, no money).",
    "table  aligned columns; when more may follow, the next --before is on stderr",
    "json   {\"items\":[{\"id\",\"orderId\",\"payerId\"|null,\"kind\",\"gateway\"|null,",
    "       \"externalId\"|null,\"amount\":{\"amount\",\"currency\"},\"reference\"|null,",
    "       \"at\"}],\"nextBefore\":ID|null}",
    "csv    RFC 4180, the item fields as header, amount as 'amount' and",
    "       'currency'; the next --before is on stderr",
    ""})
final class ListPaymentsCommand extends CliCommand {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Paid on this day (Moscow) or later.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Paid on this day (Moscow) or earlier.")
    String to;

    @Option(names = "--client", paramLabel = "EMAIL", description = "Paid by the client with this e-mail.")
    String client;

    @Option(names = "--gateway", paramLabel = "G", description = "Through this gateway, e.g. paymaster or cloudpayments.")
    String gateway;

    @Option(names = "--kind", paramLabel = "KIND", description = "GATEWAY, BALANCE, OFFLINE or COUPON.")
    String kind;

    @Option(names = "--min", paramLabel = "KOPECKS", description = "At least this amount, in kopecks.")
    Long min;

    @Option(names = "--max", paramLabel = "KOPECKS", description = "At most this amount, in kopecks.")
    Long max;

    @Option(names = "--before", paramLabel = "ID", description = "Only payments with a smaller id (the next page).")
    Long before;

    @Option(names = "--limit", paramLabel = "N", description = "Page size, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")
    Integer limit;

    @Mixin
    ListFormatOption format;

    ListPaymentsCommand(CliContext cli) {
        super(cli);
    }

    @Override
    public Integer call() {
        // The core checks dates, e-mail and kind; it takes any amount bounds and any --before, so those are checked here.
        Validation v = new Validation();
        kopecks(v, "min", min);
        kopecks(v, "max", max);
        if (min != null && max != null && min >= 0 && max >= 0 && min > max) {
            v.reject("max", "LESS_THAN_MIN", "must not be less than --min");
        }
        ListInputs.id(v, "before", before);
        int size = ListInputs.limit(v, limit, DEFAULT_LIMIT, MAX_LIMIT);
        v.throwIfInvalid();
        // Gateways are named in lower case (as in their URLs); a name typed in capitals still finds them.
        String gatewayName = gateway == null ? null : gateway.toLowerCase(Locale.ROOT);
        Caller caller = caller();
        List<Payment> payments = core().payments().list(caller,
                new ListForm(from, to, client, gatewayName, kind, min, max, before, size));
        Long nextBefore = payments.size() == size ? payments.get(payments.size() - 1).id() : null;
        switch (format.format()) {
            case JSON -> Json.print(out(), new PaymentViews.Page(payments.stream().map(PaymentViews::json).toList(), nextBefore));
            case CSV -> Csv.print(out(), PaymentViews.PAYMENT_CSV_HEADER, payments.stream().map(PaymentViews::row).toList());
            case TABLE -> {
                Table table = new Table("ID", "ORDER", "KIND", "AMOUNT", "PAYER", "GATEWAY", "GATEWAY ID", "REFERENCE", "AT (UTC)");
                payments.forEach(p -> table.row(p.id(), p.order(), p.kind(), MoneyView.text(p.amount()), p.payer().orElse(null),
                        p.gateway().orElse(null), p.externalId().orElse(null), p.reference().orElse(null), p.at()));
                table.print(out());
            }
        }
        if (nextBefore != null && !format.json()) {
            err().println("more payments may follow: repeat with --before " + nextBefore);
            err().flush();
        }
        return ExitCodes.OK;
    }

    private static void kopecks(Validation v, String field, Long raw) {
        if (raw != null && raw < 0) {
            v.reject(field, "NEGATIVE", "must be a whole number of kopecks, 0 or more");
        }
    }
}
